package id.jamsostek.gateway.partner;

import id.jamsostek.adapters.bankapi.BankEndpoint;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.secrets.SecretCipher;
import io.r2dbc.spi.Readable;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads bank partners from PostgreSQL and opens their secrets with the key-encryption key. */
@Repository
public class BankPartnerRepository {

    private static final String SELECT = """
            select p.id, p.display_name, p.enabled, b.client_key, b.public_key_pem, b.previous_public_key_pem,
                   b.previous_public_key_expires_at, b.client_secret_ciphertext, b.kek_id, b.previous_secret_ciphertext,
                   b.previous_kek_id, b.previous_secret_expires_at, b.company_codes, b.channel_ids, b.ip_allowlist,
                   b.path_prefix, b.deadline_ms, b.repeated_payment, b.unknown_outcome, b.max_bill_lines
              from partner p join bank_partner b on b.partner_id = p.id
            """;

    private static final String SELECT_OUTBOUND = """
            select partner_id, base_url, client_key, client_secret_ciphertext, kek_id, x_partner_id, channel_id,
                   report_method
              from bank_outbound where partner_id = :id
            """;

    private final DatabaseClient db;
    private final SecretCipher cipher;

    public BankPartnerRepository(DatabaseClient db, SecretCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    public Mono<BankPartner> byClientKey(String clientKey) {
        return db.sql(SELECT + " where b.client_key = :key").bind("key", clientKey).map(this::partner).one();
    }

    public Mono<BankPartner> byId(String id) {
        return db.sql(SELECT + " where p.id = :id").bind("id", id).map(this::partner).one();
    }

    /** How the gateway calls the bank; empty when it has no outbound settings. */
    public Mono<BankOutbound> outboundOf(String id) {
        return db.sql(SELECT_OUTBOUND).bind("id", id).map(this::outbound).one();
    }

    private BankOutbound outbound(Readable row) {
        String id = row.get("partner_id", String.class);
        byte[] secret = cipher.open(BankOutbound.sealingId(id), new SecretCipher.Sealed(row.get("kek_id", String.class),
                row.get("client_secret_ciphertext", byte[].class)));
        return new BankOutbound(
                new BankEndpoint(
                        URI.create(row.get("base_url", String.class)),
                        row.get("client_key", String.class),
                        row.get("x_partner_id", String.class),
                        row.get("channel_id", String.class),
                        BankEndpoint.ReportMethod.valueOf(row.get("report_method", String.class))),
                new ClientSecret(secret));
    }

    private BankPartner partner(Readable row) {
        String id = row.get("id", String.class);
        return new BankPartner(
                id,
                row.get("display_name", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                row.get("client_key", String.class),
                PublicKeys.of(row.get("public_key_pem", String.class), row.get("previous_public_key_pem", String.class),
                        row.get("previous_public_key_expires_at", OffsetDateTime.class)),
                SealedSecrets.open(cipher, id, row),
                Set.of(row.get("company_codes", String[].class)),
                Set.of(row.get("channel_ids", String[].class)),
                Arrays.stream(row.get("ip_allowlist", String[].class)).map(IpRange::parse).toList(),
                new BankProfile(
                        row.get("path_prefix", String.class),
                        Duration.ofMillis(row.get("deadline_ms", Integer.class)),
                        BankProfile.RepeatedPayment.valueOf(row.get("repeated_payment", String.class)),
                        BankProfile.UnknownOutcome.valueOf(row.get("unknown_outcome", String.class)),
                        row.get("max_bill_lines", Integer.class)));
    }
}
