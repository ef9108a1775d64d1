package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
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

/**
 * Every example in each folder's manifest (each channel's, and common's for the shared token endpoint) behaves as
 * labelled, and no example file is left out of a manifest.
 */
class ExamplesTest {

    static final List<String> FOLDERS = ContractFiles.FOLDERS;

    static Stream<Arguments> examples() {
        List<Arguments> examples = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (JsonNode entry : manifest(folder).get("examples")) {
                String file = entry.get("file").asText();
                examples.add(Arguments.of(Named.of(folder + "/" + file, folder), entry));
            }
        }
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void behavesAsLabelled(String folder, JsonNode entry) throws IOException {
        String type = entry.get("type").asText();
        Path file = examplesFolder(folder).resolve(entry.get("file").asText());
        assertThat(file).exists();
        assertThat(entry.get("file").asText()).startsWith(type + "/" + entry.get("label").asText() + "/");

        List<Violation> violations = ContractSchema.load("contracts/" + folder + "/schemas/" + type + ".json")
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
    @FieldSource("FOLDERS")
    void listsEveryExampleFileInTheManifest(String folder) {
        List<String> listed = new ArrayList<>();
        manifest(folder).get("examples").forEach(entry -> listed.add(entry.get("file").asText()));
        Path examples = examplesFolder(folder);

        List<String> present = ContractFiles.filesUnder(folder + "/examples").stream()
                .map(file -> examples.relativize(file).toString().replace('\\', '/'))
                .filter(file -> !file.equals("manifest.json"))
                .toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(present);
    }

    @ParameterizedTest
    @FieldSource("FOLDERS")
    void hasValidAndInvalidExamplesForEveryTypeItNames(String folder) {
        JsonNode examples = manifest(folder).get("examples");
        List<String> types = new ArrayList<>();
        examples.forEach(entry -> types.add(entry.get("type").asText()));

        for (String type : types.stream().distinct().toList()) {
            assertThat(examples.valueStream()
                    .filter(entry -> entry.get("type").asText().equals(type))
                    .map(entry -> entry.get("label").asText()))
                    .as(type).contains("valid", "invalid");
        }
    }

    private static Path examplesFolder(String folder) {
        return ContractFiles.root().resolve(folder).resolve("examples");
    }

    private static JsonNode manifest(String folder) {
        return ContractFiles.readJson(examplesFolder(folder).resolve("manifest.json"));
    }
}
