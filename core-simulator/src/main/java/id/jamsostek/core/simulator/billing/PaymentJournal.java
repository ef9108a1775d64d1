package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/** The payments posted, by idempotency key and by bill. Only successful postings are kept: a refusal burns no key. */
public final class PaymentJournal implements Ledger {

    private record KeyedPosting(PaymentRequest request, Posting posting) {
    }

    private final ConcurrentMap<String, KeyedPosting> byKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Posting> byBill = new ConcurrentHashMap<>();
    private final Queue<Posting> entries = new ConcurrentLinkedQueue<>();

    /**
     * Posts at most once per key. Requests under one key run one after the other (the map's per-key compute), so the
     * second of two concurrent ones sees the first's posting and replays it.
     */
    PostingResult postOnce(String key, PaymentRequest request, Supplier<Posting> poster) {
        PostingResult[] result = new PostingResult[1];
        byKey.compute(key, (k, earlier) -> {
            if (earlier == null) {
                result[0] = new PostingResult(poster.get(), false);
                return new KeyedPosting(request, result[0].posting());
            }
            if (!earlier.request().equals(request)) {
                throw new CoreProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "this Idempotency-Key was used for another payment request");
            }
            result[0] = new PostingResult(earlier.posting(), true);
            return earlier;
        });
        return result[0];
    }

    /** Called by the poster inside {@link #postOnce}, under the bill's account lock. */
    void record(Posting posting) {
        if (byBill.putIfAbsent(posting.billId(), posting) != null) {
            throw new IllegalStateException("bill posted twice: " + posting.billId());
        }
        entries.add(posting);
    }

    boolean isPaid(String billId) {
        return byBill.containsKey(billId);
    }

    @Override
    public int postingsForBill(String billId) {
        return (int) entries.stream().filter(p -> p.billId().equals(billId)).count();
    }

    @Override
    public int postingsForKey(String idempotencyKey) {
        return (int) entries.stream().filter(p -> p.idempotencyKey().equals(idempotencyKey)).count();
    }

    @Override
    public int totalPostings() {
        return entries.size();
    }

    @Override
    public List<Posting> postings() {
        return List.copyOf(entries);
    }

    @Override
    public Optional<Posting> postingForKey(String idempotencyKey) {
        return Optional.ofNullable(byKey.get(idempotencyKey)).map(KeyedPosting::posting);
    }
}
