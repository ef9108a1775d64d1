package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes whole months past their retention (entries, payloads, anchors of every instance), so what is left is
 * still whole chains: a month that is gone entirely is retention, a hole inside a month is a break. Every instance
 * may run it; the deletes do not collide.
 */
@Component
public class MessageLogPurge extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(MessageLogPurge.class);

    private final MessageLogStore store;
    private final MessageLogSettings settings;
    private final Clock clock;

    public MessageLogPurge(MessageLogStore store, MessageLogSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected Duration interval() {
        return settings.purgeInterval();
    }

    @Override
    protected Mono<Long> round() {
        return purge();
    }

    /** The first month kept: the months that end within the retention, counted from this month in Jakarta. */
    YearMonth firstKept() {
        return MessageLogWriter.monthOf(clock.instant()).minusMonths(settings.retention().toTotalMonths());
    }

    /** Deletes the months before {@link #firstKept()}; returns how many entries went. */
    public Mono<Long> purge() {
        YearMonth firstKept = firstKept();
        return store.purgeBefore(firstKept).doOnNext(deleted -> {
            if (deleted > 0) {
                log.info("message log: purged {} entries of the months before {}", deleted, firstKept);
            }
        });
    }
}
