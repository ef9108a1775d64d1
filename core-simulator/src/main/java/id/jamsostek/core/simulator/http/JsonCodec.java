package id.jamsostek.core.simulator.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the simulator (Jackson 3). */
final class JsonCodec {

    private final JsonMapper mapper = JsonMapper.builder().build();

    byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /** Throws Jackson's (unchecked) exception on malformed input. */
    JsonNode read(byte[] body) {
        return mapper.readTree(body);
    }
}
