package id.jamsostek.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/** What PostgreSQL unnests from a column is what was put in it, in order, nulls as nulls, whatever the text. */
class TextArraysIT {

    private static DatabaseClient db;

    @BeforeAll
    static void connect() {
        TestDatabase.ensureCreated();
        db = DatabaseClient.create(ConnectionFactories.get(ConnectionFactoryOptions.parse(TestDatabase.r2dbcUrl())
                .mutate().option(ConnectionFactoryOptions.USER, TestDatabase.USER).build()));
    }

    @Test
    void keepsTextThatLooksLikeArraySyntaxAsText() {
        List<String> values = Arrays.asList("plain", "with \"quotes\"", "back\\slash", "\\\"", "", "NULL", "null",
                null, "  spaced  ", "{braces}", "a,b", "line\nbreak\ttab", "Śri Wahyuni ✓ 𝄞", "\"", "\\", null);

        assertThat(roundTrip(values)).containsExactlyElementsOf(values);
    }

    @Test
    void keepsLongValuesWhole() {
        String base64 = "QUJD".repeat(50_000);
        String escaped = "x\"y\\z".repeat(20_000);

        assertThat(roundTrip(List.of(base64, escaped, base64))).containsExactly(base64, escaped, base64);
    }

    @Test
    void keepsRandomTextOfTheCharactersArraysEscape() {
        Random random = new Random(14);
        char[] alphabet = "ab \"\\{},'NUL\n\t\u00e9\u2713".toCharArray();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            values.add(random.nextInt(20) == 0 ? null : new String(text));
        }

        assertThat(roundTrip(values)).containsExactlyElementsOf(values);
    }

    @Test
    void anEmptyBatchIsAnEmptyArray() {
        assertThat(TextArrays.column(List.of(), Function.identity())).isEqualTo("{}");
        assertThat(roundTrip(List.of())).isEmpty();
    }

    private static List<String> roundTrip(List<String> values) {
        return db.sql("select value from unnest(:values::text[]) with ordinality as t(value, position) order by position")
                .bind("values", TextArrays.column(values, Function.identity()))
                .map(row -> Optional.ofNullable(row.get("value", String.class)))
                .all().collectList().block().stream().map(value -> value.orElse(null)).toList();
    }
}
