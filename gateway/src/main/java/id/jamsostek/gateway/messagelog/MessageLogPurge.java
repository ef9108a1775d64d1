package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Deletes whole months past their retention (entries, payloads, anchors of every instance), so what is left is
 * still whole chains: a month that is gone entirely is retention, a hole inside a month is a break. Every instance
 * may run it; the deletes do not collide. It deletes over its own connection ({@link PurgeConnection}): the
 * gateway's role may not delete from the log.
 */
@Component
public class MessageLogPurge extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(MessageLogPurge.class);

    private final PurgeConnection database;
    private final MessageLogSettings settings;
    private final Clock clock;

    MessageLogPurge(PurgeConnection database, MessageLogSettings settings, Clock clock) {
        this.database = database;
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
        return purgeBefore(firstKept)
                .doOnError(error -> log.warn("message log: the purge as database user {} failed (a member of"
                        + " jamsostek_message_log_purge? gateway.message-log.purge-database.username): {}",
                        database.user(), error.toString()))
                .doOnNext(deleted -> {
                    if (deleted > 0) {
                        log.info("message log: purged {} entries of the months before {}", deleted, firstKept);
                    }
                });
    }

    /** Deletes every month before {@code firstKept}, whole, in one transaction; returns the entries deleted. */
    private Mono<Long> purgeBefore(YearMonth firstKept) {
        String month = firstKept.toString();
        DatabaseClient db = database.db();
        return db.sql("delete from message_log_payload where month < :month").bind("month", month).then()
                .then(db.sql("delete from message_log_anchor where month < :month").bind("month", month).then())
                .then(db.sql("delete from message_log where month < :month").bind("month", month)
                        .fetch().rowsUpdated())
                .as(database.transaction()::transactional);
    }
}
