package id.jamsostek.gateway.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.problem.GatewayException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThreeWayMatchTest {

    private static final Money TOTAL = Money.parse("739200.00");
    private static final String VA = "   77701123456";

    private static BankPayment payment(String requestId, BankPayment.State state) {
        return new BankPayment(UUID.randomUUID(), "key-" + requestId, "it-bank-alpha", "77701", "123456", VA,
                requestId, "BU*I", "BILL-1", "[]", TOTAL, state, null, null, Instant.now());
    }

    private static BankLine line(String requestId, String amount) {
        return new BankLine(requestId, VA.strip(), Money.parse(amount), OffsetDateTime.parse("2026-11-22T10:00:00+07:00"));
    }

    @Test
    void agreesWhereAllThreeAgreeAndNamesEachBreakWithWhoseItIs() {
        List<BankPayment> gateway = List.of(
                payment("1", BankPayment.State.POSTED),      // matched
                payment("2", BankPayment.State.ACCEPTED),    // not posted at the core: ours
                payment("3", BankPayment.State.ACCEPTED),    // posted, the gateway not told yet: ours
                payment("4", BankPayment.State.POSTED),      // the bank does not report it
                payment("5", BankPayment.State.POSTED),      // another amount at the bank
                payment("6", BankPayment.State.REJECTED),    // refused, and the bank reports it paid
                payment("7", BankPayment.State.REJECTED),    // refused, the bank agrees: nothing to do
                payment("8", BankPayment.State.REFUND_DUE)); // in the exception list
        List<BankLine> bank = List.of(line("1", "739200.00"), line("2", "739200.00"), line("3", "739200.00"),
                line("5", "739201.00"), line("6", "739200.00"), line("8", "739200.00"), line("9", "16800.00"));

        ThreeWayMatch.Result result = ThreeWayMatch.of(bank, gateway, Set.of("key-1", "key-3", "key-4", "key-5"));

        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.breaks()).extracting(Break::paymentRequestId, Break::cause).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", Break.Cause.NOT_POSTED_AT_CORE),
                org.assertj.core.groups.Tuple.tuple("3", Break.Cause.POSTED_NOT_RECORDED),
                org.assertj.core.groups.Tuple.tuple("4", Break.Cause.NOT_REPORTED_BY_BANK),
                org.assertj.core.groups.Tuple.tuple("5", Break.Cause.AMOUNT_DIFFERS),
                org.assertj.core.groups.Tuple.tuple("6", Break.Cause.PAID_BUT_REFUSED),
                org.assertj.core.groups.Tuple.tuple("8", Break.Cause.REFUND_DUE),
                org.assertj.core.groups.Tuple.tuple("9", Break.Cause.NOT_RECORDED_BY_GATEWAY));
        assertThat(result.breaks()).filteredOn(found -> found.cause().ours()).extracting(Break::paymentRequestId)
                .containsExactly("2", "3");
    }

    @Test
    void aPostedPaymentTheCoreDoesNotKnowIsNotPostedWhateverTheGatewaySays() {
        ThreeWayMatch.Result result = ThreeWayMatch.of(List.of(line("1", "739200.00")),
                List.of(payment("1", BankPayment.State.POSTED)), Set.of());
        assertThat(result.breaks()).extracting(Break::cause).containsExactly(Break.Cause.NOT_POSTED_AT_CORE);
    }

    @Test
    void readsTheBanksCsvKeepingCompletedPaymentsAndRefusesAMalformedLineByItsNumber() {
        List<BankLine> lines = BankReportCsv.read(BankReportCsv.HEADER + "\n"
                + "1795327257785818168,   77701123456,739200.00,IDR,2026-11-22T10:15:30+07:00,SUCCESS\n"
                + "1795327257785818169,77701123457,16800.00,IDR,2026-11-22T10:16:00+07:00,REVERSED\n");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.virtualAccountNo()).isEqualTo("77701123456");
            assertThat(line.amount()).isEqualTo(TOTAL);
        });
        for (String bad : List.of("id,va\n", BankReportCsv.HEADER + "\n1,2,3\n",
                BankReportCsv.HEADER + "\n1,77701,739200,IDR,2026-11-22T10:15:30+07:00,SUCCESS\n",
                BankReportCsv.HEADER + "\n1,77701,739200.00,USD,2026-11-22T10:15:30+07:00,SUCCESS\n",
                BankReportCsv.HEADER + "\n1,77701,739200.00,IDR,yesterday,SUCCESS\n",
                BankReportCsv.HEADER + "\n1,77701,739200.00,IDR,2026-11-22T10:15:30+07:00,PAID\n")) {
            assertThatThrownBy(() -> BankReportCsv.read(bad)).isInstanceOf(GatewayException.class)
                    .hasMessageContaining("line");
        }
    }
}
