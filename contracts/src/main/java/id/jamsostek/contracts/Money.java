package id.jamsostek.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact rupiah amount. On the wire it is a string with two decimals ("16800.00"), never a float.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final Pattern WIRE = Pattern.compile("(0|[1-9][0-9]{0,15})\\.[0-9]{2}");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a rupiah amount is never negative");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses the wire form; rejects anything but digits, a dot and exactly two decimals. */
    public static Money parse(String wire) {
        if (wire == null || !WIRE.matcher(wire).matches()) {
            throw new IllegalArgumentException("not a rupiah amount of the form 16800.00");
        }
        return new Money(new BigDecimal(wire));
    }

    public static Money ofRupiah(long rupiah) {
        return new Money(BigDecimal.valueOf(rupiah));
    }

    /** A percentage of this amount rounded to the whole rupiah, half up (domain.md §2). */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public String toWire() {
        return amount.toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "IDR " + toWire();
    }
}
