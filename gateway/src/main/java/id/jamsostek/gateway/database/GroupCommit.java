package id.jamsostek.gateway.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One statement for the writes of many concurrent requests. Items queue while batches are in flight; the next batch
 * takes up to {@code maxBatch} of them into one statement (one round trip, one commit), and each caller gets its own
 * item's result once that statement has committed, on its own {@link ReleaseLoop}. Nothing waits on a timer: an item
 * arriving while no batch is in flight goes at once, alone, and under load the batches grow by themselves
 * (docs/architecture.md, "Group commit").
 *
 * @param <I> what a caller writes
 * @param <O> what it gets back; an empty result completes the caller's Mono empty
 */
public final class GroupCommit<I, O> {

    /** An item, its caller's result, and where the caller goes on once the batch has committed. */
    private record Pending<I, O>(I item, Sinks.One<O> result, Executor release) {

        void emit(Optional<O> value) {
            hand(() -> value.ifPresentOrElse(result::tryEmitValue, result::tryEmitEmpty));
        }

        void fail(Throwable error) {
            hand(() -> result.tryEmitError(error));
        }

        private void hand(Runnable signal) {
            try {
                release.execute(signal);
            } catch (RejectedExecutionException shuttingDown) {
                signal.run(); // the caller's loop has stopped: its result still arrives, here
            }
        }
    }

    private final Function<List<I>, Mono<List<Optional<O>>>> statement;
    private final int maxBatch;
    private final int maxInFlight;
    private final Queue<Pending<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    private static final int MAX_BATCH = 64;
    private static final int BATCHES_IN_FLIGHT = 2;

    /** Up to 64 items a batch, two batches in flight at most. */
    public GroupCommit(Function<List<I>, Mono<List<Optional<O>>>> statement) {
        this(statement, MAX_BATCH, BATCHES_IN_FLIGHT);
    }

    /**
     * @param statement writes a batch and answers one result per item, in the batch's order
     * @param maxInFlight batches at once: more keep connections busy, fewer make the batches larger
     */
    public GroupCommit(Function<List<I>, Mono<List<Optional<O>>>> statement, int maxBatch, int maxInFlight) {
        this.statement = statement;
        this.maxBatch = maxBatch;
        this.maxInFlight = maxInFlight;
    }

    /** The item's result, handed back on the caller's {@link ReleaseLoop} once its batch has committed. */
    public Mono<O> submit(I item) {
        return Mono.deferContextual(context -> {
            Pending<I, O> pending = new Pending<>(item, Sinks.one(), ReleaseLoop.in(context));
            queue.add(pending);
            drain();
            return pending.result().asMono();
        });
    }

    private void drain() {
        while (!queue.isEmpty()) {
            int running = inFlight.get();
            if (running >= maxInFlight) {
                return; // the batch in flight drains again when it ends
            }
            if (!inFlight.compareAndSet(running, running + 1)) {
                continue;
            }
            List<Pending<I, O>> batch = new ArrayList<>();
            for (Pending<I, O> next; batch.size() < maxBatch && (next = queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                inFlight.decrementAndGet();
                continue;
            }
            write(batch);
        }
    }

    private void write(List<Pending<I, O>> batch) {
        Mono<List<Optional<O>>> written;
        try {
            written = statement.apply(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException unwritable) {
            written = Mono.error(unwritable);
        }
        written.defaultIfEmpty(List.of()).subscribe(
                results -> {
                    try {
                        for (int i = 0; i < batch.size(); i++) {
                            batch.get(i).emit(i < results.size() ? results.get(i) : Optional.empty());
                        }
                    } finally {
                        ended();
                    }
                },
                error -> {
                    try {
                        batch.forEach(pending -> pending.fail(error));
                    } finally {
                        ended();
                    }
                });
    }

    private void ended() {
        inFlight.decrementAndGet();
        drain();
    }
}
