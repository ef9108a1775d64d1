package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.snap.SnapBankRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Readiness follows PostgreSQL: a gateway whose database stops taking connections (its backends cut, new ones
 * refused, as when the server goes away) is not ready, and ready again once the database is back; meanwhile its
 * partners hear "unavailable, retry" (SNAP General Error on bank routes, 503 elsewhere), never an internal error.
 * Its own database and its own gateway: the test takes that database away.
 */
class ReadinessIT {

    private static final String DATABASE = TestDatabase.NAME + "_readiness";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() {
        TestDatabase.fresh(DATABASE);
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .run(GatewayTestProperties.asArguments("http://127.0.0.1:9", Map.of(
                        "spring.flyway.url", TestDatabase.jdbcUrl(DATABASE),
                        "spring.r2dbc.url", TestDatabase.r2dbcUrl(DATABASE))));
    }

    @AfterAll
    static void stop() {
        allowConnections(true);
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void isNotReadyWhilePostgresqlRefusesConnectionsAndReadyAgainAfter() {
        assertThat(readiness()).isEqualTo(200);

        refuseConnections();
        assertThat(Poll.until(Duration.ofSeconds(15), () -> readiness() == 503)).isTrue();
        assertThat(status("/actuator/health/liveness")).as("alive all the same").isEqualTo(200);

        allowConnections(true);
        assertThat(Poll.until(Duration.ofSeconds(15), () -> readiness() == 200)).isTrue();
    }

    @Test
    void answersUnavailableWithRetryAfterWhilePostgresqlRefusesConnections() {
        WebTestClient partners = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                .baseUrl("http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port")).build();
        BankClient bank = new BankClient(partners, TestBank.ALPHA);
        refuseConnections();
        try {
            bank.requestToken(bank.tokenHeaders(BankClient.now()), SnapBankRequest.TOKEN_BODY)
                    .expectStatus().isEqualTo(500)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectBody().jsonPath("$.responseCode").isEqualTo("5007300")
                    .jsonPath("$.responseMessage").isEqualTo("General Error [the gateway's database is unavailable]");
            partners.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                            .with("client_id", TestVillage.SAGA.clientId())
                            .with("client_secret", TestVillage.SAGA.secret()))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/unavailable");
        } finally {
            allowConnections(true);
        }
    }

    @Test
    void isReadyOnlyWithItsPartnerFileRegistered() {
        String port = gateway.getEnvironment().getProperty("local.management.port");
        WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.partnerFile.status").isEqualTo("UP");
    }

    /** Its backends cut, new ones refused, as when the server goes away. */
    private static void refuseConnections() {
        allowConnections(false);
        TestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                + "' and pid <> pg_backend_pid()");
    }

    private static void allowConnections(boolean allowed) {
        TestDatabase.execute("alter database " + DATABASE + " with allow_connections " + allowed);
    }

    private static int readiness() {
        return status("/actuator/health/readiness");
    }

    private static int status(String path) {
        String port = gateway.getEnvironment().getProperty("local.management.port");
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
