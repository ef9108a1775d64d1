package id.jamsostek.bench.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactlyOnceAuditTest {

    private static final Instant T0 = Instant.parse("2026-11-22T03:00:00Z");

    private final List<DrillAnswer> answers = new ArrayList<>();
    private final List<CorePosting> postings = new ArrayList<>();

    @Test
    void passesWhenEveryAcceptedPaymentIsPostedOnceAndNoRejectedOneIs() {
        answer("P1", "2002500", 0);
        answer("P1", "4092500", 0);        // a storm twin under the same X-EXTERNAL-ID
        answer("P1", "4042518", 1);        // an advice of a bank whose profile says 4042518
        answer("P2", "4042514", 0);        // a second payment of a paid bill
        answer("P3", "5042500", 0);        // pending ...
        answer("P3", "2002500", 30);       // ... then accepted on the advice
        none("P4", 0);                     // lost in a killed instance, paid by its advice
        answer("P4", "2002500", 40);
        posted("P1", "C1", "B1", 0);
        posted("P3", "C3", "B3", 25);
        posted("P4", "C4", "B4", 35);

        ExactlyOnceAudit audit = ExactlyOnceAudit.of(answers, postings);

        assertThat(audit.failures()).isEmpty();
        assertThat(audit.passed()).isTrue();
        assertThat(audit.payments()).isEqualTo(4);
        assertThat(audit.accepted()).isEqualTo(3);
        assertThat(audit.acceptedPostedOnce()).isEqualTo(3);
        assertThat(audit.rejected()).isEqualTo(1);
        assertThat(audit.answersByKind()).containsEntry(AnswerKind.ACCEPTED, 3L)
                .containsEntry(AnswerKind.ACCEPTED_REPEAT, 1L).containsEntry(AnswerKind.EXTERNAL_ID_IN_USE, 1L)
                .containsEntry(AnswerKind.REJECTED, 1L).containsEntry(AnswerKind.PENDING, 1L)
                .containsEntry(AnswerKind.NO_ANSWER, 1L);
        assertThat(audit.table()).contains("RESULT: PASS").contains("4042514  rejected (01)");
    }

    @Test
    void measuresTheLongestDelayFromTheFirstAcceptedAnswerToThePosting() {
        answer("P1", "2002500", 0);
        posted("P1", "C1", "B1", 0);       // the fast path: posted before the answer left
        answer("P2", "2002500", 10);       // accepted while the core was down ...
        answer("P2", "2002500", 15);
        posted("P2", "C2", "B2", 33);      // ... posted by the relay 23 s later

        ExactlyOnceAudit audit = ExactlyOnceAudit.of(answers, postings);

        assertThat(audit.longestDelay()).isEqualTo(Duration.ofSeconds(23));
        assertThat(audit.postedAfterAnswer()).isEqualTo(1);
        assertThat(audit.table()).contains("23.0 s  (paymentRequestId P2)");
    }

    @Test
    void failsAnAcceptedPaymentNotPostedOrPostedTwice() {
        answer("P1", "2002500", 0);
        answer("P2", "2002500", 0);
        posted("P2", "C2", "B2", 0);
        posted("P2", "C2", "B2-again", 1);

        ExactlyOnceAudit audit = ExactlyOnceAudit.of(answers, postings);

        assertThat(audit.passed()).isFalse();
        assertThat(audit.failures()).containsExactly("accepted but not posted: 1", "posted more than once: 1");
        assertThat(audit.table()).contains("RESULT: FAIL");
    }

    @Test
    void failsARejectedPaymentThatWasPostedAndOneAnsweredBothWays() {
        answer("P0", "2002500", 0);
        posted("P0", "C0", "B0", 0);
        answer("P1", "4042514", 0);
        posted("P1", "C1", "B1", 0);
        answer("P2", "2002500", 0);
        answer("P2", "4042513", 1);

        assertThat(ExactlyOnceAudit.of(answers, postings).failures())
                .containsExactly("rejected but posted: 1", "answered both accepted and rejected: 1");
    }

    @Test
    void failsAPaymentLeftWithoutAVerdictAStrayPostingABillPaidTwiceAndAnUnexpectedAnswer() {
        answer("P0", "2002500", 0);
        posted("P0", "C0", "B0", 0);
        answer("P1", "5042500", 0);
        none("P2", 0);
        answer("P3", "5002500", 0);
        posted("P9", "C9", "B9", 0);       // no drill payment has this reference
        posted("P1", "C-other", "B0", 0);  // a drill reference on another customer, on P0's bill

        assertThat(ExactlyOnceAudit.of(answers, postings).failures()).containsExactly(
                "without a verdict at the end: 3", "postings of no drill payment: 2", "bills posted more than once: 1",
                "unexpected answers: 1");
    }

    @Test
    void failsADrillThatAcceptedNothing() {
        answer("P1", "4042514", 0);

        assertThat(ExactlyOnceAudit.of(answers, postings).failures())
                .containsExactly("no payment was accepted: the drill tested nothing");
    }

    @Test
    void classifiesAnswersByTheirResponseCode() {
        assertThat(AnswerKind.of(200, "2002500")).isEqualTo(AnswerKind.ACCEPTED);
        assertThat(AnswerKind.of(404, "4042518")).isEqualTo(AnswerKind.ACCEPTED_REPEAT);
        assertThat(AnswerKind.of(504, "5042500")).isEqualTo(AnswerKind.PENDING);
        assertThat(AnswerKind.of(404, "4042519")).isEqualTo(AnswerKind.REJECTED);
        assertThat(AnswerKind.of(409, "4092500")).isEqualTo(AnswerKind.EXTERNAL_ID_IN_USE);
        assertThat(AnswerKind.of(429, "4292500")).isEqualTo(AnswerKind.THROTTLED);
        assertThat(AnswerKind.of(429, null)).isEqualTo(AnswerKind.THROTTLED);
        assertThat(AnswerKind.of(500, null)).isEqualTo(AnswerKind.UNEXPECTED);
        assertThat(AnswerKind.of(401, "4012500")).isEqualTo(AnswerKind.UNEXPECTED);
    }

    private void answer(String paymentRequestId, String code, int second) {
        answers.add(new DrillAnswer(paymentRequestId, "C" + paymentRequestId.substring(1), code,
                AnswerKind.of(Integer.parseInt(code.substring(0, 3)), code), T0.plusSeconds(second)));
    }

    private void none(String paymentRequestId, int second) {
        answers.add(DrillAnswer.none(paymentRequestId, "C" + paymentRequestId.substring(1), T0.plusSeconds(second)));
    }

    private void posted(String reference, String customerNo, String billId, int second) {
        postings.add(new CorePosting(reference, customerNo, billId, T0.plusSeconds(second)));
    }
}
