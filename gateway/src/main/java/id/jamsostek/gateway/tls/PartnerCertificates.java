package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.CachedLookup;
import id.jamsostek.gateway.partner.PartnerSettings;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Partners' client certificates (mutual TLS), read through the partner cache, and replaced by the admin API (the
 * partner file's are written at start by the partner file's writer).
 */
@Component
public class PartnerCertificates {

    private static final String INSERT = """
            insert into partner_certificate (sha256, partner_id, not_after) values (:sha256, :id, :notAfter)
            on conflict (sha256) do nothing
            """;

    private final DatabaseClient db;
    private static final String SELECT_OF_PARTNER = """
            select p.mtls, c.sha256, c.not_after
              from partner p left join partner_certificate c on c.partner_id = p.id
             where p.id = :id
            """;

    private final CachedLookup<ClientCertificates> ofPartner;
    private final CachedLookup<String> owner;

    public PartnerCertificates(DatabaseClient db, PartnerSettings settings) {
        this.db = db;
        this.ofPartner = new CachedLookup<>(settings.cacheTtl(), this::stored);
        this.owner = new CachedLookup<>(settings.cacheTtl(), sha256 -> db
                .sql("select partner_id from partner_certificate where sha256 = :sha256").bind("sha256", sha256)
                .map(row -> row.get("partner_id", String.class)).one());
    }

    /** The partner's certificates and mode; none (OPTIONAL) for a partner that is not registered. */
    public Mono<ClientCertificates> of(String partnerId) {
        return ofPartner.get(partnerId).switchIfEmpty(Mono.fromSupplier(() -> ClientCertificates.none(partnerId)));
    }

    /** As stored now, past the cache (inside a change's transaction); empty for a partner that is not registered. */
    public Mono<ClientCertificates> stored(String partnerId) {
        return db.sql(SELECT_OF_PARTNER).bind("id", partnerId)
                .map(Row::of).all().collectList()
                .filter(rows -> !rows.isEmpty())
                .map(rows -> certificates(partnerId, rows));
    }

    /**
     * Sets the partner's mode and replaces its certificates, inside the caller's transaction. A certificate belongs to
     * one partner: one registered for another is refused (409) and nothing is changed.
     */
    public Mono<Void> replace(ClientCertificates certificates) {
        String id = certificates.partnerId();
        Mono<Void> mode = db.sql("update partner set mtls = :mtls, updated_at = now() where id = :id")
                .bind("mtls", certificates.mtls().name()).bind("id", id).then();
        Mono<Void> cleared = db.sql("delete from partner_certificate where partner_id = :id").bind("id", id).then();
        return mode.then(cleared).thenMany(Flux.fromIterable(certificates.pins()).concatMap(pin -> {
            var insert = db.sql(INSERT).bind("sha256", pin.sha256()).bind("id", id);
            insert = pin.notAfter() == null ? insert.bindNull("notAfter", OffsetDateTime.class)
                    : insert.bind("notAfter", pin.notAfter().atOffset(ZoneOffset.UTC));
            return insert.fetch().rowsUpdated().filter(inserted -> inserted == 0)
                    .flatMap(none -> Mono.error(anotherPartners(pin)));
        })).then();
    }

    private static GatewayException anotherPartners(CertificatePin pin) {
        return new GatewayException(Problem.PARTNER_CONFLICT, "a client certificate is registered for another partner",
                Map.of("errors", List.of(Map.of("pointer", "/clientCertificates",
                        "detail", "certificate " + pin.sha256() + " is another partner's"))));
    }

    /** After a change made here: this instance reads certificates afresh at once. */
    public void forgetAll() {
        ofPartner.forgetAll();
        owner.forgetAll();
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
