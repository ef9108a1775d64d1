package id.jamsostek.gateway.partner;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Partners' client certificates (mutual TLS), read through the partner cache. */
@Component
public class PartnerCertificates {

    private static final String SELECT_OF_PARTNER = """
            select p.mtls, c.sha256, c.not_after
              from partner p left join partner_certificate c on c.partner_id = p.id
             where p.id = :id
            """;

    private final CachedLookup<ClientCertificates> ofPartner;
    private final CachedLookup<String> owner;

    public PartnerCertificates(DatabaseClient db, PartnerSettings settings) {
        this.ofPartner = new CachedLookup<>(settings.cacheTtl(), id -> db.sql(SELECT_OF_PARTNER).bind("id", id)
                .map(Row::of).all().collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> certificates(id, rows)));
        this.owner = new CachedLookup<>(settings.cacheTtl(), sha256 -> db
                .sql("select partner_id from partner_certificate where sha256 = :sha256").bind("sha256", sha256)
                .map(row -> row.get("partner_id", String.class)).one());
    }

    /** The partner's certificates and mode; none (OPTIONAL) for a partner that is not registered. */
    public Mono<ClientCertificates> of(String partnerId) {
        return ofPartner.get(partnerId).defaultIfEmpty(ClientCertificates.none(partnerId));
    }

    /** The partner a certificate is registered for, by its SHA-256 fingerprint; empty if none. */
    public Mono<String> ownerOf(String sha256) {
        return owner.get(sha256);
    }

    private record Row(String mtls, String sha256, Instant notAfter) {
        static Row of(Readable row) {
            OffsetDateTime notAfter = row.get("not_after", OffsetDateTime.class);
            return new Row(row.get("mtls", String.class), row.get("sha256", String.class),
                    notAfter == null ? null : notAfter.toInstant());
        }
    }

    private static ClientCertificates certificates(String partnerId, List<Row> rows) {
        List<CertificatePin> pins = rows.stream().filter(row -> row.sha256() != null)
                .map(row -> new CertificatePin(row.sha256(), row.notAfter())).toList();
        return new ClientCertificates(partnerId, ClientCertificates.MutualTls.valueOf(rows.getFirst().mtls()), pins);
    }
}
