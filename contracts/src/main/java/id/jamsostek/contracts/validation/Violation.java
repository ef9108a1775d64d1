package id.jamsostek.contracts.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One way a request body breaks its contract. Names where, never what was sent: bodies carry personal data.
 *
 * @param kind what is wrong
 * @param field the dotted path a SNAP error message names: "customerNo", "paidAmount.value",
 *     "billDetails[0].billAmount.value"; empty for the whole body
 * @param pointer the same place as a JSON pointer (RFC 6901): "/paidAmount/value"; empty for the whole body
 */
public record Violation(Kind kind, String field, String pointer) {

    /**
     * MALFORMED first, then MISSING, then the rest; within a rank by pointer, so the first names the error. Two
     * violations of one field (too long and not digits) are told apart by how basic they are: TYPE, TOO_LONG,
     * FORMAT, UNKNOWN_FIELD.
     */
    public static final Comparator<Violation> REPORTING_ORDER = Comparator
            .comparingInt((Violation violation) -> violation.kind().rank)
            .thenComparing(Violation::pointer)
            .thenComparingInt(violation -> violation.kind().precedence);

    public Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(pointer, "pointer");
    }

    static Violation malformed() {
        return new Violation(Kind.MALFORMED, "", "");
    }

    public enum Kind {
        /** Not parseable as one JSON value: broken, truncated, trailing data, a duplicated key. */
        MALFORMED(0, 0),
        /** A mandatory field is absent. */
        MISSING(1, 0),
        /** Present with the right type but not an allowed value: pattern, format, enum, const, bounds. */
        FORMAT(2, 3),
        /** Longer than allowed (characters, or items in an array). */
        TOO_LONG(2, 2),
        /** Wrong JSON type, e.g. a number where a string is expected. */
        TYPE(2, 1),
        /** A property the contract does not know, where the contract is closed. */
        UNKNOWN_FIELD(2, 4);

        private final int rank;
        private final int precedence;

        Kind(int rank, int precedence) {
            this.rank = rank;
            this.precedence = precedence;
        }
    }
}
