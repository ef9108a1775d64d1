package id.jamsostek.snap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMinifierTest {

    private static String minify(String json) {
        return new String(JsonMinifier.minify(json.getBytes(UTF_8)), UTF_8);
    }

    @Test
    void removesSpaceTabCarriageReturnAndLineFeedOutsideStrings() {
        assertThat(minify(" {\r\n\t\"a\" : 1 ,\n  \"b\" :\t[ 1 , 2 ] }\n")).isEqualTo("{\"a\":1,\"b\":[1,2]}");
    }

    @Test
    void keepsWhitespaceInsideStrings() {
        assertThat(minify("{ \"partnerServiceId\" : \"   88899\", \"note\": \"a\tb\\n c\" }"))
                .isEqualTo("{\"partnerServiceId\":\"   88899\",\"note\":\"a\tb\\n c\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "escaped quote stays inside the string    | {\"a\": \"say \\\" hi  \" }   | {\"a\":\"say \\\" hi  \"}",
        "escaped backslash ends before the quote  | {\"a\": \"dir\\\\\" , \"b\": 1} | {\"a\":\"dir\\\\\",\"b\":1}",
        "backslash then quote then space          | [\"\\\\\\\" x\" , 2]          | [\"\\\\\\\" x\",2]",
        "escaped slash and unicode escapes intact | {\"u\" : \"https:\\/\\/x\\/ Jos\\u00e9\"} | {\"u\":\"https:\\/\\/x\\/ Jos\\u00e9\"}",
    })
    void tracksEscapesInsideStrings(String description, String input, String expected) {
        assertThat(minify(input.strip())).isEqualTo(expected.strip());
    }

    @Test
    void keepsMultiByteUtf8BytesExactly() {
        byte[] input = "{ \"name\" : \"José Ñandú 日本\" }".getBytes(UTF_8);

        assertThat(JsonMinifier.minify(input)).isEqualTo("{\"name\":\"José Ñandú 日本\"}".getBytes(UTF_8));
    }

    @Test
    void returnsTheSameArrayWhenNothingToRemove() {
        byte[] minified = "{\"a\":\"with spaces inside\",\"b\":[1,2]}".getBytes(UTF_8);
        byte[] empty = new byte[0];

        assertThat(JsonMinifier.minify(minified)).isSameAs(minified);
        assertThat(JsonMinifier.minify(empty)).isSameAs(empty);
    }

    @Test
    void returnsANewArrayAndLeavesTheInputAloneWhenItRemovesSomething() {
        byte[] input = "{ \"a\" : 1 }".getBytes(UTF_8);
        byte[] copy = input.clone();

        byte[] minified = JsonMinifier.minify(input);

        assertThat(minified).isNotSameAs(input).isEqualTo("{\"a\":1}".getBytes(UTF_8));
        assertThat(input).isEqualTo(copy);
    }

    @Test
    void doesNotValidateMalformedInput() {
        assertThat(minify("{ a : b ,, }")).isEqualTo("{a:b,,}");
        assertThat(minify("not json at all")).isEqualTo("notjsonatall");
        assertThat(minify("   ")).isEmpty();
    }

    @Test
    void unterminatedStringKeepsEverythingAfterItsQuote() {
        assertThat(minify("{ \"a\": \"open  string }  ")).isEqualTo("{\"a\":\"open  string }  ");
        assertThat(minify("{ \"a\": \"trailing backslash \\")).isEqualTo("{\"a\":\"trailing backslash \\");
    }
}
