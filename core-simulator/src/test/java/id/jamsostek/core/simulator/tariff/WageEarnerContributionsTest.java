package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class WageEarnerContributionsTest {

    private final Tariffs tariffs = Tariffs.fromClasspath();
    private final WageEarnerContributions contributions = tariffs.wageEarners();

    @Test
    void computesTheWorkedExampleOfAnEightMillionWage() {
        ContributionBreakdown month = contributions.monthly(rupiah(8_000_000), RiskGroup.I, Sector.OTHER,
                BusinessScale.LARGE, YearMonth.of(2026, 10));

        assertShare(month, Program.JKK, 19_200, 0);
        assertShare(month, Program.JKM, 24_000, 0);
        assertShare(month, Program.JHT, 296_000, 160_000);
        assertShare(month, Program.JP, 160_000, 80_000);
        assertThat(month.employerTotal()).isEqualTo(rupiah(499_200));
        assertThat(month.workerTotal()).isEqualTo(rupiah(240_000));
        assertThat(month.total()).isEqualTo(rupiah(739_200));
    }

    /** PP 7/2025 and PP 36/2025: JKK at half the rate of risk group I (0.12 %), the other programs in full. */
    @Test
    void halvesJkkOfALabourIntensiveUnitInTheDiscountMonthsOnly() {
        ContributionBreakdown june2025 = contributions.monthly(rupiah(8_000_000), RiskGroup.I,
                Sector.LABOUR_INTENSIVE, BusinessScale.LARGE, YearMonth.of(2025, 6));

        assertShare(june2025, Program.JKK, 9_600, 0);
        assertShare(june2025, Program.JKM, 24_000, 0);
        assertShare(june2025, Program.JHT, 296_000, 160_000);
        assertShare(contributions.monthly(rupiah(8_000_000), RiskGroup.I, Sector.LABOUR_INTENSIVE, BusinessScale.LARGE,
                YearMonth.of(2026, 1)), Program.JKK, 9_600, 0);
        assertShare(contributions.monthly(rupiah(8_000_000), RiskGroup.I, Sector.LABOUR_INTENSIVE, BusinessScale.LARGE,
                YearMonth.of(2026, 2)), Program.JKK, 19_200, 0);
        assertShare(contributions.monthly(rupiah(8_000_000), RiskGroup.I, Sector.OTHER, BusinessScale.LARGE,
                YearMonth.of(2025, 6)), Program.JKK, 19_200, 0);
    }

    @Test
    void computesJpOnTheCapOfMarch2025ForAFifteenMillionWage() {
        ContributionBreakdown month = contributions.monthly(rupiah(15_000_000), RiskGroup.I, Sector.OTHER,
                BusinessScale.LARGE, YearMonth.of(2025, 6));

        assertShare(month, Program.JKK, 36_000, 0);
        assertShare(month, Program.JKM, 45_000, 0);
        assertShare(month, Program.JHT, 555_000, 300_000);
        assertShare(month, Program.JP, 210_948, 105_474);
    }

    @Test
    void takesTheCapInForceOnTheFirstOfThePeriod() {
        Money wage = rupiah(15_000_000);
        assertShare(contributions.monthly(wage, RiskGroup.I, Sector.OTHER, BusinessScale.LARGE, YearMonth.of(2025, 2)),
                Program.JP, 200_846, 100_423); // 10,042,300 from March 2024
        assertShare(contributions.monthly(wage, RiskGroup.I, Sector.OTHER, BusinessScale.LARGE, YearMonth.of(2025, 3)),
                Program.JP, 210_948, 105_474); // 10,547,400 from 1 March 2025
        assertShare(contributions.monthly(wage, RiskGroup.I, Sector.OTHER, BusinessScale.LARGE, YearMonth.of(2026, 3)),
                Program.JP, 221_726, 110_863); // 11,086,300 from March 2026
        assertShare(contributions.monthly(wage, RiskGroup.I, Sector.OTHER, BusinessScale.LARGE, YearMonth.of(2023, 3)),
                Program.JP, 191_192, 95_596); // 9,559,600 from March 2023
    }

    @Test
    void takesTheCapOfTheStartOfTheProgramsForTheirFirstMonths() {
        assertShare(contributions.monthly(rupiah(15_000_000), RiskGroup.I, Sector.OTHER, BusinessScale.LARGE,
                YearMonth.of(2015, 7)),
                Program.JP, 140_000, 70_000); // 7,000,000 from July 2015
        assertShare(contributions.monthly(rupiah(15_000_000), RiskGroup.I, Sector.OTHER, BusinessScale.LARGE,
                YearMonth.of(2023, 2)),
                Program.JP, 181_552, 90_776); // 9,077,600 from March 2022
    }

    @Test
    void refusesAPeriodBeforeAnyRowInTheData() {
        assertThatThrownBy(() -> contributions.monthly(rupiah(5_000_000), RiskGroup.I, Sector.OTHER,
                BusinessScale.LARGE, YearMonth.of(2015, 6))).isInstanceOf(NoRateInForceException.class);
        assertThatThrownBy(() -> contributions.jpWageBase(rupiah(5_000_000), YearMonth.of(2015, 6)))
                .isInstanceOf(NoRateInForceException.class);
    }

    @Test
    void chargesVoluntaryProgramsBeyondTheScale() {
        ContributionBreakdown month = contributions.monthly(rupiah(4_000_000), RiskGroup.II, Sector.OTHER,
                java.util.EnumSet.of(Program.JKK, Program.JKM, Program.JHT), YearMonth.of(2026, 10));

        assertThat(programs(month)).containsExactly(Program.JKK, Program.JKM, Program.JHT);
        assertShare(month, Program.JHT, 148_000, 80_000);
    }

    @Test
    void creditsJkpOnTheWageUpToItsCapFromItsFirstRowOnly() {
        assertThat(contributions.jkpInformational(rupiah(4_000_000), YearMonth.of(2026, 10))).isEqualTo(rupiah(14_400));
        assertThat(contributions.jkpInformational(rupiah(15_000_000), YearMonth.of(2026, 10)))
                .isEqualTo(rupiah(18_000));
        assertThat(contributions.jkpInformational(rupiah(15_000_000), YearMonth.of(2025, 1))).isEqualTo(Money.ZERO);
    }

    @Test
    void appliesTheRateOfEachRiskGroup() {
        long[] expectedJkk = {12_000, 27_000, 44_500, 63_500, 87_000};
        for (RiskGroup group : RiskGroup.values()) {
            ContributionBreakdown month = contributions.monthly(rupiah(5_000_000), group, Sector.OTHER,
                    BusinessScale.LARGE,
                    YearMonth.of(2026, 10));
            assertShare(month, Program.JKK, expectedJkk[group.ordinal()], 0);
        }
    }

    @Test
    void chargesOnlyTheProgramsOfTheBusinessScale() {
        YearMonth period = YearMonth.of(2026, 10);
        assertThat(programs(contributions.monthly(rupiah(4_000_000), RiskGroup.II, Sector.OTHER,
                BusinessScale.MICRO, period)))
                .containsExactly(Program.JKK, Program.JKM);
        assertThat(programs(contributions.monthly(rupiah(4_000_000), RiskGroup.II, Sector.OTHER,
                BusinessScale.SMALL, period)))
                .containsExactly(Program.JKK, Program.JKM, Program.JHT);
        assertThat(programs(contributions.monthly(rupiah(4_000_000), RiskGroup.II, Sector.OTHER,
                BusinessScale.MEDIUM, period)))
                .containsExactly(Program.JKK, Program.JKM, Program.JHT, Program.JP);
    }

    @Test
    void roundsEachShareHalfUpToTheRupiah() {
        // 1,234,567 x 0.24 % = 2,962.9608 -> 2,963; x 0.30 % = 3,703.701 -> 3,704; x 3.7 % = 45,678.979 -> 45,679
        ContributionBreakdown month = contributions.monthly(rupiah(1_234_567), RiskGroup.I, Sector.OTHER,
                BusinessScale.SMALL,
                YearMonth.of(2026, 10));
        assertShare(month, Program.JKK, 2_963, 0);
        assertShare(month, Program.JKM, 3_704, 0);
        assertShare(month, Program.JHT, 45_679, 24_691);
    }

    private static java.util.List<Program> programs(ContributionBreakdown month) {
        return month.shares().stream().map(ProgramShare::program).toList();
    }

    private static void assertShare(ContributionBreakdown month, Program program, long employer, long worker) {
        assertThat(month.share(program).employerShare()).as(program + " employer").isEqualTo(rupiah(employer));
        assertThat(month.share(program).workerShare()).as(program + " worker").isEqualTo(rupiah(worker));
    }

    private static Money rupiah(long amount) {
        return Money.ofRupiah(amount);
    }
}
