package id.jamsostek.gateway.village;

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
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Enrolls one row of a village's batch at the core; the relay's concurrency bounds the calls. */
@Component
public class EnrollmentRowOutboxHandler extends BatchRowOutboxHandler<VillagePartner> {

    private final EnrollmentClient enrollments;
    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json;

    public EnrollmentRowOutboxHandler(BatchStore batches, EnrollmentClient enrollments, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.VILLAGE_ENROLLMENT, EnrollmentBatchRows.WORDS, batches, partners, VillagePartner.class, json);
        this.enrollments = enrollments;
        this.json = json;
    }

    @Override
    protected Optional<Refusal> outOfReach(VillagePartner partner, BatchRow row) {
        return partner.serves(RegionCode.of(form(row).villageCode())) ? Optional.empty()
                : Optional.of(new Refusal("region-out-of-scope", "the village is no longer in the partner's regions"));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(VillagePartner partner, BatchRow row, String key, Deadline deadline) {
        return enrollments.enroll(translator.toCommand(form(row), row.partnerId()), key, deadline)
                .map(result -> BatchStore.Settlement.created(result.kpj()));
    }

    /** Someone already a participant: their KPJ is told only when that membership is in the partner's regions. */
    @Override
    protected Optional<String> existingKpjShownTo(VillagePartner partner, BatchRow row,
            CoreRejection.Details existing) {
        return EnrollmentRules.kpjVisibleTo(partner, existing);
    }

    private VillageEnrollmentForm form(BatchRow row) {
        return json.readValue(row.request(), VillageEnrollmentForm.class);
    }
}
