package id.jamsostek.gateway.partner.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.secrets.KeyRing;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OAuth client secrets sealed before V35 are hashed at start and their ciphertext cleared, the previous secret of a
 * rotation with its overlap.
 */
class SealedClientSecretsIT {

    private static final String DATABASE = TestDatabase.NAME + "_secret_hashes";
    private static final SecretCipher CIPHER = new SecretCipher(KeyRing.parse("kek", GatewayTestProperties.TEST_KEK,
            32));
    private static final OffsetDateTime OVERLAP_END = OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final SealedClientSecrets sealed = new SealedClientSecrets(CIPHER, new SecretHashSettings(1_000, 2, 16));

    @BeforeAll
    static void sealedSecretsOfBefore() throws SQLException {
        TestDatabase.fresh(DATABASE);
        // as the schema was then: repeatable migrations (R__) are written for the latest one, so none runs yet
        Flyway.configure().dataSource(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "").target(beforeHashes())
                .repeatableSqlMigrationPrefix("not-yet-").load().migrate();
        try (Connection connection = connect()) {
            sealedClient(connection, "sealed-sid", "sealed-client", "current-secret-0123456789",
                    "previous-secret-0123456789");
            sealedClient(connection, "lost-sid", "lost-client", "lost-secret-0123456789", null);
            try (PreparedStatement lose = connection.prepareStatement(
                    "update oauth_client set kek_id = 'gone' where partner_id = 'lost-sid'")) {
                lose.executeUpdate();
            }
        }
        flyway("latest").migrate();
    }

    /** The last versioned migration before V35, whichever other branches have landed. */
    private static String beforeHashes() {
        return Arrays.stream(flyway("latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version != null && version.compareTo(MigrationVersion.fromVersion("35")) < 0)
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "").target(target)
                .load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
    }

    private static void sealedClient(Connection connection, String id, String clientId, String secret,
            String previous) throws SQLException {
        try (PreparedStatement partner = connection.prepareStatement(
                "insert into partner (id, kind, display_name, enabled) values (?, 'VILLAGE', ?, true)")) {
            partner.setString(1, id);
            partner.setString(2, id);
            partner.executeUpdate();
        }
        SecretCipher.Sealed sealed = CIPHER.seal(id, secret.getBytes(StandardCharsets.UTF_8));
        SecretCipher.Sealed sealedPrevious = previous == null ? null
                : CIPHER.seal(id, previous.getBytes(StandardCharsets.UTF_8));
        try (PreparedStatement client = connection.prepareStatement("""
                insert into oauth_client (partner_id, client_id, client_secret_ciphertext, kek_id, scopes,
                                          previous_secret_ciphertext, previous_kek_id, previous_secret_expires_at)
                values (?, ?, ?, ?, array['village.read'], ?, ?, ?)
                """)) {
            client.setString(1, id);
            client.setString(2, clientId);
            client.setBytes(3, sealed.ciphertext());
            client.setString(4, sealed.keyId());
            client.setBytes(5, sealedPrevious == null ? null : sealedPrevious.ciphertext());
            client.setString(6, sealedPrevious == null ? null : sealedPrevious.keyId());
            client.setObject(7, sealedPrevious == null ? null : OVERLAP_END);
            client.executeUpdate();
        }
    }

    private record Stored(String hash, String previousHash, boolean sealed, OffsetDateTime previousUntil,
            String document) {}

    private static Stored stored(String id) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement("""
                select c.client_secret_hash, c.previous_secret_hash, c.client_secret_ciphertext is not null
                       or c.previous_secret_ciphertext is not null, c.previous_secret_expires_at, d.document::text
                  from oauth_client c join partner_document d on d.id = c.partner_id where c.partner_id = ?
                """)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Stored(row.getString(1), row.getString(2), row.getBoolean(3),
                        row.getObject(4, OffsetDateTime.class), row.getString(5));
            }
        }
    }

    private static boolean verifies(String hash, String secret) {
        return SecretHash.parse(hash).verifies(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sealedSecretsAreHashedWithTheirOverlapAndTheOnesThatDoNotOpenAreLeftAndNamed() throws SQLException {
        List<String> unopened;
        try (Connection connection = connect()) {
            unopened = sealed.hash(connection);
        }
        assertThat(unopened).containsExactly("lost-sid");

        Stored migrated = stored("sealed-sid");
        assertThat(migrated.sealed()).isFalse();
        assertThat(verifies(migrated.hash(), "current-secret-0123456789")).isTrue();
        assertThat(verifies(migrated.previousHash(), "previous-secret-0123456789")).isTrue();
        assertThat(verifies(migrated.hash(), "previous-secret-0123456789")).isFalse();
        assertThat(migrated.previousUntil()).isEqualTo(OVERLAP_END);
        assertThat(migrated.document()).contains("\"clientSecret\": \"set\"").doesNotContain("pbkdf2");

        Stored lost = stored("lost-sid");
        assertThat(lost.sealed()).isTrue();
        assertThat(lost.hash()).isNull();

        try (Connection connection = connect()) {
            assertThat(sealed.hash(connection)).as("again: nothing more to do")
                    .containsExactly("lost-sid");
        }
        assertThat(stored("sealed-sid").hash()).isEqualTo(migrated.hash());
    }
}
