package id.jamsostek.gateway.employer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.employer.EmployerTranslator;
import id.jamsostek.adapters.employer.PreviewForm;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.EmployerCaller;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A month's contribution bill, and the same computation for a proposed payroll (nothing stored). Both are the
 * core's: the gateway computes no money, it only masks the employees' names of a bill.
 */
@Component
public class ContributionHandler {

    private final EmployerClient employers;
    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json;

    public ContributionHandler(EmployerClient employers, JsonMapper json) {
        this.employers = employers;
        this.json = json;
    }

    public Mono<ServerResponse> bill(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            EmployerRef employer = EmployerRequests.employer(request);
            return employers.contributionBill(employer, EmployerRequests.period(request), caller.deadline())
                    .flatMap(bill -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(translator.bill(bill)))
                    .onErrorMap(CoreRejection.class,
                            rejection -> EmployerProblems.of(rejection, caller, employer.npp().value()));
        });
    }

    /** The employer is in the body here: checked against the grants before the core hears of it. */
    public Mono<ServerResponse> preview(ServerRequest request) {
        return Mono.defer(() -> {
            EmployerCaller caller = EmployerRequests.caller(request);
            PreviewForm form = json.treeToValue(CheckedBody.of(request.exchange()), PreviewForm.class);
            caller.requireActingFor(form.npp(), form.division());
            return employers.preview(translator.previewCommand(form), caller.deadline())
                    .flatMap(preview -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(translator.preview(preview)))
                    .onErrorMap(CoreRejection.class, rejection -> EmployerProblems.of(rejection, caller, form.npp()));
        });
    }
}
