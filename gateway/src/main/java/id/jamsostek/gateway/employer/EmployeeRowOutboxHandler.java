package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.employer.EmployeeForm;
import id.jamsostek.adapters.employer.EmployerTranslator;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRow;
import id.jamsostek.gateway.batch.BatchRowOutboxHandler;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.RestPartners;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers one row of an employee batch at the core, under a key derived from its batch and index: a retry after a
 * restart or an outage registers nobody twice.
 */
@Component
public class EmployeeRowOutboxHandler extends BatchRowOutboxHandler {

    static final String OPERATION = "employer-employee-batch";
    private static final String SCOPE = "employer.employees";
    private static final Duration ATTEMPT_BUDGET = Duration.ofSeconds(10);

    private final EmployerClient employers;
    private final RestPartners partners;
    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json;

    public EmployeeRowOutboxHandler(BatchStore batches, EmployerClient employers, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.EMPLOYEE_REGISTRATION, EmployeeBatchHandler.WORDS, batches, json);
        this.employers = employers;
        this.partners = partners;
        this.json = json;
    }

    @Override
    protected Mono<Optional<Refusal>> withdrawn(BatchRow row) {
        EmployerRef employer = EmployeeBatchHandler.employerOf(row.subject());
        return partners.byId(row.partnerId())
                .ofType(EmployerPlatform.class)
                .filter(EmployerPlatform::enabled)
                .map(platform -> !platform.scopes().contains(SCOPE)
                        ? Optional.of(new Refusal("insufficient-scope", "the platform no longer has the scope " + SCOPE))
                        : platform.mayActFor(employer.npp().value(), employer.division().value())
                                ? Optional.<Refusal>empty()
                                : Optional.of(new Refusal("employer-out-of-scope",
                                        "the platform may no longer act for this employer")))
                .defaultIfEmpty(Optional.of(new Refusal("insufficient-scope", "the platform is disabled")));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(BatchRow row) {
        EmployeeForm form = json.readValue(row.request(), EmployeeForm.class);
        String key = CoreKeys.derive(row.partnerId(), OPERATION, row.batchId() + "/" + row.index());
        return employers.register(EmployeeBatchHandler.employerOf(row.subject()), translator.registration(form), key,
                        Deadline.in(ATTEMPT_BUDGET))
                .map(employee -> BatchStore.Settlement.created(employee.kpj()));
    }

    /** Already an employee: the KPJ only to a platform that may act for the division of that employment. */
    @Override
    protected Mono<BatchStore.Settlement> refused(BatchRow row, CoreRejection rejection) {
        if (!rejection.is(CoreRejection.ALREADY_EMPLOYEE)) {
            return super.refused(row, rejection);
        }
        EmployerRef employer = EmployeeBatchHandler.employerOf(row.subject());
        return partners.byId(row.partnerId())
                .ofType(EmployerPlatform.class)
                .map(platform -> EmployerProblems.existingKpjVisibleTo(platform, employer.npp().value(),
                        rejection.details()))
                .defaultIfEmpty(Optional.empty())
                .map(kpj -> BatchStore.Settlement.existing(kpj.orElse(null)));
    }
}
