package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.payer.PayerTranslator;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A donor sponsors a named participant (by NIK) from one month to another: the core refuses months another payer
 * covers (a budget, another sponsorship, or months paid already) and changes nothing then.
 */
@Component
public class SponsorshipHandler {

    static final String OPERATION = "donor-sponsorship";

    record Request(String nik, String fromMonth, String toMonth) {}

    private final EnrollmentClient core;
    private final PayerTranslator translator = new PayerTranslator();
    private final JsonMapper json;

    public SponsorshipHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
        json.readValue("{}", Request.class);
    }

    public Mono<ServerResponse> sponsor(ServerRequest request) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, PayerPartner.Kind.DONOR);
            Request sponsorship = json.treeToValue(CheckedBody.of(request.exchange()), Request.class);
            return core.sponsor(caller.partner().payerId(), sponsorship.nik(), YearMonth.parse(sponsorship.fromMonth()),
                            YearMonth.parse(sponsorship.toMonth()), PayerCallers.coreKey(caller, OPERATION, request),
                            caller.deadline())
                    .flatMap(made -> ServerResponse.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(translator.toView(made, sponsorship.nik())))
                    .onErrorMap(CoreRejection.class, SponsorshipHandler::asProblem);
        });
    }

    /** The core's refusal as the donor is told it, alone or as a row of a batch. */
    static GatewayException asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.UNKNOWN_PARTICIPANT)) {
            return new GatewayException(Problem.NOT_FOUND, "no participant has this NIK");
        }
        if (rejection.is(CoreRejection.SPONSORSHIP_CONFLICT)) {
            // the core names the months and the kind of payer, never the other sponsor or a person
            return new GatewayException(Problem.SPONSORSHIP_CONFLICT, rejection.coreDetail() != null
                    ? rejection.coreDetail() : "another payer covers a month of this sponsorship");
        }
        if (rejection.is(CoreRejection.INVALID_SPONSORSHIP)) {
            return new GatewayException(Problem.INVALID_SPONSORSHIP, "the sponsorship breaks a rule",
                    Map.of("errors", rejection.details().errorEntries()));
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the sponsorship: " + rejection.slug());
    }
}
