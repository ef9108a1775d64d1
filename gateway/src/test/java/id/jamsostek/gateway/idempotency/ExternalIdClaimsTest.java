package id.jamsostek.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.snap.SnapSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** X-EXTERNAL-ID is unique per bank per Jakarta day, and a repeat just after midnight is still a repeat. */
class ExternalIdClaimsTest {

    private static final byte[] FINGERPRINT = {1, 2, 3};
    private static final IdempotencyRecord YESTERDAYS = new IdempotencyRecord(FINGERPRINT,
            IdempotencyRecord.State.COMPLETED, 200, null, null);

    private final IdempotencyStore store = mock(IdempotencyStore.class);

    private ExternalIdClaims at(String instant) {
        return new ExternalIdClaims(store, new IdempotencySettings(Duration.ofHours(48), Duration.ofMinutes(10)),
                new SnapSettings(Duration.ofMinutes(5), Duration.ofSeconds(900)),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void anIdRepeatedTwoMinutesAfterJakartaMidnightFindsTheClaimOfTheDayBefore() {
        when(store.find("bank-a", "snap-va-payment:2026-11-22", "123")).thenReturn(Mono.just(YESTERDAYS));

        // 2026-11-23T00:02+07:00
        StepVerifier.create(at("2026-11-22T17:02:00Z").claim("bank-a", "snap-va-payment", "123", FINGERPRINT))
                .assertNext(claim -> {
                    assertThat(claim.earlier()).contains(YESTERDAYS);
                    assertThat(claim.scope()).isEqualTo("snap-va-payment:2026-11-23");
                })
                .verifyComplete();
        verify(store, never()).claim(any(), any(), any(), any(), any());
    }

    @Test
    void anIdNewJustAfterMidnightIsClaimedInTheNewDay() {
        when(store.find(any(), any(), any())).thenReturn(Mono.empty());
        when(store.claim(eq("bank-a"), eq("snap-va-payment:2026-11-23"), eq("123"), eq(FINGERPRINT), any()))
                .thenReturn(Mono.just(Optional.empty()));

        StepVerifier.create(at("2026-11-22T17:02:00Z").claim("bank-a", "snap-va-payment", "123", FINGERPRINT))
                .assertNext(claim -> assertThat(claim.earlier()).isEmpty())
                .verifyComplete();
    }

    @Test
    void pastTheSkewTheDayBeforeIsNotAskedAndTheIdIsFreeAgain() {
        when(store.claim(eq("bank-a"), eq("snap-va-payment:2026-11-23"), eq("123"), eq(FINGERPRINT), any()))
                .thenReturn(Mono.just(Optional.empty()));

        // 2026-11-23T00:06+07:00, six minutes past midnight with a five-minute skew
        StepVerifier.create(at("2026-11-22T17:06:00Z").claim("bank-a", "snap-va-payment", "123", FINGERPRINT))
                .assertNext(claim -> assertThat(claim.earlier()).isEmpty())
                .verifyComplete();
        verify(store, never()).find(any(), any(), any());
    }

    @Test
    void aStatementMayClaimTheIdOfTodayOnlyOnceYesterdaysClaimsNoLongerCount() {
        // 2026-11-23T00:02+07:00: yesterday's claims still count, so the claim is made on its own, after a look
        assertThat(at("2026-11-22T17:02:00Z").claimOfToday("bank-a", "snap-va-payment", "123", FINGERPRINT)).isEmpty();

        // 2026-11-23T00:06+07:00
        assertThat(at("2026-11-22T17:06:00Z").claimOfToday("bank-a", "snap-va-payment", "123", FINGERPRINT))
                .hasValueSatisfying(claim -> {
                    assertThat(claim.partner()).isEqualTo("bank-a");
                    assertThat(claim.scope()).isEqualTo("snap-va-payment:2026-11-23");
                    assertThat(claim.key()).isEqualTo("123");
                    assertThat(claim.expiresAt()).isEqualTo(Instant.parse("2026-11-24T17:06:00Z"));
                });
    }
}
