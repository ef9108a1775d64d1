package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.secrets.SecretCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Registers or updates partners over JDBC. It runs at start, before the reactive application serves, on the
 * connection Flyway migrated with.
 */
@org.springframework.stereotype.Component
public class PartnerWriter {

    private static final String UPSERT_PARTNER = """
            insert into partner (id, kind, display_name, enabled) values (?, ?, ?, ?)
            on conflict (id) do update set display_name = excluded.display_name, enabled = excluded.enabled,
                                           updated_at = now()
                                     where partner.kind = excluded.kind
            """;
    private static final String UPSERT_VILLAGE = """
            insert into village_partner (partner_id, client_id, client_secret_ciphertext, kek_id, jwt_public_key_pem,
                                         region_scopes)
            values (?, ?, ?, ?, ?, ?)
            on conflict (partner_id) do update set
                client_id = excluded.client_id, client_secret_ciphertext = excluded.client_secret_ciphertext,
                kek_id = excluded.kek_id, jwt_public_key_pem = excluded.jwt_public_key_pem,
                region_scopes = excluded.region_scopes
            """;
    private static final String UPSERT_BANK = """
            insert into bank_partner (partner_id, client_key, public_key_pem, client_secret_ciphertext, kek_id,
                                      company_codes, channel_ids, ip_allowlist, path_prefix, deadline_ms,
                                      repeated_payment, unknown_outcome)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (partner_id) do update set
                client_key = excluded.client_key, public_key_pem = excluded.public_key_pem,
                client_secret_ciphertext = excluded.client_secret_ciphertext, kek_id = excluded.kek_id,
                company_codes = excluded.company_codes, channel_ids = excluded.channel_ids,
                ip_allowlist = excluded.ip_allowlist, path_prefix = excluded.path_prefix,
                deadline_ms = excluded.deadline_ms, repeated_payment = excluded.repeated_payment,
                unknown_outcome = excluded.unknown_outcome
            """;

    private final SecretCipher cipher;

    public PartnerWriter(SecretCipher cipher) {
        this.cipher = cipher;
    }

    public void register(Connection connection, BankRegistration bank) throws SQLException {
        bank.publicKey();
        SecretCipher.Sealed sealed = cipher.seal(bank.id(), bank.clientSecret().bytes());
        partner(connection, bank.id(), "BANK", bank.name(), bank.enabled());
        try (PreparedStatement row = connection.prepareStatement(UPSERT_BANK)) {
            row.setString(1, bank.id());
            row.setString(2, bank.clientKey());
            row.setString(3, bank.publicKeyPem());
            row.setBytes(4, sealed.ciphertext());
            row.setString(5, sealed.keyId());
            row.setArray(6, connection.createArrayOf("text", bank.companyCodes().toArray()));
            row.setArray(7, connection.createArrayOf("text", bank.channelIds().toArray()));
            row.setArray(8, connection.createArrayOf("text", bank.ipAllowlist().toArray()));
            row.setString(9, bank.profile().pathPrefix());
            row.setInt(10, Math.toIntExact(bank.profile().deadline().toMillis()));
            row.setString(11, bank.profile().repeatedPayment().name());
            row.setString(12, bank.profile().unknownOutcome().name());
            row.executeUpdate();
        }
    }

    public void register(Connection connection, VillageRegistration village) throws SQLException {
        partner(connection, village.id(), "VILLAGE", village.name(), village.enabled());
        SecretCipher.Sealed sealed = village.clientSecret() == null ? null
                : cipher.seal(village.id(), village.clientSecret().bytes());
        try (PreparedStatement row = connection.prepareStatement(UPSERT_VILLAGE)) {
            row.setString(1, village.id());
            row.setString(2, village.clientId());
            row.setBytes(3, sealed == null ? null : sealed.ciphertext());
            row.setString(4, sealed == null ? null : sealed.keyId());
            row.setString(5, village.jwtPublicKeyPem());
            row.setArray(6, connection.createArrayOf("text",
                    village.regions().stream().map(scope -> scope.prefix()).toArray()));
            row.executeUpdate();
        }
    }

    /** Refuses to turn a partner of one kind into another: ids are for life. */
    private static void partner(Connection connection, String id, String kind, String name, boolean enabled)
            throws SQLException {
        try (PreparedStatement partner = connection.prepareStatement(UPSERT_PARTNER)) {
            partner.setString(1, id);
            partner.setString(2, kind);
            partner.setString(3, name);
            partner.setBoolean(4, enabled);
            if (partner.executeUpdate() == 0) {
                throw new IllegalArgumentException("partner " + id + " is registered as another kind than " + kind);
            }
        }
    }
}
