package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.Year;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional annual ceiling of the budget the caller acts for (docs/domain.md section 1, payer scope): a village's
 * (10 digits) or a whole regency's (4 digits) within the caller's regions. Setting it makes the core refuse
 * enrollments the budget cannot carry (422 budget-exceeded); reading it shows what remains.
 */
@Component
public class PayerBudgetHandler {

    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{4}|[0-9]{10}");
    private static final Pattern YEAR = Pattern.compile("20[0-9]{2}");

    record Ceiling(String ceiling) {}

    private final EnrollmentClient core;
    private final JsonMapper json;

    public PayerBudgetHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
    }

    public Mono<ServerResponse> read(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            String regionCode = regionCode(request, caller);
            return core.payerBudget(regionCode, year(request), caller.deadline())
                    .onErrorMap(CoreRejection.class, rejection -> rejection.is(CoreRejection.NOT_FOUND)
                            ? new GatewayException(Problem.NOT_FOUND, "no ceiling is set for this budget and year")
                            : new GatewayException(Problem.INTERNAL_ERROR, "core: " + rejection.slug()))
                    .flatMap(budget -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(budget));
        });
    }

    public Mono<ServerResponse> set(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            String regionCode = regionCode(request, caller);
            Ceiling ceiling = json.treeToValue(CheckedBody.of(request.exchange()), Ceiling.class);
            return core.setPayerBudget(regionCode, year(request), Money.parse(ceiling.ceiling()), caller.deadline())
                    .flatMap(budget -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(budget));
        });
    }

    /** A budget the caller acts for: its regions hold the village, or the whole regency. */
    private static String regionCode(ServerRequest request, VillageCaller caller) {
        String code = request.pathVariable("regionCode");
        if (!REGION_CODE.matcher(code).matches()) {
            throw new GatewayException(Problem.INVALID_QUERY_PARAMETER,
                    "regionCode is a regency's 4 digits or a village's 10");
        }
        if (!caller.partner().serves(RegionScope.of(code))) {
            throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "this budget is outside your regions");
        }
        return code;
    }

    private static Year year(ServerRequest request) {
        String year = request.pathVariable("year");
        if (!YEAR.matcher(year).matches()) {
            throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "year is 20YY");
        }
        return Year.parse(year);
    }
}
