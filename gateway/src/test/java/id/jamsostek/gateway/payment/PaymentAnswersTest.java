package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.adapters.bank.SnapAmount;
import id.jamsostek.adapters.bank.VaInquiryResponse;
import id.jamsostek.adapters.bank.VaPaymentRequest;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.partner.BankProfile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The answer to the payment a request has just posted, against the answer its recorded state gives. */
class PaymentAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BankProfile PROFILE = BankProfile.of(null, null, null, null, null);
    private static final VaPaymentRequest REQUEST = new VaPaymentRequest("   88899", "12345678901234567890",
            "   8889912345678901234567890", "pay-1", null, new SnapAmount("150000.00", "IDR"), null, null, null, null,
            null, null);
    private static final List<VaInquiryResponse.BillDetail> LINES = List.of(new VaInquiryResponse.BillDetail("01",
            "BILL-1", "JKK JKM", null, null, new SnapAmount("150000.00", "IDR"), null));

    private final PaymentAnswers answers = new PaymentAnswers(JSON);

    @Test
    void aPaymentJustPostedCarriesTheLinesItWasPostedWithWithoutReadingThemBack() {
        PaidBill paid = new PaidBill("BILL-1", "SI*I RA***H", LINES, JSON.writeValueAsString(LINES));

        PaymentAnswers.Answer answer = answers.posted(recorded(BankPayment.State.POSTED, JSON.writeValueAsString(LINES)),
                paid, REQUEST, PROFILE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().responseCode()).isEqualTo("2002500");
        assertThat(answer.body().virtualAccountData().billDetails()).isSameAs(LINES);
        assertThat(answer).isEqualTo(answers.of(recorded(BankPayment.State.POSTED, paid.billDetails()), REQUEST,
                false, PROFILE));
    }

    @Test
    void whatWasRecordedOtherwiseIsAnsweredFromTheRecord() {
        PaidBill paid = new PaidBill("BILL-1", "SI*I RA***H", LINES, JSON.writeValueAsString(LINES));
        BankPayment refunded = recorded(BankPayment.State.REFUND_DUE, paid.billDetails());
        BankPayment otherLines = recorded(BankPayment.State.POSTED, "[]");

        assertThat(answers.posted(refunded, paid, REQUEST, PROFILE))
                .isEqualTo(answers.of(refunded, REQUEST, false, PROFILE));
        assertThat(answers.posted(otherLines, paid, REQUEST, PROFILE))
                .isEqualTo(answers.of(otherLines, REQUEST, false, PROFILE))
                .isNotEqualTo(answers.of(recorded(BankPayment.State.POSTED, paid.billDetails()), REQUEST, false,
                        PROFILE));
    }

    private static BankPayment recorded(BankPayment.State state, String billDetails) {
        return new BankPayment(UUID.randomUUID(), "key", "bank-alpha", "88899", "12345678901234567890",
                "   8889912345678901234567890", "pay-1", "SI*I RA***H", "BILL-1", billDetails,
                Money.parse("150000.00"), state, PaymentFlag.REJECTED, "BILL_ALREADY_PAID", Instant.now());
    }
}
