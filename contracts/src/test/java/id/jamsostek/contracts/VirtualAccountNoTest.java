package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualAccountNoTest {

    private static final CompanyCode COMPANY = CompanyCode.of("88899");

    @Test
    void isPaddedCompanyCodeFollowedByCustomerNo() {
        VirtualAccountNo va = VirtualAccountNo.of(COMPANY, "12345678901234567890");

        assertThat(va.value()).isEqualTo("   8889912345678901234567890").hasSize(28);
    }

    @Test
    void parsesBackIntoItsParts() {
        VirtualAccountNo va = VirtualAccountNo.parse("   8889912345678901234567890");

        assertThat(va.companyCode()).isEqualTo(COMPANY);
        assertThat(va.customerNo()).isEqualTo("12345678901234567890");
    }

    @Test
    void masksCustomerNoWhichMayBeANik() {
        VirtualAccountNo va = VirtualAccountNo.of(COMPANY, "3603011708850001");

        assertThat(va.toString()).isEqualTo("   88899************0001").doesNotContain("170885");
    }

    @Test
    void matchesSnapVectorFields() {
        assertThat(VirtualAccountNo.matches("   88899", "12345678901234567890", "   8889912345678901234567890")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "'   88899'|12345678901234567890|'   8889912345678901234567891'",  // other customer
        "'   88899'|12345678901234567890|'8889912345678901234567890'",     // VA not padded
        "88899|12345678901234567890|8889912345678901234567890",            // partnerServiceId not padded
        "'   88899'|123456789012345678901|'   88899123456789012345678901'", // customerNo too long
        "'   88899'|1234A|'   888991234A'",                                // customerNo not digits
        "NULL|123|'   88899123'",
        "'   88899'|NULL|'   88899123'",
        "'   88899'|123|NULL",
    })
    void doesNotMatchInconsistentOrMalformedFields(String partnerServiceId, String customerNo, String vaNo) {
        assertThat(VirtualAccountNo.matches(partnerServiceId, customerNo, vaNo)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   88899", "   88899123456789012345678901", "  8 8991234", "   8889912A"})
    void rejectsUnparseableNumbersWithoutEchoingThem(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> VirtualAccountNo.parse(value))
                .withMessageNotContaining("88899");
    }

    @Test
    void readsEightDigitCompanyCodeWithoutPadding() {
        VirtualAccountNo va = VirtualAccountNo.parse("8889900145");

        assertThat(va.companyCode()).isEqualTo(CompanyCode.of("88899001"));
        assertThat(va.customerNo()).isEqualTo("45");
    }

    @Test
    void rejectsCustomerNoOverTwentyDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> VirtualAccountNo.of(COMPANY, "123456789012345678901"))
                .withMessage("a customerNo must be 1 to 20 digits");
    }
}
