package id.jamsostek.gateway.idempotency;

import static id.jamsostek.gateway.database.TextArrays.column;

import id.jamsostek.gateway.database.GroupCommit;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Claims of request keys in PostgreSQL, one per (partner, scope, key). A claim is won by exactly one request, on
 * however many gateway instances: the primary key decides. An expired record is taken over as if absent.
 */
@Repository
public class IdempotencyStore {

    /**
     * The claims of many concurrent requests in one statement (GroupCommit). A key seen twice in one batch is claimed
     * once: the later request loses to the earlier, as it would a moment later.
     */
    private static final String CLAIM = claimsOf("""
            unnest(:partners::text[], :scopes::text[], :keys::text[], :fingerprints::text[], :expires::text[])
                   as claim (partner, scope, idem_key, fingerprint, expires)""");

    private final DatabaseClient db;
    private final GroupCommit<KeyClaim, Boolean> claims;

    public IdempotencyStore(DatabaseClient db) {
        this.db = db;
        this.claims = new GroupCommit<>(this::claimAll);
    }

    /** Empty if this request won the key; otherwise what the earlier request left there. */
    public Mono<Optional<IdempotencyRecord>> claim(String partner, String scope, String key, byte[] fingerprint,
            Instant expiresAt) {
        return claims.submit(new KeyClaim(partner, scope, key, fingerprint, expiresAt))
                .flatMap(won -> won ? Mono.just(Optional.<IdempotencyRecord>empty())
                        : find(partner, scope, key).map(Optional::of)
                                .switchIfEmpty(Mono.defer(() -> claim(partner, scope, key, fingerprint, expiresAt))));
    }

    /**
     * Claims the keys of {@code rows} (columns partner, scope, idem_key, fingerprint in hex, expires; no key twice),
     * returning partner_id, scope and idem_key of those won: a key nobody holds, or whose record has expired. A
     * statement that writes something else under its claim embeds this as a CTE.
     */
    public static String claimsOf(String rows) {
        return """
                insert into idempotency_record (partner_id, scope, idem_key, fingerprint, state, expires_at)
                select partner, scope, idem_key, decode(fingerprint, 'hex'), 'IN_FLIGHT', expires::timestamptz
                  from %s
                on conflict (partner_id, scope, idem_key) do update
                   set fingerprint = excluded.fingerprint, state = 'IN_FLIGHT', response_status = null,
                       response_body = null, response_headers = null, created_at = now(), completed_at = null,
                       expires_at = excluded.expires_at
                 where idempotency_record.expires_at < now()
                returning partner_id, scope, idem_key""".formatted(rows);
    }

    /** The first claim of each key in {@code batch}, by {@link KeyClaim#id()}, in the batch's order. */
    public static Map<String, KeyClaim> firstOfEachKey(List<KeyClaim> batch) {
        Map<String, KeyClaim> first = new LinkedHashMap<>();
        batch.forEach(claim -> first.putIfAbsent(claim.id(), claim));
        return first;
    }

    private Mono<List<Optional<Boolean>>> claimAll(List<KeyClaim> batch) {
        Map<String, KeyClaim> first = firstOfEachKey(batch);
        List<KeyClaim> distinct = List.copyOf(first.values());
        return db.sql(CLAIM)
                .bind("partners", column(distinct, KeyClaim::partner))
                .bind("scopes", column(distinct, KeyClaim::scope))
                .bind("keys", column(distinct, KeyClaim::key))
                .bind("fingerprints", column(distinct, KeyClaim::fingerprintHex))
                .bind("expires", column(distinct, claim -> claim.expiresAt().toString()))
                .map(row -> row.get("partner_id", String.class) + '\u0000' + row.get("scope", String.class) + '\u0000'
                        + row.get("idem_key", String.class))
                .all()
                .collect(Collectors.toSet())
                .map(won -> batch.stream()
                        .map(claim -> Optional.of(first.get(claim.id()) == claim && won.contains(claim.id())))
                        .toList());
    }


    public Mono<IdempotencyRecord> find(String partner, String scope, String key) {
        return db.sql("""
                        select fingerprint, state, response_status, response_body, response_headers
                          from idempotency_record
                         where partner_id = :partner and scope = :scope and idem_key = :key
                        """)
                .bind("partner", partner).bind("scope", scope).bind("key", key)
                .map(row -> new IdempotencyRecord(
                        row.get("fingerprint", byte[].class),
                        IdempotencyRecord.State.valueOf(row.get("state", String.class)),
                        row.get("response_status", Integer.class),
                        row.get("response_body", byte[].class),
                        row.get("response_headers", String.class)))
                .one();
    }

    /** Records the answer given; {@code body} may be null when only the status is kept. */
    public Mono<Void> complete(String partner, String scope, String key, int status, byte[] body) {
        return complete(partner, scope, key, status, body, null);
    }

    /** Records the answer given with the headers a replay repeats. */
    public Mono<Void> complete(String partner, String scope, String key, int status, byte[] body, String headers) {
        var spec = db.sql("""
                        update idempotency_record
                           set state = 'COMPLETED', response_status = :status, response_body = :body,
                               response_headers = :headers, completed_at = now()
                         where partner_id = :partner and scope = :scope and idem_key = :key
                        """)
                .bind("partner", partner).bind("scope", scope).bind("key", key).bind("status", status);
        spec = body == null ? spec.bindNull("body", ByteBuffer.class) : spec.bind("body", ByteBuffer.wrap(body));
        spec = headers == null ? spec.bindNull("headers", String.class) : spec.bind("headers", headers);
        return spec.then();
    }

    /** Gives the key back, so that a retry of a request that got no definite answer is processed afresh. */
    public Mono<Void> release(String partner, String scope, String key) {
        return db.sql("""
                        delete from idempotency_record
                         where partner_id = :partner and scope = :scope and idem_key = :key and state = 'IN_FLIGHT'
                        """)
                .bind("partner", partner).bind("scope", scope).bind("key", key)
                .then();
    }

    /** Removes records past their expiry; returns how many. */
    public Mono<Long> purgeExpired(int batch) {
        return db.sql("""
                        delete from idempotency_record where ctid in (
                            select ctid from idempotency_record where expires_at < now() limit :batch)
                        """)
                .bind("batch", batch)
                .fetch().rowsUpdated();
    }
}
