package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.employer.EmployerTranslator;
import id.jamsostek.adapters.employer.WageReportForm;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.EmployerCaller;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A month's wage report, versioned: a new version is 201, the version in force sent again 200 with
 * Idempotent-Replayed (a PUT is idempotent by its version, so it needs no Idempotency-Key).
 */
@Component
public class WageReportHandler {

    private final EmployerClient employers;
    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json;

    public WageReportHandler(EmployerClient employers, JsonMapper json) {
        this.employers = employers;
        this.json = json;
        json.readValue("{\"version\":1}", WageReportForm.class);
    }

    public Mono<ServerResponse> report(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            EmployerRef employer = EmployerRequests.employer(request);
            YearMonth period = EmployerRequests.period(request);
            WageReportForm form = json.treeToValue(CheckedBody.of(request.exchange()), WageReportForm.class);
            return employers.reportWages(employer, period, translator.wageReport(form), caller.deadline())
                    .flatMap(receipt -> {
                        ServerResponse.BodyBuilder answer = receipt.replayed()
                                ? ServerResponse.ok().header("Idempotent-Replayed", "true")
                                : ServerResponse.status(HttpStatus.CREATED);
                        return answer.contentType(MediaType.APPLICATION_JSON).bodyValue(translator.receipt(receipt));
                    })
                    .onErrorMap(CoreRejection.class,
                            rejection -> EmployerProblems.of(rejection, caller, employer.npp().value()));
        });
    }
}
