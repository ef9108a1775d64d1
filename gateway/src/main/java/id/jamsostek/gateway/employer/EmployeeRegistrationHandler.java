package id.jamsostek.gateway.employer;

import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.employer.EmployeeForm;
import id.jamsostek.adapters.employer.EmployerTranslator;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers one employee with the employer of the path. The key toward the core is derived from the caller's
 * Idempotency-Key, so a retry registers nobody twice; the core decides the programs, the KPJ and the rules.
 */
@Component
public class EmployeeRegistrationHandler {

    static final String OPERATION = "employer-employee";

    private final EmployerClient employers;
    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json;

    public EmployeeRegistrationHandler(EmployerClient employers, JsonMapper json) {
        this.employers = employers;
        this.json = json;
        json.readValue("{}", EmployeeForm.class); // builds the deserializer at start
    }

    public Mono<ServerResponse> register(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            EmployerRef employer = EmployerRequests.employer(request);
            EmployeeForm form = json.treeToValue(CheckedBody.of(request.exchange()), EmployeeForm.class);
            String key = CoreKeys.derive(caller.partnerId(), OPERATION,
                    request.headers().firstHeader(IdempotencyGatewayFilterFactory.HEADER));
            return employers.register(employer, translator.registration(form), key, caller.deadline())
                    .map(translator::employee)
                    .flatMap(answer -> ServerResponse.status(HttpStatus.CREATED)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(answer))
                    .onErrorMap(CoreRejection.class,
                            rejection -> EmployerProblems.of(rejection, caller, employer.npp().value()));
        });
    }
}
