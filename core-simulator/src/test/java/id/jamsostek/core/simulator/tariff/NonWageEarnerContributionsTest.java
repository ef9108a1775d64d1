package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonWageEarnerContributionsTest {

    private final Tariffs tariffs = Tariffs.fromClasspath();
    private final NonWageEarnerContributions contributions = tariffs.nonWageEarners();
    private final Money lowest = tariffs.incomeBands().lowest();
    /** A month without any discount row. */
    private final YearMonth period = YearMonth.of(2027, 10);

    private BpuTerms lowestBand(boolean withJht, Sector sector, PayerType payer) {
        return new BpuTerms(lowest, withJht, sector, payer);
    }

    @Test
    void chargesSixteenThousandEightHundredOnTheLowestBandWithoutJht() {
        ContributionBreakdown month = contributions.monthly(BpuTerms.selfPaid(lowest, false), period);

        assertThat(month.share(Program.JKK).total()).isEqualTo(Money.ofRupiah(10_000));
        assertThat(month.share(Program.JKM).total()).isEqualTo(Money.ofRupiah(6_800));
        assertThat(month.shares()).extracting(ProgramShare::program).doesNotContain(Program.JHT, Program.JP);
        assertThat(month.total()).isEqualTo(Money.ofRupiah(16_800));
    }

    @Test
    void addsTwoPercentOfTheBandForJht() {
        ContributionBreakdown month = contributions.monthly(BpuTerms.selfPaid(lowest, true), period);

        assertThat(month.share(Program.JHT).total()).isEqualTo(Money.ofRupiah(20_000));
        assertThat(month.total()).isEqualTo(Money.ofRupiah(36_800));
    }

    @Test
    void computesAHigherBand() {
        ContributionBreakdown month = contributions.monthly(BpuTerms.selfPaid(Money.ofRupiah(3_000_000), true), period);

        assertThat(month.total()).isEqualTo(Money.ofRupiah(30_000 + 6_800 + 60_000));
    }

    @Test
    void loadsTheStandInBandTableFromOneMillionToTwentyPointSevenMillion() {
        assertThat(tariffs.incomeBands().all()).hasSize(198)
                .startsWith(Money.ofRupiah(1_000_000))
                .endsWith(Money.ofRupiah(20_700_000));
        assertThat(tariffs.incomeBands().isBand(Money.ofRupiah(1_050_000))).isFalse();
    }

    @Test
    void refusesAnIncomeThatIsNotABand() {
        assertThatThrownBy(() -> contributions.monthly(BpuTerms.selfPaid(Money.ofRupiah(1_050_000), false), period))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** domain.md's worked example of PP 50/2025: lowest band, self-paid, November 2026, not transport. */
    @Test
    void halvesJkkAndJkmButNotJhtInNovember2026() {
        YearMonth november = YearMonth.of(2026, 11);

        ContributionBreakdown without = contributions.monthly(lowestBand(false, Sector.OTHER, PayerType.SELF),
                november);
        ContributionBreakdown with = contributions.monthly(lowestBand(true, Sector.OTHER, PayerType.SELF), november);

        assertThat(without.share(Program.JKK).total()).isEqualTo(Money.ofRupiah(5_000));
        assertThat(without.share(Program.JKM).total()).isEqualTo(Money.ofRupiah(3_400));
        assertThat(without.total()).isEqualTo(Money.ofRupiah(8_400));
        assertThat(with.share(Program.JHT).total()).as("JHT in full").isEqualTo(Money.ofRupiah(20_000));
        assertThat(with.total()).isEqualTo(Money.ofRupiah(28_400));
        assertThat(contributions.monthly(lowestBand(false, Sector.OTHER, PayerType.SELF), YearMonth.of(2027, 10))
                .total()).as("October 2027: the discount is over").isEqualTo(Money.ofRupiah(16_800));
    }

    /** The months each side of both sectors' periods, by the month the contribution is for. */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "TRANSPORT, 2025-12, 16800",
        "TRANSPORT, 2026-01, 8400",
        "TRANSPORT, 2026-12, 8400",
        "TRANSPORT, 2027-03, 8400",
        "TRANSPORT, 2027-04, 16800",
        "OTHER,     2026-03, 16800",
        "OTHER,     2026-04, 8400",
        "OTHER,     2026-12, 8400",
        "OTHER,     2027-01, 16800",
    })
    void discountsOnlyTheMonthsOfTheSectorsPeriod(Sector sector, String month, long total) {
        assertThat(contributions.monthly(lowestBand(false, sector, PayerType.SELF), YearMonth.parse(month)).total())
                .isEqualTo(Money.ofRupiah(total));
    }

    @Test
    void excludesARegencyBudgetButNotAVillageBudgetByDefault() {
        YearMonth november = YearMonth.of(2026, 11);

        assertThat(contributions.excludedFromDiscounts()).containsExactly(PayerType.REGENCY_BUDGET);
        assertThat(contributions.monthly(lowestBand(false, Sector.OTHER, PayerType.REGENCY_BUDGET), november).total())
                .isEqualTo(Money.ofRupiah(16_800));
        assertThat(contributions.monthly(lowestBand(false, Sector.OTHER, PayerType.VILLAGE_BUDGET), november).total())
                .isEqualTo(Money.ofRupiah(8_400));
        assertThat(contributions.monthly(lowestBand(false, Sector.TRANSPORT, PayerType.DONOR), november).total())
                .isEqualTo(Money.ofRupiah(8_400));
    }

    @Test
    void takesTheExcludedPayersFromConfiguration() {
        NonWageEarnerContributions villageExcluded =
                contributions.excludingFromDiscounts(Set.of(PayerType.VILLAGE_BUDGET, PayerType.REGENCY_BUDGET));
        YearMonth november = YearMonth.of(2026, 11);

        assertThat(villageExcluded.monthly(lowestBand(false, Sector.OTHER, PayerType.VILLAGE_BUDGET), november)
                .total()).isEqualTo(Money.ofRupiah(16_800));
        assertThat(villageExcluded.monthly(lowestBand(false, Sector.OTHER, PayerType.SELF), november).total())
                .isEqualTo(Money.ofRupiah(8_400));
    }

    @Test
    void halvesTheRoundedFullAmountOfAHigherBand() {
        ContributionBreakdown month = contributions.monthly(
                new BpuTerms(Money.ofRupiah(1_100_000), true, Sector.TRANSPORT, PayerType.SELF), YearMonth.of(2026, 2));

        assertThat(month.share(Program.JKK).total()).isEqualTo(Money.ofRupiah(5_500));
        assertThat(month.share(Program.JKM).total()).isEqualTo(Money.ofRupiah(3_400));
        assertThat(month.share(Program.JHT).total()).isEqualTo(Money.ofRupiah(22_000));
    }
}
