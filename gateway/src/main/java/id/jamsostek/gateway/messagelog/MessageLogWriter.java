package id.jamsostek.gateway.messagelog;

import id.jamsostek.snap.SnapTimestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The one writer of this instance's chains. Exchanges queue up in arrival order; one batch at a time is sequenced
 * (seq, prev hash, entry hash, sealed payload) and committed in one transaction, and each exchange's response is
 * released when its batch has committed (group commit): while a batch is being written the next one gathers, so
 * the cost is one round trip per batch, not per request, and nothing waits on a timer when the log is idle.
 *
 * <p>A restarted instance continues its chain from the last committed entry. Two processes under one instance id
 * collide on a seq: the loser reloads the head and sequences its batch again, so the chain stays one valid chain.
 * A batch that cannot be written (the database down) is logged and its responses go out: the business state they
 * report is already committed, and withholding them would help no one; those exchanges are missing from the log,
 * the chain itself stays whole.
 */
@Component
public class MessageLogWriter {

    private static final Logger log = LoggerFactory.getLogger(MessageLogWriter.class);
    private static final int CONFLICT_ATTEMPTS = 5;

    private final MessageLogStore store;
    private final PayloadArchive archive;
    private final Clock clock;
    private final MessageLogSettings settings;
    private final String instance;

    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    /** Where the next batch links; read and set only by the batch holding {@code writing}. */
    private volatile ChainHead head;
    /** The last committed head of every month this writer wrote, for the anchors. */
    private final Map<YearMonth, ChainHead> committed = new ConcurrentHashMap<>();

    public MessageLogWriter(MessageLogStore store, PayloadArchive archive, Clock clock, MessageLogSettings settings) {
        this.store = store;
        this.archive = archive;
        this.clock = clock;
        this.settings = settings;
        this.instance = settings.instance();
    }

    /**
     * @param release  where the exchange's response continues once its entry is committed: its connection's loop
     * @param queuedAt when it joined the queue, for {@link #lag()}
     */
    private record Pending(Captured exchange, Sinks.Empty<Void> done, Executor release, Instant queuedAt) {

        void committed() {
            release.execute(() -> done.tryEmitEmpty());
        }
    }

    public String instance() {
        return instance;
    }

    /**
     * Completes when the exchange's entry is committed (or, failing that, after the commit wait), on {@code release}:
     * the batch's commit arrives on the one thread of the writer's database connection, and every response of the
     * batch continuing there would make that thread the gateway's bottleneck.
     */
    public Mono<Void> append(Captured exchange, Executor release) {
        return Mono.defer(() -> {
                    Pending pending = new Pending(exchange, Sinks.empty(), release, clock.instant());
                    queue.add(pending);
                    drain();
                    return pending.done().asMono();
                })
                .timeout(settings.commitWait())
                .onErrorResume(TimeoutException.class, slow -> {
                    log.warn("message log: an entry was not committed within {}; the response goes out",
                            settings.commitWait());
                    return Mono.empty();
                });
    }

    /** Exchanges waiting for a batch. */
    public int queued() {
        return queue.size();
    }

    /** How long the oldest exchange waiting for a batch has waited: zero when none waits (MessageLogGauges). */
    public Duration lag() {
        Pending oldest = queue.peek();
        return oldest == null ? Duration.ZERO : Duration.between(oldest.queuedAt(), clock.instant());
    }

    /** The last committed head of each month this writer appended to. */
    public List<ChainHead> committedHeads() {
        return List.copyOf(committed.values());
    }

    private void drain() {
        while (!queue.isEmpty() && writing.compareAndSet(false, true)) {
            List<Pending> batch = new ArrayList<>();
            for (Pending next; batch.size() < settings.maxBatch() && (next = queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                writing.set(false);
                continue;
            }
            write(batch, 1)
                    .doFinally(signal -> {
                        batch.forEach(Pending::committed);
                        writing.set(false);
                        drain();
                    })
                    .subscribe();
            return;
        }
    }

    private Mono<Void> write(List<Pending> batch, int attempt) {
        Instant now = clock.instant();
        return headFor(monthOf(now))
                .flatMap(start -> {
                    List<MessageLogStore.Sequenced> rows = new ArrayList<>(batch.size());
                    ChainHead at = start;
                    for (Pending pending : batch) {
                        ChainEntry entry = at.next(pending.exchange(), now);
                        rows.add(new MessageLogStore.Sequenced(entry, archive.seal(entry, pending.exchange())));
                        at = ChainHead.of(entry);
                    }
                    ChainHead end = at;
                    return store.append(rows).then(Mono.fromRunnable(() -> {
                        head = end;
                        committed.put(end.month(), end);
                    }));
                })
                .then()
                .onErrorResume(DataIntegrityViolationException.class, conflict -> {
                    head = null;
                    if (attempt < CONFLICT_ATTEMPTS) {
                        return write(batch, attempt + 1);
                    }
                    return Mono.error(conflict);
                })
                .onErrorResume(error -> {
                    head = null;
                    log.error("message log: {} entries of instance {} not recorded: {}", batch.size(), instance,
                            error.toString());
                    return Mono.empty();
                });
    }

    /** The head to link to: the known one, or the chain's last entry in the database (after a start or a conflict). */
    private Mono<ChainHead> headFor(YearMonth month) {
        ChainHead known = head;
        if (known != null && !known.month().isBefore(month)) {
            return Mono.just(known); // same month, or the clock stepped back: a chain's month never goes back
        }
        return store.head(instance, month);
    }

    static YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(SnapTimestamp.JAKARTA));
    }
}
