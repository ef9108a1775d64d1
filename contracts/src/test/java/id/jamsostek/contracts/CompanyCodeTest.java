package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyCodeTest {

    @Test
    void padsWithLeadingSpacesToEightCharacters() {
        assertThat(CompanyCode.of("88899").padded()).isEqualTo("   88899");
        assertThat(CompanyCode.of("12345678").padded()).isEqualTo("12345678");
        assertThat(CompanyCode.of("7").padded()).isEqualTo("       7");
    }

    @Test
    void readsSnapPartnerServiceId() {
        assertThat(CompanyCode.fromPartnerServiceId("   88899")).isEqualTo(CompanyCode.of("88899"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"88899", "    88899", "88899   ", "  8 8899", "        "})
    void rejectsPartnerServiceIdNotPaddedToEight(String partnerServiceId) {
        assertThatIllegalArgumentException().isThrownBy(() -> CompanyCode.fromPartnerServiceId(partnerServiceId));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", " 88899", "8889A"})
    void rejectsAnythingButOneToEightDigits(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> CompanyCode.of(value))
                .withMessage("a company code must be 1 to 8 digits");
    }
}
