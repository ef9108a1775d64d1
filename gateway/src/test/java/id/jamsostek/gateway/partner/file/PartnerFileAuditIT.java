package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.tls.ClientCertificates;
import id.jamsostek.snap.PemKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The partner file goes through the admin API's writer and is audited as operator "partner-file": a registration
 * once, then only what changed (a new secret said, never shown, and hashed again only then), and a partner the admin
 * API manages stops the start instead of being overwritten.
 */
class PartnerFileAuditIT extends GatewayIntegrationTest {

    private static final String PEM = PemKeys.toPem(PartnerAdminClient.rsaKeys().getPublic());

    /** The database outlives a run: each run's partners are its own. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @Autowired
    PartnerFileRegistration registration;

    private static BankRegistration bank(String id, String secret, String deadline) {
        return new BankRegistration(id, "Bank " + id, true, id.toUpperCase(), PEM,
                new ClientSecret(secret.getBytes(StandardCharsets.UTF_8)), List.of("88801"), List.of("95221"),
                List.of("127.0.0.1/32"), BankProfile.of(null, deadline, null, null, null), null);
    }

    private static VillageRegistration village(String id, String secret) {
        return new VillageRegistration(id, "Desa " + id, true,
                new ClientRegistration(id + "-client", new ClientSecret(secret.getBytes(StandardCharsets.UTF_8)),
                        null, Set.of("village.read")), List.of(RegionScope.of("3603012001")));
    }

    private void register(BankRegistration bank) {
        registration.register(List.of(new PartnerFile.Registrations(List.of(bank), List.of(), List.of(), List.of(),
                List.of(ClientCertificates.none(bank.id())))), false).block();
    }

    private void register(VillageRegistration village) {
        registration.register(List.of(new PartnerFile.Registrations(List.of(), List.of(village), List.of(), List.of(),
                List.of(ClientCertificates.none(village.id())))), false).block();
    }

    private static List<String> rows(String sql, String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
        }
        return rows;
    }

    private static List<String> trail(String id) throws SQLException {
        return rows("select operator || ' ' || action || ' ' || changes::text from partner_audit"
                + " where partner_id = ? order by id", id);
    }

    private static String clientSecretHash(String id) throws SQLException {
        return rows("select client_secret_hash from oauth_client where partner_id = ?", id).getFirst();
    }

    @Test
    void auditsTheRegistrationOnceAndThenOnlyWhatChangedWithoutTheSecret() throws SQLException {
        String id = "file-bank-a-" + RUN;
        register(bank(id, "first-secret-123", "5s"));
        register(bank(id, "first-secret-123", "5s"));
        assertThat(trail(id)).singleElement().asString()
                .startsWith("partner-file REGISTER ").contains("\"clientKey\": \"" + id.toUpperCase() + "\"")
                .doesNotContain("first-secret-123");

        register(bank(id, "second-secret-456", "7s"));
        List<String> trail = trail(id);
        assertThat(trail).hasSize(2);
        assertThat(trail.get(1)).startsWith("partner-file CHANGE ")
                .contains("\"clientSecret\": \"replaced\"")
                .contains("\"from\": {\"deadline\": \"5000ms\"")
                .doesNotContain("first-secret-123").doesNotContain("second-secret-456");
    }

    @Test
    void refusesToOverwriteAPartnerTheAdminApiManagesAndChangesNothing() throws SQLException {
        String managed = "file-bank-b-" + RUN;
        String other = "file-bank-c-" + RUN;
        register(bank(managed, "first-secret-123", "5s"));
        TestDatabase.execute("update partner set managed_by = 'ADMIN_API' where id = '" + managed + "'");

        PartnerFile.Registrations file = new PartnerFile.Registrations(
                List.of(bank(other, "third-secret-789", "5s"), bank(managed, "first-secret-123", "9s")), List.of(),
                List.of(), List.of(), List.of(ClientCertificates.none(managed), ClientCertificates.none(other)));
        StepVerifier.create(registration.register(List.of(file), false))
                .expectErrorSatisfies(refused -> assertThat(refused).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("admin API"))
                .verify();
        assertThat(rows("select deadline_ms::text from bank_partner where partner_id = ?", managed))
                .containsExactly("5000");
        assertThat(rows("select id from partner where id = ?", other)).as("the whole file in one transaction")
                .isEmpty();
    }

    @Test
    void theFilesClientSecretIsHashedAgainOnlyWhenItChanges() throws SQLException {
        String id = "file-village-" + RUN;
        register(village(id, "file-secret-0123456789"));
        String first = clientSecretHash(id);
        assertThat(SecretHash.parse(first).verifies(bytes("file-secret-0123456789"))).isTrue();

        register(village(id, "file-secret-0123456789"));
        assertThat(clientSecretHash(id)).as("same secret, same hash").isEqualTo(first);

        register(village(id, "other-secret-0123456789"));
        SecretHash replaced = SecretHash.parse(clientSecretHash(id));
        assertThat(replaced.verifies(bytes("other-secret-0123456789"))).isTrue();
        assertThat(replaced.verifies(bytes("file-secret-0123456789"))).isFalse();
        assertThat(trail(id)).hasSize(2).last().asString().startsWith("partner-file CHANGE")
                .contains("\"clientSecret\": \"replaced\"").doesNotContain("secret-0123456789");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
