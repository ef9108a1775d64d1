package id.jamsostek.bench.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks of a chaos drill: what the banks were told, held against what the core posted. Every payment answered
 * as accepted is posted exactly once; none answered as rejected is posted; no payment is both; every payment has a
 * verdict at the end; the core posted nothing the drill did not pay and no bill twice; no answer was outside the
 * service's codes. A payment is known by its paymentRequestId (unique across the drill's banks), a posting by its
 * reference. Also measured: the longest delay from a bank hearing "accepted" to the core's posting.
 */
public final class ExactlyOnceAudit {

    /** By table row ("2002500  accepted (00)"), rows without a code last. */
    private final Map<String, Long> answersByRow = new TreeMap<>(
            Comparator.comparing((String row) -> row.startsWith(" ") ? "~" + row : row));
    private final Map<String, AnswerKind> kindOfRow = new HashMap<>();
    private long payments;
    private long accepted;
    private long acceptedPostedOnce;
    private long acceptedNotPosted;
    private long postedMoreThanOnce;
    private long rejected;
    private long rejectedPosted;
    private long contradictory;
    private long withoutVerdict;
    private long postings;
    private long strayPostings;
    private long billsPostedTwice;
    private long unexpectedAnswers;
    private long postedAfterAnswer;
    private Duration longestDelay = Duration.ZERO;
    private String longestDelayPayment;

    private ExactlyOnceAudit() {
    }

    private record Payment(String customerNo, List<DrillAnswer> answers) {
    }

    public static ExactlyOnceAudit of(Collection<DrillAnswer> answers, Collection<CorePosting> postings) {
        ExactlyOnceAudit audit = new ExactlyOnceAudit();
        Map<String, Payment> payments = new LinkedHashMap<>();
        for (DrillAnswer answer : answers) {
            String row = (answer.responseCode() == null ? " ".repeat(7) : answer.responseCode()) + "  "
                    + answer.kind().description();
            audit.answersByRow.merge(row, 1L, Long::sum);
            audit.kindOfRow.putIfAbsent(row, answer.kind());
            if (answer.kind() == AnswerKind.UNEXPECTED) {
                audit.unexpectedAnswers++;
            }
            payments.computeIfAbsent(answer.paymentRequestId(),
                    id -> new Payment(answer.customerNo(), new ArrayList<>())).answers().add(answer);
        }
        Map<String, List<CorePosting>> postingsOf = new HashMap<>();
        Map<String, Long> postingsPerBill = new HashMap<>();
        for (CorePosting posting : postings) {
            audit.postings++;
            postingsPerBill.merge(posting.billId(), 1L, Long::sum);
            Payment paid = payments.get(posting.reference());
            if (paid == null || !paid.customerNo().equals(posting.customerNo())) {
                audit.strayPostings++;
            } else {
                postingsOf.computeIfAbsent(posting.reference(), id -> new ArrayList<>()).add(posting);
            }
        }
        audit.billsPostedTwice = postingsPerBill.values().stream().filter(n -> n > 1).count();
        payments.forEach((id, payment) -> audit.judge(id, payment, postingsOf.getOrDefault(id, List.of())));
        return audit;
    }

    private void judge(String paymentRequestId, Payment payment, List<CorePosting> posted) {
        payments++;
        boolean acceptedAnswer = payment.answers().stream().anyMatch(a -> a.kind().accepts());
        boolean rejectedAnswer = payment.answers().stream().anyMatch(a -> a.kind().rejects());
        if (posted.size() > 1) {
            postedMoreThanOnce++;
        }
        if (acceptedAnswer && rejectedAnswer) {
            contradictory++;
        } else if (acceptedAnswer) {
            accepted++;
            if (posted.isEmpty()) {
                acceptedNotPosted++;
            } else {
                if (posted.size() == 1) {
                    acceptedPostedOnce++;
                }
                measureDelay(paymentRequestId, payment, posted.getFirst());
            }
        } else if (rejectedAnswer) {
            rejected++;
            if (!posted.isEmpty()) {
                rejectedPosted++;
            }
        } else {
            withoutVerdict++;
        }
    }

