package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.bank.VaInquiryResponse;
import id.jamsostek.adapters.bank.VaPaymentRequest;
import id.jamsostek.adapters.bank.VaPaymentResponse;
import id.jamsostek.adapters.bank.VaPaymentTranslator;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.SnapService;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bank is told about a payment. The answer is a function of the payment's recorded state, so every repeat
 * (same X-EXTERNAL-ID, or an advice with a new one) hears the same verdict, and a pending one hears the final
 * verdict once there is one. A rejection is never the answer to an outcome that is unknown.
 */
@Component
public class PaymentAnswers {

    private static final String SERVICE = SnapService.VA_PAYMENT.code();
    private static final TypeReference<List<VaInquiryResponse.BillDetail>> DETAILS = new TypeReference<>() {};

    public record Answer(int status, VaPaymentResponse body) {}

    private final VaPaymentTranslator translator = new VaPaymentTranslator();
    private final ObjectReader detailsReader;

    public PaymentAnswers(JsonMapper json) {
        this.detailsReader = json.readerFor(DETAILS);
    }

    /**
     * @param sameExternalId the request repeats the X-EXTERNAL-ID of the one that made the payment: the bank's
     *                       profile may want 4042518 for it, but only after a successful first attempt
     */
    public Answer of(BankPayment payment, VaPaymentRequest request, boolean sameExternalId, BankProfile profile) {
        Answer answer = switch (payment.state()) {
            case POSTED -> success(payment, request);
            case ACCEPTED -> switch (payment.promised()) {
                case null -> refusal(Problem.DUPLICATE_EXTERNAL_ID, null, request, null, List.of());
                case SUCCESS -> success(payment, request);
                default -> pending(payment, request);
            };
            case REJECTED, CANCELLED -> rejected(payment, request);
            case REFUND_DUE -> payment.promised() == PaymentFlag.SUCCESS ? success(payment, request)
                    : rejected(payment, request);
        };
        if (sameExternalId && profile.repeatedPayment() == BankProfile.RepeatedPayment.INCONSISTENT_REQUEST
                && answer.status() == 200) {
            return new Answer(Problem.INCONSISTENT_REQUEST.snapStatus(), translator.answer(
                    Problem.INCONSISTENT_REQUEST.snapResponseCode(SERVICE),
                    Problem.INCONSISTENT_REQUEST.snapResponseMessage(null), request, PaymentFlag.SUCCESS,
                    payment.holderNameMasked(), details(payment.billDetails())));
        }
        return answer;
    }

    /**
     * The payment this request has just posted, answered as {@link #of} answers it but with the bill's lines as they
     * were recorded, not read back from their JSON; anything else recorded meanwhile is answered by {@link #of}.
     */
    public Answer posted(BankPayment settled, PaidBill paid, VaPaymentRequest request, BankProfile profile) {
        if (settled.state() != BankPayment.State.POSTED || !paid.billDetails().equals(settled.billDetails())) {
            return of(settled, request, false, profile);
        }
        return success(settled, request, paid.lines());
    }

    /** A payment refused before it was accepted: nothing was recorded, the bank is told so (flag 01). */
    public Answer refusal(Problem problem, String reason, VaPaymentRequest request, String holderNameMasked,
            List<VaInquiryResponse.BillDetail> billDetails) {
        return new Answer(problem.snapStatus(), translator.answer(problem.snapResponseCode(SERVICE),
                problem.snapResponseMessage(reason), request, PaymentFlag.REJECTED, holderNameMasked, billDetails));
    }

    /**
     * When the gateway itself cannot tell whether the payment was recorded (its database failed mid-way): the
     * outcome is unknown, never a failure. The payment, if it was committed, is posted by the relay and a later
     * advice hears the verdict.
     */
    public Answer unknownOutcome(VaPaymentRequest request) {
        return new Answer(Problem.TIMEOUT.snapStatus(), translator.answer(Problem.TIMEOUT.snapResponseCode(SERVICE),
                Problem.TIMEOUT.snapResponseMessage(null), request, PaymentFlag.PENDING, null, List.of()));
    }

    public static Problem problemFor(String coreRejection) {
        if (coreRejection == null) {
            return Problem.BILL_NOT_FOUND;
        }
        return switch (coreRejection) {
            case CoreRejection.BILL_ALREADY_PAID -> Problem.BILL_ALREADY_PAID;
            case CoreRejection.AMOUNT_MISMATCH -> Problem.INVALID_AMOUNT;
            case CoreRejection.BILL_EXPIRED -> Problem.BILL_EXPIRED;
            default -> Problem.BILL_NOT_FOUND;
        };
    }

    private Answer success(BankPayment payment, VaPaymentRequest request) {
        return success(payment, request, details(payment.billDetails()));
    }

    private Answer success(BankPayment payment, VaPaymentRequest request, List<VaInquiryResponse.BillDetail> lines) {
        return new Answer(200, translator.answer("2002500", "Successful", request, PaymentFlag.SUCCESS,
                payment.holderNameMasked(), lines));
    }

    private Answer pending(BankPayment payment, VaPaymentRequest request) {
        return new Answer(Problem.TIMEOUT.snapStatus(), translator.answer(Problem.TIMEOUT.snapResponseCode(SERVICE),
                Problem.TIMEOUT.snapResponseMessage(null), request, PaymentFlag.PENDING, payment.holderNameMasked(),
                details(payment.billDetails())));
    }

    private Answer rejected(BankPayment payment, VaPaymentRequest request) {
        return refusal(problemFor(payment.rejection()), null, request, payment.holderNameMasked(),
                details(payment.billDetails()));
    }

    public List<VaInquiryResponse.BillDetail> details(String billDetails) {
        return billDetails == null ? List.of() : detailsReader.readValue(billDetails);
    }
}
