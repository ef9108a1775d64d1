package id.jamsostek.gateway.batch;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.gateway.outbox.OutboxHandler;
import id.jamsostek.gateway.outbox.OutboxItem;
import java.util.Optional;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works on one row of a batch of one kind: a row already settled is left alone; a row whose partner may no longer do
 * what it asks (disabled, or without the scope or the grant since the batch was accepted) is rejected saying why,
 * never submitted; otherwise the channel's core call settles it, a refusal of the core settles it the channel's way, and anything else (the core unavailable, the
 * database failing) leaves it pending for another attempt. The channel's call must reach the core under a key
 * derived from the row (its batch and index), so another attempt never creates anything twice.
 */
public abstract class BatchRowOutboxHandler implements OutboxHandler {

    private final BatchKind kind;
    private final BatchVocabulary words;
    private final BatchStore batches;
    private final JsonMapper json;

    protected BatchRowOutboxHandler(BatchKind kind, BatchVocabulary words, BatchStore batches, JsonMapper json) {
        this.kind = kind;
        this.words = words;
        this.batches = batches;
        this.json = json;
    }

    /** Why the row's partner may no longer do what the row asks: the problem's slug and detail. */
    public record Refusal(String slug, String detail) {}

    /**
     * Whether the row's partner, as registered now, may still do what the row asks; empty when it may. A batch is
     * judged when it is accepted and its rows run later: a partner disabled or narrowed in between stops them.
     */
    protected abstract Mono<Optional<Refusal>> withdrawn(BatchRow row);

    /** The channel's core call for a pending row: what became of it, or a {@link CoreRejection}. */
    protected abstract Mono<BatchStore.Settlement> submit(BatchRow row);

    /**
     * What a refusal of the core makes of the row: by default rejected, with the problem pointing at the first
     * field the core found at fault (or the row). A channel overrides it for the refusals that mean "exists".
     */
    protected Mono<BatchStore.Settlement> refused(BatchRow row, CoreRejection rejection) {
        CoreRejection.Details details = rejection.details();
        boolean fields = !details.errors().isEmpty();
        String pointer = "/items/" + row.index() + (fields ? details.errors().getFirst().pointer() : "");
        String detail = fields ? details.errors().getFirst().detail() : rejection.slug();
        return Mono.just(BatchStore.Settlement.rejected(RowProblem.json(json, words, rejection.slug(), detail, pointer)));
    }

    @Override
    public final String kind() {
        return kind.outboxKind();
    }

    @Override
    public final Mono<Result> handle(OutboxItem item) {
        return batches.row(item.aggregateId())
                .filter(row -> row.outcome() == BatchRow.Outcome.PENDING)
                .flatMap(this::settle)
                .defaultIfEmpty(DONE);
    }

    private Mono<Result> settle(BatchRow row) {
        return withdrawn(row)
                .flatMap(refusal -> refusal.isPresent()
                        ? Mono.just(BatchStore.Settlement.rejected(RowProblem.json(json, words, refusal.get().slug(),
                                refusal.get().detail(), "/items/" + row.index())))
                        : Mono.defer(() -> submit(row))
                                .onErrorResume(CoreRejection.class, rejection -> refused(row, rejection)))
                .flatMap(settlement -> batches.settle(row.id(), settlement).thenReturn(DONE))
                .onErrorResume(error -> Mono.just(new Result.TryAgain(error instanceof CoreUnavailable unavailable
                        ? unavailable.reason().name() : error.getClass().getSimpleName())));
    }
}
