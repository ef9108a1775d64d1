package id.jamsostek.core.simulator;

import id.jamsostek.core.simulator.demo.DemoSeed;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.tariff.BusinessScale;
import id.jamsostek.core.simulator.tariff.RiskGroup;
import java.time.LocalDate;
import java.time.YearMonth;

/** Paths of the employer operations and the demo units tests use. */
final class Employers {

    static final String MAJU = DemoSeed.MAJU_BERSAMA_NPP;
    static final String SINAR = "19012346";
    static final String BERKAH = "19012347";
    static final String HEAD_OFFICE = DemoSeed.HEAD_OFFICE;
    static final String PREVIEWS = "/core/v1/contribution-previews";

    private Employers() {
    }

    static String unit(String npp, String division) {
        return "/core/v1/employers/" + npp + "/divisions/" + division;
    }

    static String employees(String npp, String division) {
        return unit(npp, division) + "/employees";
    }

    static String wageReport(String npp, String division, String period) {
        return unit(npp, division) + "/wage-reports/" + period;
    }

    static String bill(String npp, String division, String period) {
        return unit(npp, division) + "/contribution-bills/" + period;
    }

    /** A second division of PT Maju Bersama (a branch), registered on the day given, nothing paid before it. */
    static Employer majuBranch(LocalDate registeredOn) {
        return new Employer(MAJU, "001", "PT MAJU BERSAMA SEJAHTERA CABANG TIGARAKSA", RiskGroup.I,
                BusinessScale.LARGE, "100200300411", registeredOn);
    }

    /** Opens the branch in the simulator, paid through the month before its registration. */
    static void openMajuBranch(CoreSimulator sim, LocalDate registeredOn) {
        sim.employers().open(majuBranch(registeredOn), YearMonth.from(registeredOn).minusMonths(1));
    }

    /** A wage report body. */
    static String report(int version, String wages, String leavers) {
        return "{\"version\":" + version + ",\"wages\":[" + wages + "],\"leavers\":[" + leavers + "]}";
    }

    static String wage(String kpj, String amount) {
        return "{\"kpj\":\"" + kpj + "\",\"monthlyWage\":\"" + amount + "\"}";
    }

    static String leaver(String kpj, String endDate) {
        return "{\"kpj\":\"" + kpj + "\",\"endDate\":\"" + endDate + "\",\"reason\":\"RESIGNED\"}";
    }
}
