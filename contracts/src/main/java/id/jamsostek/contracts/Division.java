package id.jamsostek.contracts;

/** An employer's division (branch or unit) under one NPP: 3 digits, "000" for the employer itself. */
public record Division(String value) {

    public static final Division DEFAULT = new Division("000");

    public Division {
        Digits.requireExactly(value, 3, "a division code");
    }

    public static Division of(String value) {
        return new Division(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