    private void measureDelay(String paymentRequestId, Payment payment, CorePosting posting) {
        Instant firstAccepted = payment.answers().stream().filter(a -> a.kind().accepts()).map(DrillAnswer::at)
                .min(Instant::compareTo).orElseThrow();
        Duration delay = Duration.between(firstAccepted, posting.postedAt());
        if (delay.isNegative() || delay.isZero()) {
            return; // posted before the bank heard it: the payment's own request did it
        }
        postedAfterAnswer++;
        if (delay.compareTo(longestDelay) > 0) {
            longestDelay = delay;
            longestDelayPayment = paymentRequestId;
        }
    }

    /** Each check that failed, with its count; empty when the drill passed. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        failIf(failures, accepted == 0, "no payment was accepted: the drill tested nothing", 0);
        failIf(failures, acceptedNotPosted > 0, "accepted but not posted", acceptedNotPosted);
        failIf(failures, postedMoreThanOnce > 0, "posted more than once", postedMoreThanOnce);
        failIf(failures, rejectedPosted > 0, "rejected but posted", rejectedPosted);
        failIf(failures, contradictory > 0, "answered both accepted and rejected", contradictory);
        failIf(failures, withoutVerdict > 0, "without a verdict at the end", withoutVerdict);
        failIf(failures, strayPostings > 0, "postings of no drill payment", strayPostings);
        failIf(failures, billsPostedTwice > 0, "bills posted more than once", billsPostedTwice);
        failIf(failures, unexpectedAnswers > 0, "unexpected answers", unexpectedAnswers);
        return failures;
    }

    private static void failIf(List<String> failures, boolean failed, String check, long count) {
        if (failed) {
            failures.add(count > 0 ? check + ": " + count : check);
        }
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /** The answers by code, the payments by verdict and each check, as a small fixed-width table. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-52s %10s%n", "answers (one per request)", "count"));
        answersByRow.forEach((row, count) -> out.append(row("  " + row, count, null)));
        out.append(String.format(Locale.ROOT, "%-52s %10s  %s%n", "payments (one per paymentRequestId)", "count",
                "check"));
        out.append(row("  all", payments, null));
        out.append(row("  answered accepted (2002500 or 4042518)", accepted, null));
        out.append(row("    posted exactly once", acceptedPostedOnce, null));
        out.append(row("    not posted", acceptedNotPosted, acceptedNotPosted == 0));
        out.append(row("  answered rejected (01)", rejected, null));
        out.append(row("    posted", rejectedPosted, rejectedPosted == 0));
        out.append(row("  answered both accepted and rejected", contradictory, contradictory == 0));
        out.append(row("  without a verdict at the end", withoutVerdict, withoutVerdict == 0));
        out.append(row("  posted more than once", postedMoreThanOnce, postedMoreThanOnce == 0));
        out.append(row("postings at the core", postings, null));
        out.append(row("  of no drill payment", strayPostings, strayPostings == 0));
        out.append(row("  bills posted more than once", billsPostedTwice, billsPostedTwice == 0));
        out.append(row("unexpected answers", unexpectedAnswers, unexpectedAnswers == 0));
        out.append(row("accepted payments posted after the bank heard it", postedAfterAnswer, null));
        out.append(String.format(Locale.ROOT, "%-52s %8.1f s%s%n", "longest delay accepted -> posted",
                longestDelay.toMillis() / 1000.0,
                longestDelayPayment == null ? "" : "  (paymentRequestId " + longestDelayPayment + ")"));
        List<String> failures = failures();
        out.append(failures.isEmpty() ? "RESULT: PASS" : "RESULT: FAIL - " + String.join("; ", failures))
                .append(System.lineSeparator());
        return out.toString();
    }

    private static String row(String name, long count, Boolean ok) {
        return String.format(Locale.ROOT, "%-52s %,10d%s%n", name, count,
                ok == null ? "" : ok ? "  ok" : "  FAIL");
    }

    public long payments() {
        return payments;
    }

    public long accepted() {
        return accepted;
    }

    public long acceptedPostedOnce() {
        return acceptedPostedOnce;
    }

    public long rejected() {
        return rejected;
    }

    public long postedAfterAnswer() {
        return postedAfterAnswer;
    }

    public Duration longestDelay() {
        return longestDelay;
    }

    /** How many answers of each kind the banks got. */
    public Map<AnswerKind, Long> answersByKind() {
        Map<AnswerKind, Long> byKind = new TreeMap<>();
        answersByRow.forEach((row, count) -> byKind.merge(kindOfRow.get(row), count, Long::sum));
        return byKind;
    }
}
