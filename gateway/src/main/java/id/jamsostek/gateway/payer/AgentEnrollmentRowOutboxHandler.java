package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.AgentEnrollmentForm;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRow;
import id.jamsostek.gateway.batch.BatchRowOutboxHandler;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.village.EnrollmentBatchRows;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers one row of an agent's batch at the core as a single agent enrollment does: through the AGENT channel
 * under the agent's id in the agency's register, so the worker is the agent's. The key toward the core is derived
 * from the row (its batch and index), so a retry never registers anyone twice.
 */
@Component
public class AgentEnrollmentRowOutboxHandler extends BatchRowOutboxHandler {

    static final String OPERATION = "agent-enrollment-batch";
    private static final String SCOPE = "agent.enroll";
    private static final Duration ATTEMPT_BUDGET = Duration.ofSeconds(10);

    private final EnrollmentClient enrollments;
    private final RestPartners partners;
    private final PayerTranslator translator = new PayerTranslator();
    private final JsonMapper json;

    public AgentEnrollmentRowOutboxHandler(BatchStore batches, EnrollmentClient enrollments, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.AGENT_ENROLLMENT, EnrollmentBatchRows.WORDS, batches, json);
        this.enrollments = enrollments;
        this.partners = partners;
        this.json = json;
    }

    @Override
    protected Mono<Optional<Refusal>> withdrawn(BatchRow row) {
        return agent(row)
                .map(agent -> agent.scopes().contains(SCOPE) ? Optional.<Refusal>empty()
                        : Optional.of(new Refusal("insufficient-scope", "the partner no longer has the scope " + SCOPE)))
                .defaultIfEmpty(Optional.of(new Refusal("insufficient-scope", "the partner is disabled")));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(BatchRow row) {
        AgentEnrollmentForm form = json.readValue(row.request(), AgentEnrollmentForm.class);
        String key = CoreKeys.derive(row.partnerId(), OPERATION, row.batchId() + "/" + row.index());
        return agent(row)
                .flatMap(agent -> enrollments.enroll(translator.toCommand(form, agent.payerId()), key,
                        Deadline.in(ATTEMPT_BUDGET)))
                .map(result -> BatchStore.Settlement.created(result.kpj()));
    }

    /** A worker who is a participant already: no KPJ, as for a single agent enrollment (the agent sees only its own). */
    @Override
    protected Mono<BatchStore.Settlement> refused(BatchRow row, CoreRejection rejection) {
        return rejection.is(CoreRejection.ALREADY_PARTICIPANT) ? Mono.just(BatchStore.Settlement.existing(null))
                : super.refused(row, rejection);
    }

    private Mono<PayerPartner> agent(BatchRow row) {
        return partners.byId(row.partnerId()).ofType(PayerPartner.class)
                .filter(partner -> partner.enabled() && partner.kind() == PayerPartner.Kind.AGENT);
    }
}
