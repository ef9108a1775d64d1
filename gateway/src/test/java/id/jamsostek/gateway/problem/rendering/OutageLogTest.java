package id.jamsostek.gateway.problem.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.gateway.problem.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class OutageLogTest {

    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");
    private static final CoreUnavailable CONNECTION_LOST = new CoreUnavailable("core-billing", CoreUnavailable.Reason.CONNECTION, null);

    private Instant now = START;
    private final OutageLog log = new OutageLog(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, Duration.ofSeconds(1));

    private static long lines(CapturedOutput output, String text) {
        return Arrays.stream(output.getOut().split("\n")).filter(line -> line.contains(text)).count();
    }

    @Test
    void saysAnOutageOnceASecondWithHowManyAnswersItLeftUnsaid(CapturedOutput output) {
        for (int i = 0; i < 1000; i++) {
            log.unavailable(CONNECTION_LOST, Problem.CORE_UNAVAILABLE);
        }
        assertThat(lines(output, "core-billing unavailable (CONNECTION)")).isEqualTo(1);

        now = START.plusMillis(1000);
        log.unavailable(CONNECTION_LOST, Problem.CORE_UNAVAILABLE);

        assertThat(lines(output, "core-billing unavailable (CONNECTION)")).isEqualTo(2);
        assertThat(output.getOut()).contains("answered 503 (and 999 more since 2026-11-22T05:00:00Z)");
    }

    @Test
    void eachServiceAndReasonHasItsOwnLine(CapturedOutput output) {
        log.unavailable(CONNECTION_LOST, Problem.CORE_UNAVAILABLE);
        log.unavailable(new CoreUnavailable("core-billing", CoreUnavailable.Reason.TIMEOUT, null), Problem.TIMEOUT);
        log.unavailable(new CoreUnavailable("core-enrollment", CoreUnavailable.Reason.CONNECTION, null),
                Problem.CORE_UNAVAILABLE);

        assertThat(lines(output, "core-billing unavailable (CONNECTION)")).isEqualTo(1);
        assertThat(lines(output, "core-billing unavailable (TIMEOUT): answered 504")).isEqualTo(1);
        assertThat(lines(output, "core-enrollment unavailable (CONNECTION)")).isEqualTo(1);
    }
}
