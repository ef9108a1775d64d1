package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmployerRefTest {

    @Test
    void defaultsToDivisionZero() {
        EmployerRef employer = EmployerRef.of(Npp.of("12345678"));

        assertThat(employer.division()).isEqualTo(Division.DEFAULT);
        assertThat(employer.division().value()).isEqualTo("000");
        assertThat(employer).hasToString("12345678-000");
    }

    @Test
    void keepsNamedDivision() {
        assertThat(EmployerRef.of("12345678", "012")).isEqualTo(new EmployerRef(Npp.of("12345678"), Division.of("012")));
    }

    @Test
    void requiresBothParts() {
        assertThatNullPointerException().isThrownBy(() -> new EmployerRef(Npp.of("12345678"), null));
        assertThatNullPointerException().isThrownBy(() -> new EmployerRef(null, Division.DEFAULT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "1234567X", " 1234567"})
    void rejectsNppOtherThanEightDigits(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Npp.of(value))
                .withMessage("an NPP must be exactly 8 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00", "0000", "0a0"})
    void rejectsDivisionOtherThanThreeDigits(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Division.of(value))
                .withMessage("a division code must be exactly 3 digits");
    }
}
