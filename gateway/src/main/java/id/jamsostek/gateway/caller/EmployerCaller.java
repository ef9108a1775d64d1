package id.jamsostek.gateway.caller;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/** An employer or payroll platform a request was authenticated as, with the employers it may act for. */
public record EmployerCaller(EmployerPlatform platform, Deadline deadline) implements Caller {

    @Override
    public String partnerId() {
        return platform.id();
    }

    /** Outside its grants: 403, the same whether or not the NPP exists. */
    public void requireActingFor(String npp, String division) {
        if (!platform.mayActFor(npp, division)) {
            throw new GatewayException(Problem.EMPLOYER_OUT_OF_SCOPE,
                    "not an employer this partner is registered for");
        }
    }

    public static Optional<EmployerCaller> of(ServerWebExchange exchange) {
        return Caller.of(exchange, EmployerCaller.class);
    }
}
