package id.jamsostek.gateway.batch;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.outbox.OutboxHandler;
import id.jamsostek.gateway.outbox.OutboxItem;
import id.jamsostek.gateway.partner.RestPartner;
import id.jamsostek.gateway.partner.RestPartners;
import java.time.Duration;
import java.util.Optional;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works on one row of a batch of one kind: a row already settled is left alone; a row whose partner may no longer do
 * what it asks (disabled, without the kind's scope, or beyond its reach since the batch was accepted) is rejected
 * saying why, never submitted; otherwise the channel's core call settles it, under a key derived from the row (its
 * batch and index) so that another attempt never creates anything twice. A refusal of the core that means the thing
 * exists already settles it as existing, any other refusal rejects it, and anything else (the core unavailable, the
 * database failing) leaves it pending for another attempt.
 *
 * @param <P> the kind of partner whose batches these are
 */
public abstract class BatchRowOutboxHandler<P extends RestPartner> implements OutboxHandler {

    private static final Duration ATTEMPT_BUDGET = Duration.ofSeconds(10);

    private final BatchKind kind;
    private final BatchVocabulary words;
    private final BatchStore batches;
    private final RestPartners partners;
    private final Class<P> partnerType;
    private final JsonMapper json;

    protected BatchRowOutboxHandler(BatchKind kind, BatchVocabulary words, BatchStore batches, RestPartners partners,
            Class<P> partnerType, JsonMapper json) {
        this.kind = kind;
        this.words = words;
        this.batches = batches;
        this.partners = partners;
        this.partnerType = partnerType;
        this.json = json;
    }

    /** Why the row's partner may no longer do what the row asks: the problem's slug and detail. */
    public record Refusal(String slug, String detail) {}

    /**
     * Why what the row asks is now beyond the reach of its partner (enabled, with the scope): its regions, its
     * employers; empty when within. A batch is judged when it is accepted and its rows run later: a partner narrowed
     * in between stops them.
     */
    protected abstract Optional<Refusal> outOfReach(P partner, BatchRow row);

    /**
     * The channel's core call for a pending row: what became of it, or a {@link CoreRejection}.
     *
     * @param key      the key toward the core, derived from the row
     * @param deadline the budget of this attempt
     */
    protected abstract Mono<BatchStore.Settlement> submit(P partner, BatchRow row, String key, Deadline deadline);

    /**
     * A refusal of the core as the channel's single operation tells it: its problem's slug, and the detail for a
     * refusal that names no field; by default the core's own slug, as detail too.
     */
    protected Refusal toldAs(CoreRejection rejection) {
        return new Refusal(rejection.slug(), rejection.slug());
    }

    /** The KPJ of what exists already that the partner may be told; by default none. */
    protected Optional<String> existingKpjShownTo(P partner, BatchRow row, CoreRejection.Details existing) {
        return Optional.empty();
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
        return partners.byId(row.partnerId()).ofType(partnerType).filter(RestPartner::enabled)
                .flatMap(partner -> settlement(partner, row))
                .switchIfEmpty(Mono.fromSupplier(() -> rejected(row, new Refusal("insufficient-scope",
                        "the partner is disabled"))))
                .flatMap(settlement -> batches.settle(row.id(), settlement).thenReturn(DONE))
                .onErrorResume(error -> Mono.just(new Result.TryAgain(error instanceof CoreUnavailable unavailable
                        ? unavailable.reason().name() : error.getClass().getSimpleName())));
    }

    private Mono<BatchStore.Settlement> settlement(P partner, BatchRow row) {
        Optional<Refusal> withdrawn = withdrawn(partner, row);
        if (withdrawn.isPresent()) {
            return Mono.just(rejected(row, withdrawn.get()));
        }
        String key = CoreKeys.derive(row.partnerId(), kind.operation(), row.batchId() + "/" + row.index());
        return submit(partner, row, key, Deadline.in(ATTEMPT_BUDGET))
                .onErrorResume(CoreRejection.class, rejection -> Mono.just(refused(partner, row, rejection)));
    }

    private Optional<Refusal> withdrawn(P partner, BatchRow row) {
        return partner.scopes().contains(kind.scope()) ? outOfReach(partner, row)
                : Optional.of(new Refusal("insufficient-scope", "the partner no longer has the scope " + kind.scope()));
    }

    private BatchStore.Settlement rejected(BatchRow row, Refusal refusal) {
        return BatchStore.Settlement.rejected(RowProblem.json(json, words, refusal.slug(), refusal.detail(),
                "/items/" + row.index()));
    }

    /** Exists already, or rejected with the problem pointing at the first field the core found at fault (or the row). */
    private BatchStore.Settlement refused(P partner, BatchRow row, CoreRejection rejection) {
        CoreRejection.Details details = rejection.details();
        if (rejection.is(kind.existsAlready())) {
            return BatchStore.Settlement.existing(existingKpjShownTo(partner, row, details).orElse(null));
        }
        boolean fields = !details.errors().isEmpty();
        Refusal told = toldAs(rejection);
        String pointer = "/items/" + row.index() + (fields ? details.errors().getFirst().pointer() : "");
        String detail = fields ? details.errors().getFirst().detail() : told.detail();
        return BatchStore.Settlement.rejected(RowProblem.json(json, words, told.slug(), detail, pointer));
    }
}
