package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one computation behind employer bills, previews and open bills,
        on the worked examples of domain.md section 2. */
class PayrollContributionsTest {

    private static final Set<Program> LARGE = EnumSet.of(Program.JKK, Program.JKM, Program.JHT, Program.JP);
    private final PayrollContributions payroll = Tariffs.fromClasspath().payroll();

    @Test
    void computesTheWorkedExampleOfAnEightMillionWage() {
        ContributionStatement month = payroll.of(YearMonth.of(2026, 10), RiskGroup.I, Sector.OTHER,
                List.of(new PayrollLine("A", rupiah(8_000_000), LARGE)));

        EmployeeContribution employee = month.employees().getFirst();
        assertShare(employee.shares(), Program.JKK, 19_200, 0);
        assertShare(employee.shares(), Program.JKM, 24_000, 0);
        assertShare(employee.shares(), Program.JHT, 296_000, 160_000);
        assertShare(employee.shares(), Program.JP, 160_000, 80_000);
        assertThat(employee.jpWageBase()).isEqualTo(rupiah(8_000_000));
        assertThat(employee.employerTotal()).isEqualTo(rupiah(499_200));
        assertThat(employee.workerTotal()).isEqualTo(rupiah(240_000));
        assertThat(month.employerTotal()).isEqualTo(rupiah(499_200));
        assertThat(month.workerTotal()).isEqualTo(rupiah(240_000));
        assertThat(month.total()).isEqualTo(rupiah(739_200));
    }

    @Test
    void computesJpOnTheCapOfMarch2025ForAFifteenMillionWage() {
        ContributionStatement month = payroll.of(YearMonth.of(2025, 6), RiskGroup.I, Sector.OTHER,
                List.of(new PayrollLine("B", rupiah(15_000_000), LARGE)));

        EmployeeContribution employee = month.employees().getFirst();
        assertThat(employee.jpWageBase()).isEqualTo(rupiah(10_547_400));
        assertShare(employee.shares(), Program.JKK, 36_000, 0);
        assertShare(employee.shares(), Program.JKM, 45_000, 0);
        assertShare(employee.shares(), Program.JHT, 555_000, 300_000);
        assertShare(employee.shares(), Program.JP, 210_948, 105_474);
    }

    @Test
    void sumsBothWorkedExamplesPerProgramWithTheInformationalJkpLineLast() {
        ContributionStatement month = payroll.of(YearMonth.of(2025, 6), RiskGroup.I, Sector.OTHER, List.of(
                new PayrollLine("A", rupiah(8_000_000), LARGE), new PayrollLine("B", rupiah(15_000_000), LARGE)));

        assertThat(month.programLines()).containsExactly(
                new ProgramAmount(Program.JKK, rupiah(55_200), Money.ZERO, rupiah(55_200), false),
                new ProgramAmount(Program.JKM, rupiah(69_000), Money.ZERO, rupiah(69_000), false),
                new ProgramAmount(Program.JHT, rupiah(851_000), rupiah(460_000), rupiah(1_311_000), false),
                new ProgramAmount(Program.JP, rupiah(370_948), rupiah(185_474), rupiah(556_422), false),
                // 0.36 % of each wage up to Rp5,000,000: 18,000 twice; nobody pays it on top
                new ProgramAmount(Program.JKP, Money.ZERO, Money.ZERO, rupiah(36_000), true));
        assertThat(month.employerTotal()).isEqualTo(rupiah(1_346_148));
        assertThat(month.workerTotal()).isEqualTo(rupiah(645_474));
        assertThat(month.total()).isEqualTo(rupiah(739_200 + 1_252_422));
    }

    @Test
    void roundsPerEmployeeBeforeSumming() {
        // 1,250,250 x 0.24 % = 3,000.6 -> 3,001 each; on the summed wage 2,500,500 x 0.24 % = 6,001.2 -> 6,001
        ContributionStatement month = payroll.of(YearMonth.of(2026, 10), RiskGroup.I, Sector.OTHER, List.of(
                new PayrollLine("A", rupiah(1_250_250), LARGE), new PayrollLine("B", rupiah(1_250_250), LARGE)));

        assertShare(month.breakdown(), Program.JKK, 6_002, 0);
    }

    @Test
    void leavesJpOutAndItsWageBaseNullWithoutJp() {
        ContributionStatement month = payroll.of(YearMonth.of(2026, 10), RiskGroup.II, Sector.OTHER,
                List.of(new PayrollLine("C", rupiah(4_000_000), EnumSet.of(Program.JKK, Program.JKM))));

        EmployeeContribution employee = month.employees().getFirst();
        assertThat(employee.jpWageBase()).isNull();
        assertThat(month.programLines()).extracting(ProgramAmount::program)
                .containsExactly(Program.JKK, Program.JKM, Program.JKP);
        assertThat(month.total()).isEqualTo(rupiah(33_600));
        assertThat(month.jkp()).isEqualTo(rupiah(14_400));
    }

    @Test
    void showsJkpAsZeroBeforeItsFirstRow() {
        ContributionStatement month = payroll.of(YearMonth.of(2024, 6), RiskGroup.I, Sector.OTHER,
                List.of(new PayrollLine("A", rupiah(8_000_000), LARGE)));

        assertThat(month.programLines().getLast())
                .isEqualTo(new ProgramAmount(Program.JKP, Money.ZERO, Money.ZERO, Money.ZERO, true));
    }

    @Test
    void anEmptyPayrollOwesNothing() {
        ContributionStatement month = payroll.of(YearMonth.of(2026, 10), RiskGroup.I, Sector.OTHER, List.of());

        assertThat(month.isEmpty()).isTrue();
        assertThat(month.total()).isEqualTo(Money.ZERO);
    }

    private static void assertShare(ContributionBreakdown shares, Program program, long employer, long worker) {
        assertThat(shares.share(program).employerShare()).as(program + " employer").isEqualTo(rupiah(employer));
        assertThat(shares.share(program).workerShare()).as(program + " worker").isEqualTo(rupiah(worker));
    }

    private static Money rupiah(long amount) {
        return Money.ofRupiah(amount);
    }
}
