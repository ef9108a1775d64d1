package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.EmployerCaller;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The employer unit's sector (contracts/employer EmployerSector.json): a unit of a labour-intensive industry has its
 * wage earners' JKK discounted in the months the core's discount rows say (PP 7/2025, PP 36/2025). A PUT, idempotent
 * by its content, so it needs no Idempotency-Key; the core computes every amount.
 */
@Component
public class EmployerSectorHandler {

    /** The body as the contract has checked it. */
    record SectorForm(String sector) {}

    private final EmployerClient employers;
    private final JsonMapper json;

    public EmployerSectorHandler(EmployerClient employers, JsonMapper json) {
        this.employers = employers;
        this.json = json;
    }

    public Mono<ServerResponse> put(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            EmployerRef employer = EmployerRequests.employer(request);
            SectorForm form = json.treeToValue(CheckedBody.of(request.exchange()), SectorForm.class);
            return employers.sector(employer, form.sector(), caller.deadline())
                    .flatMap(sector -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(Map.of("sector", sector)))
                    .onErrorMap(CoreRejection.class,
                            rejection -> EmployerProblems.of(rejection, caller, employer.npp().value()));
        });
    }
}
