package id.jamsostek.contracts;

/** Kartu Peserta Jamsostek: the participant number, 11 digits. Identifies a person, so toString is masked. */
public record Kpj(String value) {

    private static final int LENGTH = 11;

    public Kpj {
        Digits.requireExactly(value, LENGTH, "a KPJ");
    }

    public static Kpj of(String value) {
        return new Kpj(value);
    }

    /** The last 4 digits only, e.g. "*******5678". */
    public String masked() {
        return "*".repeat(LENGTH - 4) + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
