package id.jamsostek.gateway.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * {@code logback.events{level}}: the log events logged, per level, which the dashboards show as errors and warnings per
 * second. Micrometer's binder counts them in a turbo filter, and logback asks every turbo filter on every check of a
 * level, also of levels that are off (Reactor and Netty check debug at every step): 1.8 % of a payment's samples and
 * 3.6 % of a pass-through's went there. An appender of the root logger sees only the events that are logged.
 */
@Component
class LogEventCounts implements MeterBinder, DisposableBean {

    private static final List<Level> LEVELS = List.of(Level.ERROR, Level.WARN, Level.INFO, Level.DEBUG, Level.TRACE);

    private final List<Counting> attached = new ArrayList<>();

    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            Counting counting = new Counting(registry);
            counting.setContext(context);
            counting.start();
            root(context).addAppender(counting);
            attached.add(counting);
        }
    }

    /** Another application in the same JVM (tests) must not count this one's events after it closed. */
    @Override
    public synchronized void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            attached.forEach(counting -> {
                root(context).detachAppender(counting);
                counting.stop();
            });
        }
        attached.clear();
    }

    private static Logger root(LoggerContext context) {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static final class Counting extends UnsynchronizedAppenderBase<ILoggingEvent> {

        private final Counter[] byLevel = new Counter[LEVELS.size()];

        Counting(MeterRegistry registry) {
            for (int i = 0; i < LEVELS.size(); i++) {
                byLevel[i] = Counter.builder("logback.events")
                        .tag("level", LEVELS.get(i).levelStr.toLowerCase(Locale.ROOT))
                        .description("Number of log events logged, by level")
                        .baseUnit(BaseUnits.EVENTS)
                        .register(registry);
            }
        }

        @Override
        protected void append(ILoggingEvent event) {
            int index = LEVELS.indexOf(event.getLevel());
            if (index >= 0) {
                byLevel[index].increment();
            }
        }
    }
}
