package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestDatabase;
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

/**
 * Readiness follows PostgreSQL: a gateway whose database stops taking connections (its backends cut, new ones
 * refused, as when the server goes away) is not ready, and ready again once the database is back. Its own database
 * and its own gateway: the test takes that database away.
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

        allowConnections(false);
        TestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                + "' and pid <> pg_backend_pid()");
        assertThat(Poll.until(Duration.ofSeconds(15), () -> readiness() == 503)).isTrue();
        assertThat(status("/actuator/health/liveness")).as("alive all the same").isEqualTo(200);

        allowConnections(true);
        assertThat(Poll.until(Duration.ofSeconds(15), () -> readiness() == 200)).isTrue();
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
