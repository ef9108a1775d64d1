package id.jamsostek.gateway.reconciliation;

import id.jamsostek.gateway.payment.BankPayment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches one bank's day three ways: what the bank reports as paid, what the gateway recorded, and which of the
 * gateway's payment keys the core has posted. Pure: the caller gathers the three views.
 */
public final class ThreeWayMatch {

    /** @param matched payments all three agree on */
    public record Result(int matched, List<Break> breaks) {}

    private ThreeWayMatch() {}

    public static Result of(List<BankLine> bank, List<BankPayment> gateway, Set<String> postedAtCore) {
        Map<String, BankLine> reported = new LinkedHashMap<>();
        bank.forEach(line -> reported.put(line.matchKey(), line));
        List<Break> breaks = new ArrayList<>();
        int matched = 0;
        for (BankPayment payment : gateway) {
            BankLine line = reported.remove(payment.virtualAccountNo().strip() + "|" + payment.paymentRequestId());
            Break.Cause cause = causeOf(payment, line, postedAtCore.contains(payment.paymentKey()));
            if (cause == null) {
                matched++;
            } else {
                breaks.add(new Break(cause, payment.paymentKey(), payment.paymentRequestId(),
                        payment.virtualAccountNo(), line == null ? null : line.amount(), payment.amount()));
            }
        }
        reported.values().forEach(line -> breaks.add(new Break(Break.Cause.NOT_RECORDED_BY_GATEWAY, null,
                line.paymentRequestId(), line.virtualAccountNo(), line.amount(), null)));
        return new Result(matched, List.copyOf(breaks));
    }

    /** Null when the three agree (a refused payment the bank does not report, and nobody posted, agrees too). */
    private static Break.Cause causeOf(BankPayment payment, BankLine line, boolean posted) {
        return switch (payment.state()) {
            case REJECTED, CANCELLED -> line != null ? Break.Cause.PAID_BUT_REFUSED : null;
            case REFUND_DUE -> Break.Cause.REFUND_DUE;
            case ACCEPTED -> posted ? Break.Cause.POSTED_NOT_RECORDED : Break.Cause.NOT_POSTED_AT_CORE;
            case POSTED -> {
                if (!posted) {
                    yield Break.Cause.NOT_POSTED_AT_CORE;
                }
                if (line == null) {
                    yield Break.Cause.NOT_REPORTED_BY_BANK;
                }
                yield line.amount().equals(payment.amount()) ? null : Break.Cause.AMOUNT_DIFFERS;
            }
        };
    }
}
