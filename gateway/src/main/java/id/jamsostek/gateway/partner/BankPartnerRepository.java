package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.snap.PemKeys;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Reads bank partners from PostgreSQL and opens their secrets with the key-encryption key. */
@Repository
public class BankPartnerRepository {

    private static final String SELECT = """
            select p.id, p.display_name, p.enabled, b.client_key, b.public_key_pem, b.client_secret_ciphertext,
                   b.kek_id, b.company_codes, b.channel_ids, b.ip_allowlist, b.path_prefix, b.deadline_ms,
                   b.repeated_payment, b.unknown_outcome
              from partner p join bank_partner b on b.partner_id = p.id
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

    private BankPartner partner(Readable row) {
        String id = row.get("id", String.class);
        byte[] secret = cipher.open(id, new SecretCipher.Sealed(row.get("kek_id", String.class),
                row.get("client_secret_ciphertext", byte[].class)));
        return new BankPartner(
                id,
                row.get("display_name", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                row.get("client_key", String.class),
                PemKeys.rsaPublicKey(row.get("public_key_pem", String.class)),
                new ClientSecret(secret),
                Set.of(row.get("company_codes", String[].class)),
                Set.of(row.get("channel_ids", String[].class)),
                Arrays.stream(row.get("ip_allowlist", String[].class)).map(IpRange::parse).toList(),
                new BankProfile(
                        row.get("path_prefix", String.class),
                        Duration.ofMillis(row.get("deadline_ms", Integer.class)),
                        BankProfile.RepeatedPayment.valueOf(row.get("repeated_payment", String.class)),
                        BankProfile.UnknownOutcome.valueOf(row.get("unknown_outcome", String.class))));
    }
}
