package id.jamsostek.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.Poll;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class PeriodicTaskTest {

    @Test
    void aFailedRoundIsLoggedAndTheNextOneStillComes() {
        AtomicInteger rounds = new AtomicInteger();
        PeriodicTask task = new PeriodicTask() {
            @Override
            protected Duration interval() {
                return Duration.ofMillis(10);
            }

            @Override
            protected Mono<?> round() {
                return rounds.incrementAndGet() == 1 ? Mono.error(new IllegalStateException("database down"))
                        : Mono.just(rounds.get());
            }
        };
        task.start();
        try {
            assertThat(Poll.until(Duration.ofSeconds(5), () -> rounds.get() >= 3)).isTrue();
            assertThat(task.isRunning()).isTrue();
        } finally {
            task.stop();
        }
    }
}
