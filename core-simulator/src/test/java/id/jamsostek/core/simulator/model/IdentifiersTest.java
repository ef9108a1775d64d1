package id.jamsostek.core.simulator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.core.simulator.tariff.BpuTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void acceptsAWomansNikWithFortyAddedToTheDay() {
        assertThat(Identifiers.requireNik("3603014903880006", LocalDate.of(1988, 3, 9))).isNotNull();
    }

    @Test
    void rejectsANikWhoseBirthDateDiffersOrIsNoDate() {
        assertThatThrownBy(() -> Identifiers.requireNik("3603014903880006", LocalDate.of(1988, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.requireNik("3603017213880006", LocalDate.of(1988, 3, 9)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Identifiers.requireNik("360301490388000", LocalDate.of(1988, 3, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(Identifiers.masked("3603014903880006")).isEqualTo("************0006");
    }

    @Test
    void keepsPersonalDataOutOfToString() {
        NonWageEarner participant = new NonWageEarner("22010000006", "3603014903880006", "SITI RAHAYU",
                LocalDate.of(1988, 3, 9), BpuTerms.selfPaid(id.jamsostek.contracts.Money.ofRupiah(1_000_000), false),
                LocalDate.of(2025, 1, 1));

        assertThat(participant.toString()).doesNotContain("3603014903880006", "SITI", "22010000006");
    }
}
