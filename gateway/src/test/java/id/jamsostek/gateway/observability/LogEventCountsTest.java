package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogEventCountsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("it.log-event-counts");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LogEventCounts counts = new LogEventCounts();

    @AfterEach
    void detach() {
        counts.destroy();
        logger.setLevel(null);
    }

    private double logged(String level) {
        return registry.get("logback.events").tag("level", level).counter().count();
    }

    @Test
    void countsTheEventsLoggedByLevelAndNotTheLevelsThatAreOff() {
        logger.setLevel(Level.INFO);
        counts.bindTo(registry);

        logger.error("one error");
        logger.warn("one warning");
        logger.warn("another warning");
        logger.debug("off at INFO");

        assertThat(logged("error")).isEqualTo(1);
        assertThat(logged("warn")).isEqualTo(2);
        assertThat(logged("debug")).isZero();
        assertThat(registry.get("logback.events").counters()).hasSize(5);
    }

    @Test
    void countsNothingOnceTheApplicationClosed() {
        counts.bindTo(registry);
        counts.destroy();

        logger.error("after the close");

        assertThat(logged("error")).isZero();
    }
}
