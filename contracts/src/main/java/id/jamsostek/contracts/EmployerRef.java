package id.jamsostek.contracts;

import java.util.Objects;

/** One registered employer unit: its NPP and the division under it. */
public record EmployerRef(Npp npp, Division division) {

    public EmployerRef {
        Objects.requireNonNull(npp, "npp");
        Objects.requireNonNull(division, "division");
    }

    /** The employer itself, division "000". */
    public static EmployerRef of(Npp npp) {
        return new EmployerRef(npp, Division.DEFAULT);
    }

    public static EmployerRef of(String npp, String division) {
        return new EmployerRef(Npp.of(npp), Division.of(division));
    }

    /** "12345678-000". */
    @Override
    public String toString() {
        return npp.value() + "-" + division.value();
    }
}
