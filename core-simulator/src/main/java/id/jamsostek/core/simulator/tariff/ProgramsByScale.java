package id.jamsostek.core.simulator.tariff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Which programs an employer of a business scale pays, from {@code programs-by-business-scale.csv}. */
public final class ProgramsByScale {

    private final EffectiveDated<BusinessScale, Set<Program>> programs = new EffectiveDated<>();

    public static ProgramsByScale load(String resource) {
        ProgramsByScale table = new ProgramsByScale();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            Set<Program> set = EnumSet.noneOf(Program.class);
            Arrays.stream(row.get("programs").split("\\s+")).map(Program::valueOf).forEach(set::add);
            table.programs.put(BusinessScale.valueOf(row.get("business_scale")), LocalDate.parse(row.get("effective_from")),
                    Set.copyOf(set));
        }
        return table;
    }

    public Set<Program> programsFor(BusinessScale scale, LocalDate on) {
        return programs.inForceOn(scale, on).orElseThrow(() -> new NoRateInForceException("program list for " + scale, on));
    }
}
