package id.jamsostek.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The WireMock server that plays the core in gateway tests, started once per JVM. */
public final class FakeCore {

    private static WireMockServer server;

    private FakeCore() {}

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fake-core-stop"));
        }
        return server;
    }
}
