package id.jamsostek.core.simulator.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rates of non-wage earners per program, from {@code bpu-contribution-rates.csv}. */
public final class NonWageEarnerRates {

    /** How a program's monthly amount is found. */
    public enum Basis {
        /** value percent of the declared income band */
        BAND_PERCENT,
        /** value rupiah a month */
        FLAT
    }

    /**
     * One row in force.
     *
     * @param basis how {@code value} is applied
     * @param value a percent or rupiah, by basis
     * @param mandatory false when charged only if the participant chose the program
     */
    public record Rate(Program program, Basis basis, BigDecimal value, boolean mandatory) {
    }

    private static final List<Program> PROGRAMS = List.of(Program.JKK, Program.JKM, Program.JHT);
    private final EffectiveDated<Program, Rate> rates = new EffectiveDated<>();

    public static NonWageEarnerRates load(String resource) {
        NonWageEarnerRates table = new NonWageEarnerRates();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            Program program = Program.valueOf(row.get("program"));
            table.rates.put(program, LocalDate.parse(row.get("effective_from")),
                    new Rate(program, Basis.valueOf(row.get("basis")), new BigDecimal(row.get("value")),
                            Boolean.parseBoolean(row.get("mandatory"))));
        }
        return table;
    }

    /** The rows in force on the date, in program order. */
    public List<Rate> inForceOn(LocalDate on) {
        return PROGRAMS.stream().map(p -> rates.inForceOn(p, on)).flatMap(Optional::stream).toList();
    }
}
