package id.jamsostek.gateway.messagelog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;

/**
 * The gateway as production runs it: connected as a member of jamsostek_gateway, purging as a member of
 * jamsostek_message_log_purge (the login roles are made here; the group roles and their grants are migration V16's).
 * It works, and neither role can rewrite what the log holds.
 */
class MessageLogRolesIT extends GatewayIntegrationTest {

    private static final String INSTANCE = "it-roles-" + UUID.randomUUID();
    private static final String GATEWAY_USER = TestDatabase.NAME + "_gateway";
    private static final String PURGE_USER = TestDatabase.NAME + "_log_purge";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String[] TABLES = {"message_log", "message_log_payload", "message_log_anchor"};

    @DynamicPropertySource
    static void leastPrivilege(DynamicPropertyRegistry registry) {
        // the group roles exist once the schema is migrated (as its owner): before the gateway connects as a member
        TestDatabase.ensureCreated();
        Flyway.configure().dataSource(TestDatabase.jdbcUrl(), TestDatabase.USER, "").load().migrate();
        loginRole(GATEWAY_USER, "jamsostek_gateway");
        loginRole(PURGE_USER, "jamsostek_message_log_purge");
        registry.add("spring.r2dbc.username", () -> GATEWAY_USER);
        registry.add("gateway.message-log.purge-database.username", () -> PURGE_USER);
        registry.add("gateway.message-log.instance-id", () -> INSTANCE);
    }

    @Autowired
    MessageLogAnchoring anchoring;

    @Autowired
    MessageLogVerifier verifier;

    @Autowired
    MessageLogPurge purge;

    @Autowired
    MessageLogSettings settings;

    @Autowired
    DatabaseClient gatewayDb;

    @Autowired
    TransactionalOperator gatewayTransaction;

    @Test
    void theGatewayServesAndRecordsAsARoleThatCannotRewriteTheLog() throws SQLException {
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient bank = bank(TestBank.ALPHA);
        bank.inquiry(bank.inquiryBody("12345678901234567890"), bank.token()).expectStatus().isOk();
        web.get().uri("/no/such/route").exchange().expectStatus().isNotFound();
        assertThat(anchoring.anchorNow().block()).isPositive();

        YearMonth month = MessageLogWriter.monthOf(Instant.now());
        LogVerification.Report report = verifier.verify(INSTANCE, month).block();
        assertThat(report.ok()).as(report.text()).isTrue();
        assertThat(report.chains().getFirst().entries()).isGreaterThanOrEqualTo(3);

        String chain = " where instance_id = '" + INSTANCE + "'";
        for (String table : TABLES) {
            assertThat(count(GATEWAY_USER, "select count(*) from " + table + chain)).isPositive();
            assertRefused(GATEWAY_USER, "update " + table + " set month = month" + chain);
            assertRefused(GATEWAY_USER, "delete from " + table + chain);
            assertRefused(GATEWAY_USER, "truncate " + table);
        }
        assertRefused(GATEWAY_USER, "delete from flyway_schema_history");
    }

    @Test
    void thePurgeDeletesOldMonthsAsItsOwnRoleWhichMayNotWriteTheLog() throws SQLException {
        YearMonth old = purge.firstKept().minusMonths(1);
        String instance = INSTANCE + "-old";
        TestDatabase.execute("insert into message_log values ('" + instance + "', '" + old + "', 1, now(), null,"
                + " '-', 'GET', '/', 404, '\\x00', '\\x00', '\\x00', '\\x00')");
        TestDatabase.execute("insert into message_log_payload values ('" + instance + "', '" + old
                + "', 1, 'k', '\\x00', '\\x00')");
        TestDatabase.execute("insert into message_log_anchor values ('" + instance + "', '" + old
                + "', 1, '\\x00', now(), 'k', '\\x00')");
        // the gateway's own role may not do it
        StepVerifier.create(new MessageLogPurge(new PurgeConnection(gatewayDb, gatewayTransaction, GATEWAY_USER),
                        settings, Clock.systemUTC()).purge())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("permission denied"))
                .verify();

        assertThat(purge.purge().block()).isGreaterThanOrEqualTo(1);

        for (String table : TABLES) {
            assertThat(count(TestDatabase.USER, "select count(*) from " + table + " where instance_id = '"
                    + instance + "'")).isZero();
            assertRefused(PURGE_USER, "update " + table + " set month = month where month = '" + old + "'");
        }
        assertRefused(PURGE_USER, "insert into message_log_anchor values ('" + instance + "', '" + old
                + "', 1, '\\x00', now(), 'k', '\\x00')");
    }

    private static void loginRole(String name, String group) {
        TestDatabase.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + name
                + "') then create role " + name + " login; end if; end $$");
        TestDatabase.execute("grant " + group + " to " + name);
    }

    private static long count(String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), user, "");
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void assertRefused(String user, String sql) {
        assertThatThrownBy(() -> {
            try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(user + ": " + sql).isInstanceOfSatisfying(SQLException.class,
                refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
}
