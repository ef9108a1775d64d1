package id.jamsostek.core.simulator.idempotency;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The first result under each Idempotency-Key of one operation, with the request it answered. Requests under one key
 * run one after the other (the map's per-key compute), so the second of two concurrent ones replays the first. A
 * refusal (an exception) records nothing: the key is evaluated afresh next time.
 *
 * @param <Q> the parsed request: two requests are the same when equal, whatever their JSON's key order or spacing
 * @param <R> the result
 */
public final class IdempotencyRecords<Q, R> {

    private record Entry<Q, R>(Q request, R result) {
    }

    private final ConcurrentMap<String, Entry<Q, R>> byKey = new ConcurrentHashMap<>();

    /**
     * The result recorded under the key (replayed), or the one {@code action} makes now, recorded when
     * {@code worthRecording} says so. Throws {@code idempotency-key-reused} when the key answered another request.
     */
    public Outcome<R> once(String key, Q request, Supplier<R> action, Predicate<R> worthRecording) {
        @SuppressWarnings("unchecked")
        Outcome<R>[] outcome = new Outcome[1];
        byKey.compute(key, (k, earlier) -> {
            if (earlier == null) {
                R result = action.get();
                outcome[0] = new Outcome<>(result, false);
                return worthRecording.test(result) ? new Entry<>(request, result) : null;
            }
            if (!earlier.request().equals(request)) {
                throw new CoreProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used for another request");
            }
            outcome[0] = new Outcome<>(earlier.result(), true);
            return earlier;
        });
        return outcome[0];
    }

    /** A result, and whether it was made by an earlier request under the same key. */
    public record Outcome<R>(R result, boolean replayed) {
    }
}
