package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.AgentEnrollmentForm;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRow;
import id.jamsostek.gateway.batch.BatchRowOutboxHandler;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.village.EnrollmentBatchRows;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers one row of an agent's batch at the core as a single agent enrollment does: through the AGENT channel
 * under the agent's id in the agency's register, so the worker is the agent's. A worker who is a participant already
 * is told without a KPJ, as for a single agent enrollment (the agent sees only its own).
 */
@Component
public class AgentEnrollmentRowOutboxHandler extends BatchRowOutboxHandler<PayerPartner> {

    private final EnrollmentClient enrollments;
    private final PayerTranslator translator = new PayerTranslator();
    private final JsonMapper json;

    public AgentEnrollmentRowOutboxHandler(BatchStore batches, EnrollmentClient enrollments, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.AGENT_ENROLLMENT, EnrollmentBatchRows.WORDS, batches, partners, PayerPartner.class, json);
        this.enrollments = enrollments;
        this.json = json;
    }

    /** An agent reaches every village; a donor never runs an agent's batch. */
    @Override
    protected Optional<Refusal> outOfReach(PayerPartner partner, BatchRow row) {
        return partner.kind() == PayerPartner.Kind.AGENT ? Optional.empty()
                : Optional.of(new Refusal("insufficient-scope", "the partner is not an agent"));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(PayerPartner agent, BatchRow row, String key, Deadline deadline) {
        AgentEnrollmentForm form = json.readValue(row.request(), AgentEnrollmentForm.class);
        return enrollments.enroll(translator.toCommand(form, agent.payerId()), key, deadline)
                .map(result -> BatchStore.Settlement.created(result.kpj()));
    }
}
