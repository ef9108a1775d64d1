package id.jamsostek.gateway.partner;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.boot.convert.DurationStyle;

/**
 * How one bank is served.
 *
 * @param pathPrefix       what the bank puts before /v1.0/... ("" or e.g. "/openapi")
 * @param deadline         the whole request's budget, toward the core included
 * @param repeatedPayment  what a repeat of a payment (same X-EXTERNAL-ID and paymentRequestId) gets
 * @param unknownOutcome   what a payment gets when the core's answer cannot be had
 * @param maxBillLines     the most bill detail lines the bank shows (some show 5): the rest are folded into one
 *                         line with the same total; null for every line
 */
public record BankProfile(String pathPrefix, Duration deadline, RepeatedPayment repeatedPayment,
        UnknownOutcome unknownOutcome, Integer maxBillLines) {

    public enum RepeatedPayment {
        /** the recorded answer again (the default) */
        REPLAY,
        /** 4042518 "Inconsistent Request" with the first verdict, never after a failed first attempt */
        INCONSISTENT_REQUEST
    }

    public enum UnknownOutcome {
        /** accept: the bill was known and the payment is durable; post it when the core is back (the default) */
        ACCEPT,
        /** answer 5042500 with paymentFlagStatus "02" and settle it later */
        PENDING
    }

    /** What the database holds a deadline within (bank_partner.deadline_ms). */
    private static final Duration SHORTEST_DEADLINE = Duration.ofMillis(100);
    private static final Duration LONGEST_DEADLINE = Duration.ofSeconds(60);
    /** One program and the folded line at least; bills have fewer than 25 lines (bank_partner.max_bill_lines). */
    private static final int FEWEST_LINES = 2;
    private static final int MOST_LINES = 25;

    public BankProfile {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(repeatedPayment, "repeatedPayment");
        Objects.requireNonNull(unknownOutcome, "unknownOutcome");
        Registrations.require(pathPrefix.matches("(/[A-Za-z0-9._~-]+)*"), "profile.pathPrefix",
                "a path prefix is empty or like /openapi");
        Registrations.require(deadline.compareTo(SHORTEST_DEADLINE) >= 0 && deadline.compareTo(LONGEST_DEADLINE) <= 0,
                "profile.deadline", "profile.deadline is between 100ms and 60s");
        Registrations.require(maxBillLines == null || maxBillLines >= FEWEST_LINES && maxBillLines <= MOST_LINES,
                "profile.maxBillLines", "profile.maxBillLines is between " + FEWEST_LINES + " and " + MOST_LINES);
    }

    /** Showing every bill line. */
    public BankProfile(String pathPrefix, Duration deadline, RepeatedPayment repeatedPayment,
            UnknownOutcome unknownOutcome) {
        this(pathPrefix, deadline, repeatedPayment, unknownOutcome, null);
    }

    /**
     * A profile as written in the partner file or an admin request; an absent setting takes its default (no prefix,
     * 5s, REPLAY, ACCEPT, every bill line).
     */
    public static BankProfile of(String pathPrefix, String deadline, String repeatedPayment, String unknownOutcome,
            Integer maxBillLines) {
        return new BankProfile(
                pathPrefix == null ? "" : pathPrefix,
                deadline == null ? Duration.ofSeconds(5) : duration(deadline),
                named(RepeatedPayment.class, "profile.repeatedPayment", repeatedPayment, RepeatedPayment.REPLAY),
                named(UnknownOutcome.class, "profile.unknownOutcome", unknownOutcome, UnknownOutcome.ACCEPT),
                maxBillLines);
    }

    private static Duration duration(String text) {
        try {
            return DurationStyle.detectAndParse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistration("profile.deadline", "profile.deadline is a duration like 5s or 2500ms");
        }
    }

    private static <E extends Enum<E>> E named(Class<E> type, String field, String name, E absent) {
        if (name == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistration(field, field + " is one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
