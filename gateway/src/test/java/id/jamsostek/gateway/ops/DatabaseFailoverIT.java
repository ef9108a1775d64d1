package id.jamsostek.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * The database settings of a failover (bench/FAILOVER.md has the drill with a real standby): multi-host URLs with
 * {@code targetServerType=primary} for Flyway (JDBC) and the application (R2DBC), the first host a server that
 * refuses connections, as a stopped primary does; and a pool whose connections the server closed (a primary gone, a
 * restart, an operator's pg_terminate_backend) replaced without a failed statement.
 */
class DatabaseFailoverIT {

    /** A database of its own: the test cuts every connection to it. */
    private static final String DATABASE = TestDatabase.NAME + "_multihost";
    private static final int POOL = 8;
    /** The kernel's codes for ESTABLISHED and CLOSE_WAIT: the peer may have closed, this side has not. */
    private static final Set<String> NOT_CLOSED_BY_THE_CLIENT = Set.of("01", "08");

    private static ConfigurableApplicationContext gateway;

    @BeforeAll
    static void start() throws IOException {
        TestDatabase.fresh(DATABASE);
        int stopped = portNobodyListensOn();
        String hosts = "127.0.0.1:" + stopped + "," + TestDatabase.HOST + ":" + TestDatabase.PORT;
        gateway = new SpringApplicationBuilder(GatewayApplication.class)
                .run(GatewayTestProperties.asArguments("http://127.0.0.1:9", Map.of(
                        "spring.flyway.url", "jdbc:postgresql://" + hosts + "/" + DATABASE
                                + "?targetServerType=primary&connectTimeout=2",
                        "spring.r2dbc.url", "r2dbc:postgresql:failover://" + hosts + "/" + DATABASE
                                + "?targetServerType=primary&connectTimeout=PT2S",
                        "spring.r2dbc.pool.initial-size", Integer.toString(POOL),
                        "spring.r2dbc.pool.max-size", Integer.toString(POOL))));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void findsThePrimaryPastAHostThatRefusesConnections() throws Exception {
        // Flyway migrated through the JDBC URL, the partner file was registered, and the token reads it over R2DBC
        Long migrations = gateway.getBean(DatabaseClient.class)
                .sql("select count(*) as n from flyway_schema_history where success")
                .map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(10));
        assertThat(migrations).isPositive();
        assertThat(accessToken().statusCode()).isEqualTo(200);
    }

    @Test
    void buildsThePoolFromTheSpringR2dbcProperties() {
        PoolMetrics metrics = gateway.getBean(ConnectionPool.class).getMetrics().orElseThrow();
        assertThat(metrics.getMaxAllocatedSize()).isEqualTo(POOL);
    }

    @Test
    void replacesEveryConnectionTheServerClosedWithoutAFailedStatement() {
        // the background tasks share the pool: statements run "at once" may share a connection, so the test counts
        // statements that succeeded and the server processes they met, not a number of distinct processes
        List<Integer> before = backendPids(POOL);
        assertThat(before).hasSize(POOL);
        Set<Integer> clientPorts = clientPorts();
        assertThat(stillOpenOnTheClientSide(clientPorts)).isEqualTo(clientPorts);

        TestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                + "' and pid <> pg_backend_pid()");
        assertThat(Poll.until(Duration.ofSeconds(10), () -> TestDatabase.count(
                "select count(*) from pg_stat_activity where datname = '" + DATABASE + "'") == 0)).isTrue();
        // the gateway learns of a close when its event loop reads it: until then no pool could tell the socket is dead
        assertThat(Poll.until(Duration.ofSeconds(10), () -> stillOpenOnTheClientSide(clientPorts).isEmpty()))
                .as("client sockets not yet closed").isTrue();

        // one statement alone first: it meets the dead connections one after the other
        assertThat(backendPids(1)).doesNotContainAnyElementsOf(before);
        assertThat(backendPids(POOL)).hasSize(POOL).doesNotContainAnyElementsOf(before);
    }

    /** The server process of each of {@code statements} statements run at once on pooled connections. */
    private static List<Integer> backendPids(int statements) {
        DatabaseClient db = gateway.getBean(DatabaseClient.class);
        return Flux.fromStream(IntStream.range(0, statements).boxed())
                .flatMap(i -> db.sql("select pg_backend_pid() as pid, pg_sleep(0.2)")
                        .map(row -> row.get("pid", Integer.class)).one(), statements)
                .collectList()
                .block(Duration.ofSeconds(30));
    }

    /** The local ports of the gateway's connections to its database, as the server saw them. */
    private static Set<Integer> clientPorts() {
        String ports = TestDatabase.text("select string_agg(client_port::text, ',') from pg_stat_activity"
                + " where datname = '" + DATABASE + "' and pid <> pg_backend_pid()");
        return Arrays.stream(ports.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    /** Which of these local ports still have a socket to the database the client has not closed (Linux's table). */
    private static Set<Integer> stillOpenOnTheClientSide(Set<Integer> localPorts) {
        int serverPort = Integer.parseInt(TestDatabase.PORT);
        Set<Integer> open = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    int local = port(fields[1]);
                    if (localPorts.contains(local) && port(fields[2]) == serverPort
                            && NOT_CLOSED_BY_THE_CLIENT.contains(fields[3])) {
                        open.add(local);
                    }
                }
            } catch (IOException missing) {
                // a kernel without IPv6 has no tcp6 table
            }
        }
        return open;
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
    }

    private static HttpResponse<String> accessToken() throws Exception {
        String port = gateway.getEnvironment().getProperty("local.server.port");
        SnapBankRequest token = SnapBankRequest.accessToken(TestBank.ALPHA.credentials(),
                SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA)));
        return HttpClient.newHttpClient().send(token.toHttpRequest("http://127.0.0.1:" + port, Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
