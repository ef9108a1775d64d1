package id.jamsostek.gateway.village;

import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.adapters.core.BudgetPayer;
import id.jamsostek.adapters.core.CollectiveBill;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.idempotency.IdempotencyGatewayFilterFactory;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly bill of a village's budget (villageCode: everyone of the village enrolled with the village budget as
 * payer) or of a regency's or city's budget (regencyCode: everyone of its villages enrolled with the regency budget,
 * APBD), in one bill whose customer number a bank accepts; paying it marks each of them paid for the month (the core
 * does). The caller's regions must hold the village or the whole regency. Asked again while it is unpaid, the same
 * bill is answered 200 (201 when the core made it).
 */
@Component
public class CollectiveBillHandler {

    static final String OPERATION = "village-collective-bill";

    record Request(String villageCode, String regencyCode, String period) {

        BudgetPayer payer() {
            return villageCode != null ? BudgetPayer.village(villageCode) : BudgetPayer.regency(regencyCode);
        }
    }

    private final EnrollmentClient core;
    private final JsonMapper json;

    public CollectiveBillHandler(EnrollmentClient core, JsonMapper json) {
        this.core = core;
        this.json = json;
        json.readValue("{}", Request.class);
    }

    public Mono<ServerResponse> create(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            Request bill = json.treeToValue(CheckedBody.of(request.exchange()), Request.class);
            if (bill.villageCode() != null) {
                EnrollmentRules.requireInScope(caller.partner(), bill.villageCode(), "/villageCode");
            } else if (!caller.partner().serves(RegionScope.of(bill.regencyCode()))) {
                throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "regencyCode is outside the partner's regions",
                        Map.of("errors", List.of(Map.of("pointer", "/regencyCode",
                                "detail", "your regions do not hold the whole regency"))));
            }
            String key = CoreKeys.derive(caller.partnerId(), OPERATION,
                    request.headers().firstHeader(IdempotencyGatewayFilterFactory.HEADER));
            return core.collectiveBill(bill.payer(), YearMonth.parse(bill.period()), key, caller.deadline())
                    .flatMap(made -> ServerResponse.status(made.created() ? HttpStatus.CREATED : HttpStatus.OK)
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue(shown(made, bill)))
                    .onErrorMap(CoreRejection.class, CollectiveBillHandler::asProblem);
        });
    }

    private static Map<String, Object> shown(CollectiveBill made, Request request) {
        CoreBill bill = made.bill();
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("billId", bill.billId());
        shown.put("customerNo", bill.customerNo());
        if (request.villageCode() != null) {
            shown.put("villageCode", request.villageCode());
        } else {
            shown.put("regencyCode", request.regencyCode());
        }
        shown.put("payerType", request.payer().kind().name());
        shown.put("period", request.period());
        shown.put("totalAmount", bill.totalAmount().toWire());
        shown.put("members", made.members());
        // informational lines (JKP, which sits inside JKK for wage earners) are not part of a village's bill
        shown.put("lines", bill.lines().stream().filter(line -> !line.informational())
                .map(line -> Map.of("program", line.program(),
                "amount", line.amount().toWire(), "informational", line.informational())).toList());
        shown.put("dueDate", bill.dueDate().toString());
        return shown;
    }

    private static GatewayException asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.NO_MEMBERS)) {
            return new GatewayException(Problem.NO_MEMBERS, "nobody of the region is paid for by this budget");
        }
        if (rejection.is(CoreRejection.BILL_ALREADY_PAID)) {
            return new GatewayException(Problem.BILL_ALREADY_PAID, "this month's collective bill is paid already");
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core refused the collective bill: " + rejection.slug());
    }
}
