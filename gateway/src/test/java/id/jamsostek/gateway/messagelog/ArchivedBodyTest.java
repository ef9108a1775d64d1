package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What of a body the archive keeps. */
class ArchivedBodyTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void replacesANamedFieldAtAnyDepthAndAPointerAtItsPlace() {
        ArchivedBody body = ArchivedBody.redacted(bytes("""
                {"id":"b","clientSecret":"s1","outbound":{"clientSecret":"s2","url":"https://x"},
                 "keys":[{"secret":"s3"}],"nested":{"token":"t"}}"""), Set.of("clientSecret", "secret",
                "/nested/token", "/absent/field"));

        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).doesNotContain("s1", "s2", "s3", "\"t\"")
                .contains("\"id\":\"b\"", "https://x");
        assertThat(body.redacted()).containsExactlyInAnyOrder("/clientSecret", "/outbound/clientSecret",
                "/keys/0/secret", "/nested/token");
        assertThat(body.omitted()).isNull();
    }

    @Test
    void keepsABodyWithoutTheFieldsAsItCameAndWithholdsOneThatIsNotJson() {
        byte[] plain = bytes("{\"id\":\"b\",  \"name\":\"x\"}");
        assertThat(ArchivedBody.redacted(plain, Set.of("clientSecret")).bytes()).isSameAs(plain);
        assertThat(ArchivedBody.redacted(new byte[0], Set.of("clientSecret")).bytes()).isEmpty();

        ArchivedBody form = ArchivedBody.redacted(bytes("clientSecret=s1&id=b"), Set.of("clientSecret"));
        assertThat(form.bytes()).isNull();
        assertThat(form.omitted()).contains("not JSON");
    }
}
