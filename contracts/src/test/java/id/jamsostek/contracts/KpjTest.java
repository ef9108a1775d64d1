package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KpjTest {

    @Test
    void acceptsElevenDigits() {
        assertThat(Kpj.of("12345678901").value()).isEqualTo("12345678901");
    }

    @Test
    void masksAllButLastFourDigits() {
        assertThat(Kpj.of("12345678901").toString()).isEqualTo("*******8901");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567890", "123456789012", "1234567890a", "-1234567890"})
    void rejectsAnythingButElevenDigits(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Kpj.of(value))
                .withMessage("a KPJ must be exactly 11 digits");
    }
}
