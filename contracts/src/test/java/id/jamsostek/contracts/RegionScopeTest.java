package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionScopeTest {

    @Test
    void knowsItsLevelFromItsLength() {
        assertThat(RegionScope.of("36").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(RegionScope.of("36.03").level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(RegionScope.of("36.03.01").level()).isEqualTo(RegionLevel.DISTRICT);
        assertThat(RegionScope.of("36.03.01.2001").level()).isEqualTo(RegionLevel.VILLAGE);
    }

    @Test
    void containsNarrowerScopesButNotWiderOrSiblingOnes() {
        RegionScope regency = RegionScope.of("36.03");

        assertThat(regency.contains(RegionScope.of("36.03.01"))).isTrue();
        assertThat(regency.contains(regency)).isTrue();
        assertThat(regency.contains(RegionScope.of("36"))).isFalse();
        assertThat(regency.contains(RegionScope.of("36.04.01"))).isFalse();
    }

    @Test
    void printsDotted() {
        assertThat(RegionScope.of("360301")).hasToString("36.03.01");
        assertThat(RegionScope.of("3603012001").dotted()).isEqualTo("36.03.01.2001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3", "360", "36030", "3603012", "36030120", "36A3"})
    void rejectsLengthsThatNameNoLevel(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionScope.of(value))
                .withMessage("a region scope must be 2, 4, 6 or 10 digits");
    }
}
