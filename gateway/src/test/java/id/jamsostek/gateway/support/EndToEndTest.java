package id.jamsostek.gateway.support;

import id.jamsostek.gateway.GatewayApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway on a real port in front of the stateful core simulator, with the local PostgreSQL. */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
public abstract class EndToEndTest {

    @Autowired
    protected WebTestClient web;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void simulatedCore(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, () -> SimulatedCore.instance().baseUrl());
    }
}
