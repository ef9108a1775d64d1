package id.jamsostek.gateway.idempotency;

import id.jamsostek.gateway.snap.SnapSettings;
import id.jamsostek.snap.SnapTimestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The X-EXTERNAL-ID rule of SNAP, in one place: an id is unique per bank per day in Asia/Jakarta. Ids are claimed in
 * the day's scope; within the timestamp skew after midnight, the previous day's claim of the same id still counts, so
 * a request and its repeat on either side of midnight are one request, not two.
 */
@Component
public class ExternalIdClaims {

    private final IdempotencyStore store;
    private final IdempotencySettings idempotency;
    private final SnapSettings snap;
    private final Clock clock;

    public ExternalIdClaims(IdempotencyStore store, IdempotencySettings idempotency, SnapSettings snap, Clock clock) {
        this.store = store;
        this.idempotency = idempotency;
        this.snap = snap;
        this.clock = clock;
    }

    /**
     * A claim of an id: the scope it was claimed in (the day's), and what an earlier request under the same id left,
     * if one came first (today, or yesterday within the skew).
     */
    public record Claim(String scope, Optional<IdempotencyRecord> earlier) {}

    /** @param operation e.g. "snap-va-payment"; the day is added to it */
    public Mono<Claim> claim(String partnerId, String operation, String externalId, byte[] fingerprint) {
        Instant now = clock.instant();
        KeyClaim today = todays(partnerId, operation, externalId, fingerprint, now);
        Mono<Claim> claimToday = Mono.defer(() -> store.claim(partnerId, today.scope(), externalId, fingerprint,
                today.expiresAt()).map(earlier -> new Claim(today.scope(), earlier)));
        return yesterdayStillCounting(operation, now)
                .map(yesterday -> store.find(partnerId, yesterday, externalId)
                        .map(earlier -> new Claim(today.scope(), Optional.of(earlier)))
                        .switchIfEmpty(claimToday))
                .orElse(claimToday);
    }

    /**
     * Today's claim of an id, for a statement that makes it along with its own write ({@link
     * IdempotencyStore#claimsOf}); empty just after midnight, while yesterday's claims still count and {@link #claim}
     * looks at them first.
     */
    public Optional<KeyClaim> claimOfToday(String partnerId, String operation, String externalId, byte[] fingerprint) {
        Instant now = clock.instant();
        return yesterdayStillCounting(operation, now).isPresent() ? Optional.empty()
                : Optional.of(todays(partnerId, operation, externalId, fingerprint, now));
    }

    private KeyClaim todays(String partnerId, String operation, String externalId, byte[] fingerprint, Instant now) {
        return new KeyClaim(partnerId, scopeOf(operation, dayOf(now)), externalId, fingerprint,
                now.plus(idempotency.retention()));
    }

    /**
     * Within the timestamp skew after Jakarta midnight, a request may still carry yesterday's id: yesterday's scope
     * then, else none.
     */
    private Optional<String> yesterdayStillCounting(String operation, Instant now) {
        LocalDate skewAgo = dayOf(now.minus(snap.timestampSkew()));
        return skewAgo.equals(dayOf(now)) ? Optional.empty() : Optional.of(scopeOf(operation, skewAgo));
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, SnapTimestamp.JAKARTA);
    }

    private static String scopeOf(String operation, LocalDate day) {
        return operation + ":" + day;
    }
}
