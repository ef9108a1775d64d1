package id.jamsostek.contracts;

/** Nomor Pendaftaran Perusahaan: an employer's registration number, 8 digits. */
public record Npp(String value) {

    public Npp {
        Digits.requireExactly(value, 8, "an NPP");
    }

    public static Npp of(String value) {
        return new Npp(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
