package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.contracts.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NonWageEarnerContributionsTest {

    private final Tariffs tariffs = Tariffs.fromClasspath();
    private final NonWageEarnerContributions contributions = tariffs.nonWageEarners();
    private final YearMonth period = YearMonth.of(2026, 11);

    @Test
    void chargesSixteenThousandEightHundredOnTheLowestBandWithoutJht() {
        ContributionBreakdown month = contributions.monthly(tariffs.incomeBands().lowest(), false, period);

        assertThat(month.share(Program.JKK).total()).isEqualTo(Money.ofRupiah(10_000));
        assertThat(month.share(Program.JKM).total()).isEqualTo(Money.ofRupiah(6_800));
        assertThat(month.shares()).extracting(ProgramShare::program).doesNotContain(Program.JHT, Program.JP);
        assertThat(month.total()).isEqualTo(Money.ofRupiah(16_800));
    }

    @Test
    void addsTwoPercentOfTheBandForJht() {
        ContributionBreakdown month = contributions.monthly(tariffs.incomeBands().lowest(), true, period);

        assertThat(month.share(Program.JHT).total()).isEqualTo(Money.ofRupiah(20_000));
        assertThat(month.total()).isEqualTo(Money.ofRupiah(36_800));
    }

    @Test
    void computesAHigherBand() {
        ContributionBreakdown month = contributions.monthly(Money.ofRupiah(3_000_000), true, period);

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
        assertThatThrownBy(() -> contributions.monthly(Money.ofRupiah(1_050_000), false, period))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appliesADiscountRowFromItsEffectiveDate() {
        NonWageEarnerContributions discounted = new NonWageEarnerContributions(
                NonWageEarnerRates.load("test-tariffs/bpu-rates-with-discount.csv"), tariffs.incomeBands());
        Money lowest = tariffs.incomeBands().lowest();

        assertThat(discounted.monthly(lowest, false, YearMonth.of(2025, 12)).total()).isEqualTo(Money.ofRupiah(16_800));
        assertThat(discounted.monthly(lowest, false, YearMonth.of(2026, 1)).total()).isEqualTo(Money.ofRupiah(8_400));
        assertThat(discounted.monthly(lowest, true, YearMonth.of(2026, 1)).share(Program.JHT).total())
                .as("JHT has no discount row").isEqualTo(Money.ofRupiah(20_000));
    }
}
