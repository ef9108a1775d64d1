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
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.RestPartners;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Registers one row of an employee batch at the core, for the employer the batch is of. */
@Component
public class EmployeeRowOutboxHandler extends BatchRowOutboxHandler<EmployerPlatform> {

    private final EmployerClient employers;
    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json;

    public EmployeeRowOutboxHandler(BatchStore batches, EmployerClient employers, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.EMPLOYEE_REGISTRATION, EmployeeBatchHandler.WORDS, batches, partners, EmployerPlatform.class,
                json);
        this.employers = employers;
        this.json = json;
    }

    @Override
    protected Optional<Refusal> outOfReach(EmployerPlatform platform, BatchRow row) {
        EmployerRef employer = EmployeeBatchHandler.employerOf(row.subject());
        return platform.mayActFor(employer.npp().value(), employer.division().value()) ? Optional.empty()
                : Optional.of(new Refusal("employer-out-of-scope", "the platform may no longer act for this employer"));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(EmployerPlatform platform, BatchRow row, String key,
            Deadline deadline) {
        EmployeeForm form = json.readValue(row.request(), EmployeeForm.class);
        return employers.register(EmployeeBatchHandler.employerOf(row.subject()), translator.registration(form), key,
                        deadline)
                .map(employee -> BatchStore.Settlement.created(employee.kpj()));
    }

    /** Already an employee: the KPJ only to a platform that may act for the division of that employment. */
    @Override
    protected Optional<String> existingKpjShownTo(EmployerPlatform platform, BatchRow row,
            CoreRejection.Details existing) {
        return EmployerProblems.existingKpjVisibleTo(platform, EmployeeBatchHandler.employerOf(row.subject()).npp()
                .value(), existing);
    }
}
