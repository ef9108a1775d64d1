package id.jamsostek.contracts.validation;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * Reads a body as exactly one strict JSON value. Rejects what lenient parsers let through because two parsers reading
 * the same bytes differently is how requests get smuggled past a check: duplicate keys (one parser keeps the first,
 * another the last), trailing content after the value, comments, single quotes, NaN.
 */
final class StrictJsonReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJsonReader() {
    }

    /** The parsed value, or empty when the bytes are not one well-formed JSON value. */
    static Optional<JsonNode> read(byte[] json) {
        if (json == null || json.length == 0) {
            return Optional.empty();
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode node = MAPPER.readTree(parser);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (RuntimeException e) { // Jackson 3 reads and parse errors are unchecked (JacksonException)
            return Optional.empty();
        }
    }
}
