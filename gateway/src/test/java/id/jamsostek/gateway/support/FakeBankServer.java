package id.jamsostek.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The WireMock server that plays the banks' own SNAP services in gateway tests, started once per JVM: the partner
 * file names its URL, so it must outlive every cached context. Tests script it with {@code FakeBank}.
 */
public final class FakeBankServer {

    private static WireMockServer server;

    private FakeBankServer() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-bank-stop"));
        }
        return server;
    }
}
