package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    private static final RegionCode DESA_SAGA = RegionCode.of("36.03.01.2001");

    @Test
    void readsDottedAndPlainFormsAlike() {
        assertThat(DESA_SAGA).isEqualTo(RegionCode.of("3603012001"));
        assertThat(DESA_SAGA.value()).isEqualTo("3603012001");
        assertThat(DESA_SAGA.dotted()).isEqualTo("36.03.01.2001");
        assertThat(DESA_SAGA).hasToString("36.03.01.2001");
    }

    @Test
    void namesItsProvinceRegencyAndDistrict() {
        assertThat(DESA_SAGA.province()).isEqualTo(RegionScope.of("36"));
        assertThat(DESA_SAGA.regency()).isEqualTo(RegionScope.of("36.03"));
        assertThat(DESA_SAGA.district()).isEqualTo(RegionScope.of("36.03.01"));
        assertThat(DESA_SAGA.district().level()).isEqualTo(RegionLevel.DISTRICT);
    }

    @Test
    void tellsDesaFromKelurahan() {
        RegionCode kelurahan = RegionCode.of("36.71.01.1001");

        assertThat(DESA_SAGA.isVillage()).isTrue();
        assertThat(DESA_SAGA.isUrbanWard()).isFalse();
        assertThat(kelurahan.isVillage()).isFalse();
        assertThat(kelurahan.isUrbanWard()).isTrue();
    }

    @Test
    void liesWithinEveryScopeThatPrefixesIt() {
        assertThat(DESA_SAGA.isWithin(RegionScope.of("36"))).isTrue();
        assertThat(DESA_SAGA.isWithin(RegionScope.of("3603"))).isTrue();
        assertThat(DESA_SAGA.isWithin(RegionScope.of("360301"))).isTrue();
        assertThat(DESA_SAGA.isWithin(DESA_SAGA.scope())).isTrue();
        assertThat(DESA_SAGA.isWithin(RegionScope.of("360302"))).isFalse();
        assertThat(DESA_SAGA.isWithin(RegionScope.of("3604"))).isFalse();
        assertThat(DESA_SAGA.isWithin(RegionScope.of("3603012002"))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"360301200", "36030120011", "36.03.01.200A", "36-03-01-2001"})
    void rejectsAnythingButTenDigits(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(value))
                .withMessage("a region code must be exactly 10 digits");
    }
}
