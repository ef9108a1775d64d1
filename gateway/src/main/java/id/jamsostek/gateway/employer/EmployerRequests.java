package id.jamsostek.gateway.employer;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.gateway.caller.EmployerCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.web.reactive.function.server.ServerRequest;

/** What every employer handler reads off its request: the caller, the employer of the path, the period. */
final class EmployerRequests {

    private EmployerRequests() {}

    /** Reached around the pipeline, there is no caller: 404. */
    static EmployerCaller caller(ServerRequest request) {
        return EmployerCaller.of(request.exchange()).orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
    }

    /** The employer of the path, already checked against the caller's grants by the EmployerGrant filter. */
    static EmployerRef employer(ServerRequest request) {
        Map<String, String> path = ServerWebExchangeUtils.getUriTemplateVariables(request.exchange());
        return EmployerRef.of(path.get("npp"), path.get("division"));
    }

    static YearMonth period(ServerRequest request) {
        String period = ServerWebExchangeUtils.getUriTemplateVariables(request.exchange()).getOrDefault("period", "");
        try {
            if (period.matches("[0-9]{4}-[0-9]{2}")) {
                return YearMonth.parse(period);
            }
        } catch (DateTimeException notAMonth) {
            // answered below, like any other malformed period
        }
        throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "period is a month, YYYY-MM",
                Map.of("errors", List.of(Map.of("pointer", "", "detail", "period must be YYYY-MM"))));
    }
}
