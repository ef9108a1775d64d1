package id.jamsostek.gateway.partner.administration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PartnerChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void recordsEachSettingThatDiffersFromWhatToWhat() {
        JsonNode changes = PartnerChanges.between(
                json("{\"name\":\"A\",\"enabled\":true,\"profile\":{\"deadline\":\"3000ms\"},\"regions\":[\"3603\"]}"),
                json("{\"name\":\"A\",\"enabled\":false,\"profile\":{\"deadline\":\"7000ms\"},\"regions\":[\"3603\"]}"));

        assertThat(changes.toString()).isEqualTo("{\"enabled\":{\"from\":true,\"to\":false},"
                + "\"profile\":{\"from\":{\"deadline\":\"3000ms\"},\"to\":{\"deadline\":\"7000ms\"}}}");
    }

    @Test
    void showsASettingThatAppearsOrGoesAsNullOnItsOtherSide() {
        JsonNode changes = PartnerChanges.between(json("{\"previousSecretValidUntil\":\"2026-11-23T08:00:00Z\"}"),
                json("{\"outbound\":{\"baseUrl\":\"https://bank.example\"}}"));

        assertThat(changes.at("/previousSecretValidUntil/to").isNull()).isTrue();
        assertThat(changes.at("/outbound/from").isNull()).isTrue();
        assertThat(changes.at("/outbound/to/baseUrl").asString()).isEqualTo("https://bank.example");
    }

    @Test
    void findsNothingBetweenEqualDocuments() {
        assertThat(PartnerChanges.between(json("{\"grants\":[\"19012345/*\"]}"), json("{\"grants\":[\"19012345/*\"]}"))
                .isEmpty()).isTrue();
    }
}
