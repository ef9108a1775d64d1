package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.credentials.SecretHashSettings;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.secrets.KeyRing;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.PemKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the partner file does at start is audited as operator "partner-file": a registration once, then only what
 * changed (a new secret said, never shown), and a partner the admin API manages stops the start instead of being
 * overwritten.
 */
class PartnerFileAuditIT {

    private static final String DATABASE = TestDatabase.NAME + "_file_audit";
    private static final String PEM = PemKeys.toPem(PartnerAdminClient.rsaKeys().getPublic());

    private final PartnerWriter writer = new PartnerWriter(new SecretCipher(KeyRing.parse("kek",
            GatewayTestProperties.TEST_KEK, 32)), new SecretHashSettings(1_000, 2, 16));

    @BeforeAll
    static void migrate() {
        TestDatabase.fresh(DATABASE);
        Flyway.configure().dataSource(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "").load().migrate();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
    }

    private static BankRegistration bank(String id, String secret, String deadline) {
        return new BankRegistration(id, "Bank " + id, true, id.toUpperCase(), PEM,
                new ClientSecret(secret.getBytes(StandardCharsets.UTF_8)), List.of("88801"), List.of("95221"),
                List.of("127.0.0.1/32"), BankProfile.of(null, deadline, null, null, null), null);
    }

    private static List<String> trail(String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select operator, action, changes::text from partner_audit"
                        + " where partner_id = '" + id + "' order by id")) {
            while (row.next()) {
                rows.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
            }
        }
        return rows;
    }

    private void register(BankRegistration bank) throws SQLException {
        try (Connection connection = connect()) {
            writer.register(connection, bank);
        }
    }

    @Test
    void auditsTheRegistrationOnceAndThenOnlyWhatChangedWithoutTheSecret() throws SQLException {
        register(bank("file-bank-a", "first-secret-123", "5s"));
        register(bank("file-bank-a", "first-secret-123", "5s"));
        assertThat(trail("file-bank-a")).singleElement().asString()
                .startsWith("partner-file REGISTER ").contains("\"clientKey\": \"FILE-BANK-A\"")
                .doesNotContain("first-secret-123");

        register(bank("file-bank-a", "second-secret-456", "7s"));
        List<String> trail = trail("file-bank-a");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(1)).startsWith("partner-file CHANGE ")
                .contains("\"clientSecret\": \"replaced\"")
                .contains("\"from\": {\"deadline\": \"5000ms\"")
                .doesNotContain("first-secret-123").doesNotContain("second-secret-456");
    }

    @Test
    void refusesToOverwriteAPartnerTheAdminApiManages() throws SQLException {
        register(bank("file-bank-b", "first-secret-123", "5s"));
        try (Connection connection = connect(); Statement update = connection.createStatement()) {
            update.executeUpdate("update partner set managed_by = 'ADMIN_API' where id = 'file-bank-b'");
        }

        assertThatThrownBy(() -> register(bank("file-bank-b", "first-secret-123", "9s")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("admin API");
        try (Connection connection = connect(); Statement query = connection.createStatement();
                ResultSet row = query.executeQuery(
                        "select deadline_ms from bank_partner where partner_id = 'file-bank-b'")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(5000);
        }
    }
}
