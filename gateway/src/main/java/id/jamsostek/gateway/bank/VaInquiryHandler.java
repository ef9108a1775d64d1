package id.jamsostek.gateway.bank;

import id.jamsostek.adapters.bank.VaInquiryRequest;
import id.jamsostek.adapters.bank.VaInquiryResponse;
import id.jamsostek.adapters.bank.VaInquiryTranslator;
import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.gateway.body.CheckedBody;
import id.jamsostek.gateway.payment.BillSnapshot;
import id.jamsostek.gateway.payment.BillSnapshotStore;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.BankCaller;
import id.jamsostek.gateway.snap.SnapHeaders;
import id.jamsostek.snap.SnapTimestamp;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * SNAP virtual-account inquiry (service 24): the VA must be one of the bank's company codes plus a customer
 * number; the core's open bill for that number is the answer, unless it is paid (4042414), expired (4042419) or
 * unknown (4042412). What the bank saw is kept, so that its payment can be checked while the core is down.
 */
@Component
public class VaInquiryHandler {

    private final BillingClient billing;
    private final BillSnapshotStore snapshots;
    private final VaInquiryTranslator translator = new VaInquiryTranslator();
    private final JsonMapper json;
    private final Clock clock;

    public VaInquiryHandler(BillingClient billing, BillSnapshotStore snapshots, JsonMapper json, Clock clock) {
        this.billing = billing;
        this.snapshots = snapshots;
        this.json = json;
        this.clock = clock;
        json.readValue("{}", VaInquiryRequest.class); // builds the deserializer at start, not under the first burst
    }

    public Mono<ServerResponse> inquire(ServerRequest request) {
        return Mono.defer(() -> {
            BankCaller caller = BankCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            VaInquiryRequest inquiry = json.treeToValue(CheckedBody.of(request.exchange()), VaInquiryRequest.class);
            VirtualAccounts.requireOwn(caller.partner(), inquiry.partnerServiceId(), inquiry.customerNo(),
                    inquiry.virtualAccountNo());
            return billing.openBill(inquiry.customerNo(), caller.deadline())
                    .onErrorMap(CoreRejection.class, VaInquiryHandler::asProblem)
                    .flatMap(bill -> {
                        VaInquiryResponse answer = translator.answer(inquiry, payable(bill),
                                caller.partner().profile().maxBillLines());
                        return snapshots.save(caller.partner().id(), inquiry.virtualAccountNo(), snapshot(bill, answer))
                                .thenReturn(answer);
                    })
                    .flatMap(answer -> ServerResponse.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .header(SnapHeaders.TIMESTAMP, SnapTimestamp.now(clock))
                            .bodyValue(answer));
        });
    }

    private BillSnapshot snapshot(CoreBill bill, VaInquiryResponse answer) {
        return new BillSnapshot(bill.billId(), bill.totalAmount(), bill.status(),
                answer.virtualAccountData().virtualAccountName(),
                json.writeValueAsString(answer.virtualAccountData().billDetails()), clock.instant());
    }

    static CoreBill payable(CoreBill bill) {
        return switch (bill.status()) {
            case UNPAID -> bill;
            case PAID -> throw new GatewayException(Problem.BILL_ALREADY_PAID);
            case EXPIRED -> throw new GatewayException(Problem.BILL_EXPIRED, "Expired");
        };
    }

    private static Throwable asProblem(CoreRejection rejection) {
        if (rejection.is(CoreRejection.UNKNOWN_CUSTOMER) || rejection.is(CoreRejection.UNKNOWN_BILL)) {
            return new GatewayException(Problem.BILL_NOT_FOUND, "Not Found");
        }
        return new GatewayException(Problem.INTERNAL_ERROR, "core rejected the inquiry: " + rejection.slug());
    }
}
