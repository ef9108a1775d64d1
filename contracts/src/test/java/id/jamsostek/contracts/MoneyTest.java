package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void parsesAndPrintsWireForm() {
        Money money = Money.parse("16800.00");

        assertThat(money.toWire()).isEqualTo("16800.00");
        assertThat(money).isEqualTo(Money.ofRupiah(16_800)).hasToString("IDR 16800.00");
    }

    @Test
    void keepsTwoDecimalsForWholeRupiah() {
        assertThat(Money.ofRupiah(0).toWire()).isEqualTo("0.00");
        assertThat(Money.ZERO.isZero()).isTrue();
    }

    @Test
    void takesPercentRoundedHalfUpToWholeRupiah() {
        Money wage = Money.ofRupiah(8_000_000);

        assertThat(wage.percent(new BigDecimal("0.24"))).isEqualTo(Money.ofRupiah(19_200));
        assertThat(Money.ofRupiah(10_547_400).percent(new BigDecimal("2.0"))).isEqualTo(Money.ofRupiah(210_948));
        assertThat(Money.ofRupiah(125).percent(new BigDecimal("2"))).isEqualTo(Money.parse("3.00"));
        assertThat(Money.ofRupiah(124).percent(new BigDecimal("2"))).isEqualTo(Money.parse("2.00"));
    }

    @Test
    void addsExactly() {
        Money bill = Money.ofRupiah(10_000).plus(Money.ofRupiah(6_800));

        assertThat(bill).isEqualTo(Money.parse("16800.00"));
        assertThat(bill.compareTo(Money.parse("16799.99"))).isPositive();
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Money(new BigDecimal("-1")));
    }

    @Test
    void rejectsFractionsOfASen() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"16800", "16800.0", "16800.000", "16,800.00", "16800,00", "-16800.00", "016800.00",
        "+16800.00", "1e4", " 16800.00", "16800.00\n", "12345678901234567.00"})
    void rejectsAnythingButTheWireForm(String wire) {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse(wire))
                .withMessage("not a rupiah amount of the form 16800.00");
    }
}
