package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.employer.EmployeeForm;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.batch.BatchAnswers;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRequest;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.batch.BatchVocabulary;
import id.jamsostek.gateway.batch.RowProblem;
import id.jamsostek.gateway.caller.EmployerCaller;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches of registrations for the employer of the path, on the batch machinery every channel shares: accepted
 * whole (202) once the core knows the employer, each row then registered by the outbox relay; the same person
 * twice in a batch is rejected at once with a pointer into it.
 */
@Component
public class EmployeeBatchHandler {

    public static final String PATH = "/employer/v1/employee-batches/";

    static final BatchVocabulary WORDS = new BatchVocabulary(
            new BatchVocabulary.Term("REGISTERED", "registered"),
            new BatchVocabulary.Term("ALREADY_EMPLOYEE", "alreadyEmployee"),
            "The registration was not made", List.of("npp", "division"));

    private final EmployerClient employers;
    private final BatchStore batches;
    private final BatchAnswers answers;
    private final EmployerSettings settings;
    private final JsonMapper json;

    public EmployeeBatchHandler(EmployerClient employers, BatchStore batches, BatchAnswers answers,
            EmployerSettings settings, JsonMapper json) {
        this.employers = employers;
        this.batches = batches;
        this.answers = answers;
        this.settings = settings;
        this.json = json;
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            EmployerRef employer = EmployerRequests.employer(request);
            JsonNode items = BatchRequest.items(request.exchange(), settings.maxBatchSize());
            List<BatchStore.NewRow> rows = new ArrayList<>();
            Set<String> people = new HashSet<>();
            for (int index = 0; index < items.size(); index++) {
                EmployeeForm form = json.treeToValue(items.get(index), EmployeeForm.class);
                String person = form.nik() != null ? "nik:" + form.nik()
                        : "passport:" + form.nationality() + "/" + form.passportNo();
                String problem = people.add(person) ? null : RowProblem.json(json, WORDS, "duplicate-in-batch",
                        "this person is already in the batch", "/items/" + index);
                rows.add(new BatchStore.NewRow(index, json.writeValueAsString(items.get(index)), problem));
            }
            // an employer the core does not know is refused now, not row by row later
            return employers.profile(employer, caller.deadline())
                    .onErrorMap(CoreRejection.class,
                            rejection -> EmployerProblems.of(rejection, caller, employer.npp().value()))
                    .then(Mono.defer(() -> batches.create(BatchKind.EMPLOYEE_REGISTRATION, caller.partnerId(),
                            subject(employer), rows)))
                    .flatMap(batch -> answers.accepted(batch, rows.size(), PATH + batch));
        });
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return Mono.defer(() -> answers.status(request, EmployerRequests.caller(request).partnerId(),
                BatchKind.EMPLOYEE_REGISTRATION, WORDS));
    }

    /** How a batch names its employer: "NPP/division", read back by {@link EmployeeRowOutboxHandler}. */
    static String subject(EmployerRef employer) {
        return employer.npp().value() + "/" + employer.division().value();
    }

    static EmployerRef employerOf(String subject) {
        String[] parts = subject.split("/");
        return EmployerRef.of(parts[0], parts[1]);
    }
}
