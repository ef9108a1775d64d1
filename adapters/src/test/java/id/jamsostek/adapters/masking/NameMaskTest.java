package id.jamsostek.adapters.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMaskTest {

    @Test
    void masksLikePaymentAggregators() {
        assertThat(NameMask.mask("NINO JULIAN")).isEqualTo("NI*O JU***N");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "A, A",
        "AL, A*",
        "ANI, A**",
        "NINO, NI*O",
        "PT NINO JUNIOR, P* NI*O JU***R",
        "SITI AMINAH, SI*I AM***H",
        "DESA SAGA, DE*A SA*A"
    })
    void keepsTheFirstLetterOfShortWordsAndTheEdgesOfLongerOnes(String name, String masked) {
        assertThat(NameMask.mask(name)).isEqualTo(masked);
    }

    @Test
    void collapsesRunsOfSpacesAndTrimsTheEnds() {
        assertThat(NameMask.mask("  NINO   JULIAN \t ")).isEqualTo("NI*O JU***N");
    }

    @Test
    void countsLettersNotCharsForNonAsciiNames() {
        assertThat(NameMask.mask("JOSÉ MÜLLER")).isEqualTo("JO*É MÜ***R");
        assertThat(NameMask.mask("ÆØÅ")).isEqualTo("Æ**");
        // letters outside the Basic Multilingual Plane are two chars each: a star per letter, no broken pair
        String fourLetters = "𠀀𠀁𠀂𠀃";
        assertThat(NameMask.mask(fourLetters)).isEqualTo("𠀀𠀁*𠀃");
    }

    @Test
    void neverLongerThan255() {
        String oneLongWord = "A".repeat(400);
        String manyWords = String.join(" ", java.util.Collections.nCopies(120, "NINO"));

        assertThat(NameMask.mask(oneLongWord)).hasSize(255);
        assertThat(NameMask.mask(manyWords)).hasSizeLessThanOrEqualTo(255);
        assertThat(NameMask.mask("NINO JULIAN")).hasSizeLessThanOrEqualTo(255);
    }

    @Test
    void keepsTheShapeOfTheName() {
        String masked = NameMask.mask("MUHAMMAD RIZKY PRATAMA");

        assertThat(masked.split(" ")).hasSize(3);
        assertThat(masked.split(" ")).extracting(String::length).containsExactly(8, 5, 7);
    }

    @Test
    void neverShowsAWordOfFourOrMoreLettersInClear() {
        Random random = new Random(20261122L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÉÖÑ";
        for (int n = 0; n < 500; n++) {
            List<String> words = new ArrayList<>();
            for (int w = 0, count = 1 + random.nextInt(4); w < count; w++) {
                StringBuilder word = new StringBuilder();
                for (int l = 0, length = 4 + random.nextInt(10); l < length; l++) {
                    word.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(word.toString());
            }
            String name = String.join(" ", words);

            String masked = NameMask.mask(name);

            assertThat(masked).isNotEqualTo(name);
            for (String word : words) {
                assertThat(masked).as("mask of %s", name).doesNotContain(word);
            }
        }
    }

    @Test
    void masksABlankNameWithoutFailing() {
        // Bill.json only asks holderName for minLength 1, so the core may send "   "; the bank answer needs a
        // non-empty virtualAccountName (InquiryVirtualAccountData.json: minLength 1)
        assertThatCode(() -> NameMask.mask("   ")).doesNotThrowAnyException();
        assertThat(NameMask.mask("   ")).isNotEmpty().doesNotContainPattern("\\p{L}");
    }
}
