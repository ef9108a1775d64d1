package id.jamsostek.gateway.partner.file;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PartnerAudit;
import id.jamsostek.gateway.partner.administration.PartnerChanges;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import id.jamsostek.gateway.partner.credentials.SecretHashSettings;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.tls.CertificatePin;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
    private static final String UPSERT_CLIENT = """
            insert into oauth_client (partner_id, client_id, client_secret_hash, jwt_public_key_pem, scopes)
            values (?, ?, ?, ?, ?)
            on conflict (partner_id) do update set
                client_id = excluded.client_id, client_secret_hash = excluded.client_secret_hash,
                client_secret_ciphertext = null, kek_id = null,
                jwt_public_key_pem = excluded.jwt_public_key_pem, scopes = excluded.scopes
            """;
    private static final String UPSERT_VILLAGE = """
            insert into village_partner (partner_id, region_scopes) values (?, ?)
            on conflict (partner_id) do update set region_scopes = excluded.region_scopes
            """;
    private static final String UPSERT_EMPLOYER = """
            insert into employer_platform (partner_id, grants) values (?, ?)
            on conflict (partner_id) do update set grants = excluded.grants
            """;
    private static final String UPSERT_BANK = """
            insert into bank_partner (partner_id, client_key, public_key_pem, client_secret_ciphertext, kek_id,
                                      company_codes, channel_ids, ip_allowlist, path_prefix, deadline_ms,
                                      repeated_payment, unknown_outcome, max_bill_lines)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (partner_id) do update set
                client_key = excluded.client_key, public_key_pem = excluded.public_key_pem,
                client_secret_ciphertext = excluded.client_secret_ciphertext, kek_id = excluded.kek_id,
                company_codes = excluded.company_codes, channel_ids = excluded.channel_ids,
                ip_allowlist = excluded.ip_allowlist, path_prefix = excluded.path_prefix,
                deadline_ms = excluded.deadline_ms, repeated_payment = excluded.repeated_payment,
                unknown_outcome = excluded.unknown_outcome, max_bill_lines = excluded.max_bill_lines
            """;

    private static final String UPSERT_OUTBOUND = """
            insert into bank_outbound (partner_id, base_url, client_key, client_secret_ciphertext, kek_id,
                                       x_partner_id, channel_id, report_method)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (partner_id) do update set
                base_url = excluded.base_url, client_key = excluded.client_key,
                client_secret_ciphertext = excluded.client_secret_ciphertext, kek_id = excluded.kek_id,
                x_partner_id = excluded.x_partner_id, channel_id = excluded.channel_id,
                report_method = excluded.report_method
            """;

    private static final String SET_MTLS = "update partner set mtls = ?, updated_at = now() where id = ?";
    private static final String DELETE_CERTIFICATES = "delete from partner_certificate where partner_id = ?";
    private static final String INSERT_CERTIFICATE = """
            insert into partner_certificate (sha256, partner_id, not_after) values (?, ?, ?)
            on conflict (sha256) do nothing
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretCipher cipher;
    private final int hashIterations;

    public PartnerWriter(SecretCipher cipher, SecretHashSettings settings) {
        this.cipher = cipher;
        this.hashIterations = settings.secretHashIterations();
    }

    public void register(Connection connection, BankRegistration bank) throws SQLException {
        JsonNode before = fileManaged(connection, bank.id());
        boolean replaced = secretReplaced(connection, "bank_partner", bank.id(), bank.clientSecret());
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
            row.setObject(13, bank.profile().maxBillLines(), Types.INTEGER);
            row.executeUpdate();
        }
        outbound(connection, bank.id(), bank.outbound());
        audit(connection, bank.id(), before, replaced);
    }

    /**
     * OAuth client secrets sealed before they were kept as hashes (V35): each that opens is hashed, its previous one
     * too with the same end of overlap, and the ciphertext cleared; unless another instance did so meanwhile. One
     * that does not open (its key-encryption key is gone) is left: that client cannot authenticate by secret until
     * its secret is rotated, as before.
     *
     * @return the ids of the partners whose secrets did not open
     */
    public List<String> hashSealedClientSecrets(Connection connection) throws SQLException {
        List<String> unopened = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select partner_id, client_secret_ciphertext, kek_id, previous_secret_ciphertext, previous_kek_id
                  from oauth_client
                 where client_secret_ciphertext is not null or previous_secret_ciphertext is not null
                """);
                PreparedStatement update = connection.prepareStatement("""
                        update oauth_client set client_secret_hash = coalesce(?, client_secret_hash),
                               previous_secret_hash = coalesce(?, previous_secret_hash),
                               client_secret_ciphertext = null, kek_id = null,
                               previous_secret_ciphertext = null, previous_kek_id = null
                         where partner_id = ? and client_secret_ciphertext is not distinct from ?
                           and previous_secret_ciphertext is not distinct from ?
                        """);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("partner_id");
                byte[] current = rows.getBytes("client_secret_ciphertext");
                byte[] previous = rows.getBytes("previous_secret_ciphertext");
                try {
                    update.setString(1, hashOfSealed(id, rows.getString("kek_id"), current));
                    update.setString(2, hashOfSealed(id, rows.getString("previous_kek_id"), previous));
                } catch (IllegalStateException unopenable) {
                    unopened.add(id);
                    continue;
                }
                update.setString(3, id);
                update.setBytes(4, current);
                update.setBytes(5, previous);
                update.executeUpdate();
            }
        }
        return unopened;
    }

    private String hashOfSealed(String partnerId, String kekId, byte[] ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        byte[] secret = cipher.open(partnerId, new SecretCipher.Sealed(kekId, ciphertext));
        try {
            return SecretHash.of(secret, hashIterations).encoded();
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The file is the truth for a bank it names: without an outbound block, the bank is no longer called. */
    private void outbound(Connection connection, String bankId, BankOutbound outbound) throws SQLException {
        if (outbound == null) {
            try (PreparedStatement row = connection.prepareStatement("delete from bank_outbound where partner_id = ?")) {
                row.setString(1, bankId);
                row.executeUpdate();
            }
            return;
        }
        SecretCipher.Sealed sealed = cipher.seal(BankOutbound.sealingId(bankId), outbound.clientSecret().bytes());
        try (PreparedStatement row = connection.prepareStatement(UPSERT_OUTBOUND)) {
            row.setString(1, bankId);
            row.setString(2, outbound.endpoint().baseUrl().toString());
            row.setString(3, outbound.endpoint().clientKey());
            row.setBytes(4, sealed.ciphertext());
            row.setString(5, sealed.keyId());
            row.setString(6, outbound.endpoint().partnerId());
            row.setString(7, outbound.endpoint().channelId());
            row.setString(8, outbound.endpoint().reportMethod().name());
            row.executeUpdate();
        }
    }

    public void register(Connection connection, VillageRegistration village) throws SQLException {
        JsonNode before = fileManaged(connection, village.id());
        ClientSecretHash secret = clientSecretHash(connection, village.id(), village.client().clientSecret());
        partner(connection, village.id(), "VILLAGE", village.name(), village.enabled());
        client(connection, village.id(), village.client(), secret.hash());
        scope(connection, UPSERT_VILLAGE, village.id(), village.regions().stream().map(RegionScope::prefix));
        audit(connection, village.id(), before, secret.replaced());
    }

    public void register(Connection connection, EmployerRegistration platform) throws SQLException {
        JsonNode before = fileManaged(connection, platform.id());
        ClientSecretHash secret = clientSecretHash(connection, platform.id(), platform.client().clientSecret());
        partner(connection, platform.id(), "EMPLOYER", platform.name(), platform.enabled());
        client(connection, platform.id(), platform.client(), secret.hash());
        scope(connection, UPSERT_EMPLOYER, platform.id(), platform.grants().stream().map(EmployerGrant::toString));
        audit(connection, platform.id(), before, secret.replaced());
    }

    /**
     * The partner as it is before the file sets it (null when new); a partner the admin API manages is not the
     * file's to change, and the start stops rather than undo what an operator did there.
     */
    private static JsonNode fileManaged(Connection connection, String id) throws SQLException {
        JsonNode before = document(connection, id);
        if (before != null && !"FILE".equals(before.path("managedBy").asString())) {
            throw new IllegalStateException("partner " + id + " is managed through the admin API; remove it from the "
                    + "partner file and change it through the admin API");
        }
        return before;
    }

    /**
     * Whether the file brings another secret than the one stored (a secret that no longer opens counts as
     * replaced): the audit says so, as the document never shows secrets.
     */
    private boolean secretReplaced(Connection connection, String table, String id, ClientSecret secret)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select client_secret_ciphertext, kek_id from " + table + " where partner_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                byte[] stored = row.getBytes("client_secret_ciphertext");
                if (stored == null || secret == null) {
                    return (stored == null) != (secret == null);
                }
                try {
                    return !MessageDigest.isEqual(secret.bytes(),
                            cipher.open(id, new SecretCipher.Sealed(row.getString("kek_id"), stored)));
                } catch (IllegalStateException unopenable) {
                    return true;
                }
            }
        }
    }

    /** One audit row (operator "partner-file") when the file registered the partner or changed it. */
    private static void audit(Connection connection, String id, JsonNode before, boolean secretReplaced)
            throws SQLException {
        JsonNode after = document(connection, id);
        PartnerAudit.Action action = before == null ? PartnerAudit.Action.REGISTER : PartnerAudit.Action.CHANGE;
        ObjectNode changes = before == null ? (ObjectNode) after : PartnerChanges.between(before, after);
        if (before != null && secretReplaced) {
            changes.put("clientSecret", "replaced");
        }
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement row = connection.prepareStatement(
                "insert into partner_audit (partner_id, operator, action, changes) values (?, ?, ?, cast(? as jsonb))")) {
            row.setString(1, id);
            row.setString(2, PartnerAudit.PARTNER_FILE);
            row.setString(3, action.name());
            row.setString(4, JSON.writeValueAsString(changes));
            row.executeUpdate();
        }
    }

    private static JsonNode document(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select document::text from partner_document where id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? JSON.readTree(row.getString(1)) : null;
            }
        }
    }

    /** @param secretHash null when the client has no secret */
    private static void client(Connection connection, String partnerId, ClientRegistration client,
            SecretHash secretHash) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(UPSERT_CLIENT)) {
            row.setString(1, partnerId);
            row.setString(2, client.clientId());
            row.setString(3, secretHash == null ? null : secretHash.encoded());
            row.setString(4, client.jwtPublicKeyPem());
            row.setArray(5, connection.createArrayOf("text", client.scopes().stream().sorted().toArray()));
            row.executeUpdate();
        }
    }

    /**
     * @param hash     what to store: the stored hash while the file's secret is the same (a hash is salted: hashing
     *                 again would say nothing new), a new one when it differs; null for no secret
     * @param replaced whether the file brings another secret than the one stored (the audit says so)
     */
    private record ClientSecretHash(SecretHash hash, boolean replaced) {}

    private ClientSecretHash clientSecretHash(Connection connection, String id, ClientSecret secret)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select client_secret_hash from oauth_client where partner_id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                boolean registered = row.next();
                SecretHash stored = registered && row.getString(1) != null ? SecretHash.parse(row.getString(1)) : null;
                if (secret == null) {
                    return new ClientSecretHash(null, stored != null);
                }
                if (stored != null && stored.verifies(secret.bytes())) {
                    return new ClientSecretHash(stored, false);
                }
                return new ClientSecretHash(SecretHash.of(secret.bytes(), hashIterations), registered);
            }
        }
    }

    /**
     * Replaces the partner's client certificates and its mutual-TLS mode. A certificate identifies one partner: one
     * already registered for another is refused.
     */
    public void register(Connection connection, ClientCertificates certificates) throws SQLException {
        try (PreparedStatement mode = connection.prepareStatement(SET_MTLS);
                PreparedStatement delete = connection.prepareStatement(DELETE_CERTIFICATES);
                PreparedStatement insert = connection.prepareStatement(INSERT_CERTIFICATE)) {
            mode.setString(1, certificates.mtls().name());
            mode.setString(2, certificates.partnerId());
            if (mode.executeUpdate() == 0) {
                throw new IllegalArgumentException("partner " + certificates.partnerId() + " is not registered");
            }
            delete.setString(1, certificates.partnerId());
            delete.executeUpdate();
            for (CertificatePin pin : certificates.pins()) {
                insert.setString(1, pin.sha256());
                insert.setString(2, certificates.partnerId());
                insert.setObject(3, pin.notAfter() == null ? null
                        : OffsetDateTime.ofInstant(pin.notAfter(), ZoneOffset.UTC));
                if (insert.executeUpdate() == 0) {
                    throw new IllegalArgumentException("partner " + certificates.partnerId()
                            + ": client certificate " + pin.sha256() + " is registered for another partner");
                }
            }
        }
    }

    /** The kind's own row: the partner id and what it may reach (regions, employers). */
    private static void scope(Connection connection, String upsert, String partnerId, Stream<String> reach)
            throws SQLException {
        try (PreparedStatement row = connection.prepareStatement(upsert)) {
            row.setString(1, partnerId);
            row.setArray(2, connection.createArrayOf("text", reach.toArray()));
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
