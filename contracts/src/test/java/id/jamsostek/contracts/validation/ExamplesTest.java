package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.jamsostek.contracts.validation.Violation.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in each channel's manifest behaves as labelled, and no example file is left out of a manifest. */
class ExamplesTest {

    static final List<String> CHANNELS = ContractFiles.CHANNELS;

    static Stream<Arguments> examples() {
        List<Arguments> examples = new ArrayList<>();
        for (String channel : CHANNELS) {
            for (JsonNode entry : manifest(channel).get("examples")) {
                String file = entry.get("file").asText();
                examples.add(Arguments.of(Named.of(channel + "/" + file, channel), entry));
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void behavesAsLabelled(String channel, JsonNode entry) throws IOException {
        String type = entry.get("type").asText();
        Path file = examplesFolder(channel).resolve(entry.get("file").asText());
        assertThat(file).exists();
        assertThat(entry.get("file").asText()).startsWith(type + "/" + entry.get("label").asText() + "/");

        List<Violation> violations = ContractSchema.load("contracts/" + channel + "/schemas/" + type + ".json")
                .validate(Files.readAllBytes(file));

        if (entry.get("label").asText().equals("valid")) {
            assertThat(violations).as("violations of a valid example").isEmpty();
        } else {
            assertThat(entry.get("label").asText()).isEqualTo("invalid");
            JsonNode expected = entry.get("expected");
            assertThat(violations).as("violations of an invalid example").isNotEmpty();
            assertThat(violations.getFirst().kind()).isEqualTo(Kind.valueOf(expected.get("kind").asText()));
            String field = expected.has("field") ? expected.get("field").asText() : "";
            assertThat(violations.getFirst().field()).isEqualTo(field);
        }
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void listsEveryExampleFileInTheManifest(String channel) {
        List<String> listed = new ArrayList<>();
        manifest(channel).get("examples").forEach(entry -> listed.add(entry.get("file").asText()));
        Path folder = examplesFolder(channel);

        List<String> present = ContractFiles.filesUnder(channel + "/examples").stream()
                .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                .filter(file -> !file.equals("manifest.json"))
                .toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void hasValidAndInvalidExamplesForEveryTypeItNames(String channel) {
        JsonNode examples = manifest(channel).get("examples");
        List<String> types = new ArrayList<>();
        examples.forEach(entry -> types.add(entry.get("type").asText()));

        for (String type : types.stream().distinct().toList()) {
            assertThat(examples.valueStream()
                    .filter(entry -> entry.get("type").asText().equals(type))
                    .map(entry -> entry.get("label").asText()))
                    .as(type).contains("valid", "invalid");
        }
    }

    private static Path examplesFolder(String channel) {
        return ContractFiles.root().resolve(channel).resolve("examples");
    }

    private static JsonNode manifest(String channel) {
        return ContractFiles.readJson(examplesFolder(channel).resolve("manifest.json"));
    }
}
