package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.RegularExpression;
import org.junit.jupiter.api.Test;

class EcmaAnchoredRegularExpressionFactoryTest {

    private final EcmaAnchoredRegularExpressionFactory factory = EcmaAnchoredRegularExpressionFactory.INSTANCE;

    @Test
    void endAnchorDoesNotMatchBeforeAFinalLineBreak() {
        RegularExpression digits = factory.getRegularExpression("^[0-9]{1,20}$");

        assertThat(digits.matches("12345")).isTrue();
        assertThat(digits.matches("12345\n")).isFalse();
        assertThat(digits.matches("12345\r\n")).isFalse();
    }

    @Test
    void leavesEscapedAndClassDollarsAlone() {
        assertThat(EcmaAnchoredRegularExpressionFactory.anchorEndOfInput("^\\$[$a]+$")).isEqualTo("^\\$[$a]+\\z");
        assertThat(factory.getRegularExpression("^\\$[$a]+$").matches("$a$")).isTrue();
    }

    @Test
    void keepsUnanchoredPatternsSearching() {
        assertThat(factory.getRegularExpression("[0-9]").matches("ab1")).isTrue();
    }
}
