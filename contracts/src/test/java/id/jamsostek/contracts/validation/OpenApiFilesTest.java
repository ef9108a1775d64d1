package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each channel's openapi.yaml parses as OpenAPI 3.1 YAML, and every $ref in it leads somewhere. */
class OpenApiFilesTest {

    static final List<String> CHANNELS = ContractFiles.CHANNELS;

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void parsesAsOpenApi31(String channel) {
        JsonNode api = ContractFiles.readYaml(openApi(channel));

        assertThat(api.path("openapi").asText()).startsWith("3.1.");
        assertThat(api.path("paths").size()).isPositive();
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void resolvesEveryRef(String channel) {
        Path file = openApi(channel);
        JsonNode api = ContractFiles.readYaml(file);
        List<String> refs = api.findValuesAsText("$ref");

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String[] parts = ref.split("#", 2);
            JsonNode target = api;
            if (!parts[0].isEmpty()) {
                Path referenced = file.resolveSibling(parts[0]).normalize();
                assertThat(referenced).as(ref).satisfies(Files::isRegularFile);
                target = ContractFiles.readJson(referenced);
            }
            if (parts.length == 2 && !parts[1].isEmpty()) {
                assertThat(target.at(parts[1]).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void describesEveryRequestAndResponseBodyBySchemaFile(String channel) {
        List<JsonNode> contents = new ArrayList<>();
        ContractFiles.readYaml(openApi(channel)).path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("requestBody").path("content").forEach(contents::add);
            operation.path("responses").forEach(response -> response.path("content").forEach(contents::add));
        }));

        assertThat(contents).isNotEmpty().allSatisfy(content ->
                assertThat(content.path("schema").path("$ref").asText()).startsWith("./schemas/").endsWith(".json"));
    }

    private static Path openApi(String channel) {
        return ContractFiles.root().resolve(channel).resolve("openapi.yaml");
    }
}
