package id.jamsostek.gateway.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyRingTest {

    private static final byte[] FIRST = filled(32, 1);
    private static final byte[] SECOND = filled(40, 2);
    private static final String FIRST_B64 = b64(FIRST);
    private static final String SECOND_B64 = b64(SECOND);

    @Test
    void makesTheFirstKeyCurrentAndKeepsTheOthers() {
        KeyRing ring = KeyRing.parse("KEK", "new:" + FIRST_B64 + ",old:" + SECOND_B64, 32);

        assertThat(ring.currentId()).isEqualTo("new");
        assertThat(ring.current()).containsExactly(FIRST);
        assertThat(ring.byId("old")).hasValueSatisfying(key -> assertThat(key).containsExactly(SECOND));
        assertThat(ring.byId("new")).hasValueSatisfying(key -> assertThat(key).containsExactly(FIRST));
        assertThat(ring.byId("gone")).isEmpty();
    }

    @Test
    void toleratesSpacesAroundEntries() {
        KeyRing ring = KeyRing.parse("KEK", " a:" + FIRST_B64 + " , b: " + SECOND_B64 + " ", 32);

        assertThat(ring.currentId()).isEqualTo("a");
        assertThat(ring.byId("b")).isPresent();
    }

    @Test
    void tellsWhetherItHoldsAKey() {
        KeyRing ring = KeyRing.parse("KEK", "a:" + FIRST_B64, 32);

        assertThat(ring.containsKey(FIRST.clone())).isTrue();
        assertThat(ring.containsKey(SECOND)).isFalse();
    }

    @Test
    void showsIdsButNoKeyInToString() {
        KeyRing ring = KeyRing.parse("KEK", "new:" + FIRST_B64 + ",old:" + SECOND_B64, 32);

        assertThat(ring.toString()).contains("new", "old").doesNotContain(FIRST_B64, SECOND_B64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAMissingValueNamingTheSetting(String value) {
        assertThatThrownBy(() -> KeyRing.parse("GATEWAY_SECRETS_KEK", value, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_SECRETS_KEK")
                .hasMessageContaining("is not set");
    }

    @Test
    void refusesAnEntryWithoutId() {
        assertThatThrownBy(() -> KeyRing.parse("KEK", FIRST_B64, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id:base64key")
                .hasMessageNotContaining(FIRST_B64);
    }

    @Test
    void refusesAnEntryWithAnEmptyId() {
        assertThatThrownBy(() -> KeyRing.parse("KEK", ":" + FIRST_B64, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(FIRST_B64);
    }

    @Test
    void refusesAnIdWithoutKey() {
        assertThatThrownBy(() -> KeyRing.parse("KEK", "a:", 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a'");
    }

    @Test
    void refusesAKeyThatIsNotBase64WithoutEchoingIt() {
        String notBase64 = "this-is-not*base64!secretmaterial";

        assertThatThrownBy(() -> KeyRing.parse("KEK", "a:" + FIRST_B64 + ",b:" + notBase64, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'b'")
                .hasMessageContaining("base64")
                .hasMessageNotContaining(notBase64)
                .hasMessageNotContaining("secretmaterial")
                .hasMessageNotContaining(FIRST_B64)
                .hasNoCause();
    }

    @Test
    void refusesAKeyShorterThanTheMinimumWithoutEchoingIt() {
        String shortKey = b64(filled(31, 7));

        assertThatThrownBy(() -> KeyRing.parse("KEK", "a:" + shortKey, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a'")
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
    }

    @Test
    void refusesTheSameIdTwiceWithoutEchoingKeys() {
        assertThatThrownBy(() -> KeyRing.parse("KEK", "a:" + FIRST_B64 + ",a:" + SECOND_B64, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'a'")
                .hasMessageContaining("twice")
                .hasMessageNotContaining(FIRST_B64)
                .hasMessageNotContaining(SECOND_B64);
    }

    @Test
    void refusesAnIdWithCharactersOutsideTheSafeSet() {
        assertThatThrownBy(() -> KeyRing.parse("KEK", "a b:" + FIRST_B64, 32))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(FIRST_B64);
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
