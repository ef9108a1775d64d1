package id.jamsostek.gateway.village;

import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.village.VillageEnrollmentForm;
import id.jamsostek.adapters.village.VillageEnrollmentTranslator;
import id.jamsostek.contracts.RegionCode;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRow;
import id.jamsostek.gateway.batch.BatchRowOutboxHandler;
import id.jamsostek.gateway.batch.BatchStore;
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
public class EnrollmentRowOutboxHandler extends BatchRowOutboxHandler {

    static final String OPERATION = "village-enrollment-batch";
    private static final String SCOPE = "village.enroll";
    private static final Duration ATTEMPT_BUDGET = Duration.ofSeconds(10);

    private final EnrollmentClient enrollments;
    private final RestPartners partners;
    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json;

    public EnrollmentRowOutboxHandler(BatchStore batches, EnrollmentClient enrollments, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.VILLAGE_ENROLLMENT, EnrollmentBatchRows.WORDS, batches, json);
        this.enrollments = enrollments;
        this.partners = partners;
        this.json = json;
    }

    @Override
    protected Mono<Optional<Refusal>> withdrawn(BatchRow row) {
        String villageCode = json.readValue(row.request(), VillageEnrollmentForm.class).villageCode();
        return partners.byId(row.partnerId())
                .ofType(VillagePartner.class)
                .filter(VillagePartner::enabled)
                .map(partner -> !partner.scopes().contains(SCOPE)
                        ? Optional.of(new Refusal("insufficient-scope", "the partner no longer has the scope " + SCOPE))
                        : partner.serves(RegionCode.of(villageCode))
                                ? Optional.<Refusal>empty()
                                : Optional.of(new Refusal("region-out-of-scope",
                                        "the village is no longer in the partner's regions")))
                .defaultIfEmpty(Optional.of(new Refusal("insufficient-scope", "the partner is disabled")));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(BatchRow row) {
        VillageEnrollmentForm form = json.readValue(row.request(), VillageEnrollmentForm.class);
        String key = CoreKeys.derive(row.partnerId(), OPERATION, row.batchId() + "/" + row.index());
        return enrollments.enroll(translator.toCommand(form, row.partnerId()), key, Deadline.in(ATTEMPT_BUDGET))
                .map(result -> BatchStore.Settlement.created(result.kpj()));
    }

    /** Someone already a participant: their KPJ is told only when that membership is in the partner's regions. */
    @Override
    protected Mono<BatchStore.Settlement> refused(BatchRow row, CoreRejection rejection) {
        if (!rejection.is(CoreRejection.ALREADY_PARTICIPANT)) {
            return super.refused(row, rejection);
        }
        return partners.byId(row.partnerId())
                .ofType(VillagePartner.class)
                .map(partner -> EnrollmentRules.kpjVisibleTo(partner, rejection.details()))
                .defaultIfEmpty(Optional.empty())
                .map(kpj -> BatchStore.Settlement.existing(kpj.orElse(null)));
    }
}
