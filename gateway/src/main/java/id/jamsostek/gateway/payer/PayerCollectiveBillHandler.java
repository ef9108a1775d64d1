package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CollectiveBill;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.core.PrivatePayer;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.PayerCaller;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly bill of a donor (everyone it sponsors that month) or of a Perisai agent (the workers it registered and
 * collects from, sponsored by no one that month), one bill whose customer number a bank accepts over SNAP; paying it
 * marks each member paid for the month (the core does). Asked again while unpaid, the same bill is answered 200.
 */
@Component
public class PayerCollectiveBillHandler {

    record Request(String period) {}

    private final EnrollmentClient core;
    private final JsonMapper json;

    public PayerCollectiveBillHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
        json.readValue("{}", Request.class);
    }

    public Mono<ServerResponse> donor(ServerRequest request) {
        return create(request, PayerPartner.Kind.DONOR, PrivatePayer.Kind.DONOR);
    }

    public Mono<ServerResponse> agent(ServerRequest request) {
        return create(request, PayerPartner.Kind.AGENT, PrivatePayer.Kind.AGENT);
    }

    private Mono<ServerResponse> create(ServerRequest request, PayerPartner.Kind kind, PrivatePayer.Kind billed) {
        return Mono.defer(() -> {
            PayerCaller caller = PayerCallers.of(request, kind);
            YearMonth period = YearMonth.parse(json.treeToValue(CheckedBody.of(request.exchange()), Request.class)
                    .period());
            String operation = kind.name().toLowerCase(Locale.ROOT) + "-collective-bill";
            String key = PayerCallers.coreKey(caller, operation, request);
            return core.collectiveBill(new PrivatePayer(billed, caller.partner().payerId()), period, key,
                            caller.deadline())
                    .flatMap(made -> ServerResponse.status(made.created() ? HttpStatus.CREATED : HttpStatus.OK)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(shown(made, kind, period)))
                    .onErrorMap(CoreRejection.class, PayerCollectiveBillHandler::asProblem);
        });
    }

    private static Map<String, Object> shown(CollectiveBill made, PayerPartner.Kind kind, YearMonth period) {
        CoreBill bill = made.bill();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("billId", bill.billId());
        shown.put("customerNo", bill.customerNo());
        shown.put("payerKind", kind.name());
        shown.put("period", period.toString());
        shown.put("totalAmount", bill.totalAmount().toWire());
        shown.put("members", made.members());
        shown.put("lines", bill.lines().stream().filter(line -> !line.informational())
                .map(line -> Map.of("program", line.program(), "amount", line.amount().toWire())).toList());
        shown.put("dueDate", bill.dueDate().toString());
        return shown;
    }

    private static GatewayException asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.NO_MEMBERS)) {
            return new GatewayException(Problem.NO_MEMBERS, "nobody you pay for owes this month");
        }
        if (rejection.is(CoreRejection.BILL_ALREADY_PAID)) {
            return new GatewayException(Problem.BILL_ALREADY_PAID, "this month's collective bill is paid already");
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the collective bill: " + rejection.slug());
    }
}
