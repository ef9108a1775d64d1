package id.jamsostek.adapters.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void remainingIsNeverNegativeOncePassed() {
        Deadline passed = new Deadline(System.nanoTime() - Duration.ofSeconds(1).toNanos());

        assertThat(passed.remaining()).isEqualTo(Duration.ZERO);
        assertThat(passed.expired()).isTrue();
    }

    @Test
    void remainingShrinksFromTheBudgetAndNeverExceedsIt() {
        Deadline deadline = Deadline.in(Duration.ofSeconds(10));

        Duration remaining = deadline.remaining();

        assertThat(remaining).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10))
                .isGreaterThan(Duration.ofSeconds(9));
        assertThat(deadline.expired()).isFalse();
    }

    @Test
    void aZeroBudgetIsExpiredAtOnce() {
        Deadline deadline = Deadline.in(Duration.ZERO);

        assertThat(deadline.expired()).isTrue();
        assertThat(deadline.remaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void remainingCappedAtPicksTheCapWhenMoreTimeIsLeft() {
        Deadline deadline = Deadline.in(Duration.ofSeconds(10));

        assertThat(deadline.remainingCappedAt(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void remainingCappedAtPicksWhatIsLeftWhenLessThanTheCap() {
        Deadline deadline = Deadline.in(Duration.ofMillis(500));

        assertThat(deadline.remainingCappedAt(Duration.ofSeconds(10)))
                .isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void remainingCappedAtIsZeroOnceExpired() {
        Deadline passed = new Deadline(System.nanoTime() - 1);

        assertThat(passed.remainingCappedAt(Duration.ofSeconds(1))).isEqualTo(Duration.ZERO);
    }

    @Test
    void keepingBringsTheDeadlineForwardByTheReserve() {
        Deadline deadline = Deadline.in(Duration.ofSeconds(10));

        Deadline earlier = deadline.keeping(Duration.ofSeconds(4));

        assertThat(deadline.expiresAtNanos() - earlier.expiresAtNanos()).isEqualTo(Duration.ofSeconds(4).toNanos());
        assertThat(earlier.remaining()).isLessThanOrEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void keepingMoreThanIsLeftLeavesNothing() {
        Deadline deadline = Deadline.in(Duration.ofSeconds(1));

        Deadline earlier = deadline.keeping(Duration.ofSeconds(2));

        assertThat(earlier.expired()).isTrue();
        assertThat(earlier.remaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void comparesAcrossTheNanoTimeWrapAround() {
        // System.nanoTime may be near Long.MAX_VALUE; differences, not comparisons, stay correct
        Deadline wrapped = new Deadline(System.nanoTime() + Long.MAX_VALUE / 2);

        assertThat(wrapped.expired()).isFalse();
        assertThat(wrapped.remaining()).isPositive();
    }
}
