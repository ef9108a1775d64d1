package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.gateway.outbox.OutboxHandler;
import id.jamsostek.gateway.outbox.OutboxItem;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.partner.VillagePartner;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolls one row of a batch at the core. The row's key toward the core is derived from its batch and index, so a
 * retry after a restart or an outage never enrolls anyone twice; the relay's concurrency bounds the calls.
 */
@Component
public class EnrollmentRowOutboxHandler implements OutboxHandler {

    static final String OPERATION = "village-enrollment-batch";
    private static final Duration ATTEMPT_BUDGET = Duration.ofSeconds(10);

    private final EnrollmentBatchStore batches;
    private final EnrollmentClient enrollments;
    private final RestPartners partners;
    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json;

    public EnrollmentRowOutboxHandler(EnrollmentBatchStore batches, EnrollmentClient enrollments,
            RestPartners partners, JsonMapper json) {
        this.batches = batches;
        this.enrollments = enrollments;
        this.partners = partners;
        this.json = json;
    }

    @Override
    public String kind() {
        return EnrollmentBatchStore.OUTBOX_KIND;
    }

    @Override
    public Mono<Result> handle(OutboxItem item) {
        return batches.row(item.aggregateId())
                .filter(row -> row.outcome() == BatchRow.Outcome.PENDING)
                .flatMap(this::enroll)
                .defaultIfEmpty(DONE);
    }

    private Mono<Result> enroll(BatchRow row) {
        VillageEnrollmentForm form = json.readValue(row.request(), VillageEnrollmentForm.class);
        String key = CoreKeys.derive(row.partnerId(), OPERATION, row.batchId() + "/" + row.index());
        return enrollments.enroll(translator.toCommand(form, row.partnerId()), key, Deadline.in(ATTEMPT_BUDGET))
                .flatMap(result -> batches.settle(row.id(), BatchRow.Outcome.ENROLLED, result.kpj(), null)
                        .thenReturn(DONE))
                .onErrorResume(CoreRejection.class, rejection -> refused(row, rejection).thenReturn(DONE))
                .onErrorResume(error -> !(error instanceof CoreRejection),
                        unavailable -> Mono.just(new Result.TryAgain(unavailable instanceof CoreUnavailable known
                                ? known.reason().name() : unavailable.getClass().getSimpleName())));
    }

    private Mono<Void> refused(BatchRow row, CoreRejection rejection) {
        CoreRejection.Details details = rejection.details();
        if (rejection.is(CoreRejection.ALREADY_PARTICIPANT)) {
            return partners.byId(row.partnerId())
                    .ofType(VillagePartner.class)
                    .map(partner -> EnrollmentRules.kpjVisibleTo(partner, details))
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(kpj -> batches.settle(row.id(), BatchRow.Outcome.ALREADY_PARTICIPANT, kpj.orElse(null),
                            null));
        }
        boolean fields = !details.errors().isEmpty();
        String pointer = "/items/" + row.index() + (fields ? details.errors().getFirst().pointer() : "");
        String detail = fields ? details.errors().getFirst().detail() : rejection.slug();
        return batches.settle(row.id(), BatchRow.Outcome.REJECTED, null,
                RowProblem.json(json, rejection.slug(), detail, pointer));
    }
}
