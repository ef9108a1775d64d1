package id.jamsostek.core.simulator.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LateFeesTest {

    private final Tariffs tariffs = Tariffs.fromClasspath();
    private final LateFees lateFees = tariffs.lateFees();
    private final YearMonth september = YearMonth.of(2026, 9);
    private final ContributionBreakdown eightMillion = tariffs.wageEarners()
            .monthly(Money.ofRupiah(8_000_000), RiskGroup.I, Sector.OTHER, BusinessScale.LARGE, september);

    @Test
    void chargesNothingUpToTheDueDate() {
        assertThat(lateFees.monthsLate(september, LocalDate.of(2026, 10, 15))).isZero();
        assertThat(lateFees.feeFor(september, eightMillion, LocalDate.of(2026, 10, 15))).isEqualTo(Money.ZERO);
    }

    @Test
    void chargesTwoPercentOnJkkJkmJhtAndHalfAPercentOnJpForTheFirstMonth() {
        // JKK 19,200 x 2 % = 384; JKM 24,000 x 2 % = 480; JHT 456,000 x 2 % = 9,120; JP 240,000 x 0.5 % = 1,200
        assertThat(lateFees.monthsLate(september, LocalDate.of(2026, 10, 16))).isEqualTo(1);
        assertThat(lateFees.feeFor(september, eightMillion, LocalDate.of(2026, 10, 16)))
                .isEqualTo(Money.ofRupiah(11_184));
        assertThat(lateFees.feeFor(september, eightMillion, LocalDate.of(2026, 11, 15)))
                .isEqualTo(Money.ofRupiah(11_184));
    }

    @Test
    void namesEachProgramsFeeWithTheMonthsOfDelay() {
        assertThat(lateFees.feesFor(september, eightMillion, LocalDate.of(2026, 11, 22))).containsExactly(
                new LateFees.ProgramFee(Program.JKK, 2, Money.ofRupiah(768)),
                new LateFees.ProgramFee(Program.JKM, 2, Money.ofRupiah(960)),
                new LateFees.ProgramFee(Program.JHT, 2, Money.ofRupiah(18_240)),
                new LateFees.ProgramFee(Program.JP, 2, Money.ofRupiah(2_400)));
        assertThat(lateFees.feesFor(september, eightMillion, LocalDate.of(2026, 10, 15))).isEmpty();
    }

    @Test
    void addsAMonthOfFeeForEachStartedMonthOfDelay() {
        assertThat(lateFees.monthsLate(september, LocalDate.of(2026, 11, 16))).isEqualTo(2);
        assertThat(lateFees.feeFor(september, eightMillion, LocalDate.of(2026, 11, 22)))
                .isEqualTo(Money.ofRupiah(22_368));
        assertThat(lateFees.monthsLate(september, LocalDate.of(2027, 1, 16))).isEqualTo(4);
    }

    @Test
    void countsFromTheNextWorkingDayWhenTheFifteenthIsAWeekend() {
        YearMonth october = YearMonth.of(2026, 10); // due 15 Nov 2026, a Sunday -> Monday 16 Nov
        assertThat(lateFees.monthsLate(october, LocalDate.of(2026, 11, 16))).isZero();
        assertThat(lateFees.monthsLate(october, LocalDate.of(2026, 11, 17))).isEqualTo(1);
    }
}
