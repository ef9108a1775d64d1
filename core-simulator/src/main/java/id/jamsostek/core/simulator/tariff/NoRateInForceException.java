package id.jamsostek.core.simulator.tariff;

import java.time.LocalDate;

/** The data files have no row in force for a date: extend the data, do not guess. */
public final class NoRateInForceException extends IllegalStateException {

    public NoRateInForceException(String what, LocalDate on) {
        super("no " + what + " in force on " + on + " in the tariff data");
    }
}
