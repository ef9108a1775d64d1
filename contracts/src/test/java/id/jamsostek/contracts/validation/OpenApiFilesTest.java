package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each channel's openapi.yaml parses as OpenAPI 3.1 YAML, every $ref in it leads somewhere, every body it names has
 * valid and invalid examples, its operations ask only for scopes it declares, and every problem slug of its table
 * of problems appears in a valid example.
 */
class OpenApiFilesTest {

    static final List<String> CHANNELS = ContractFiles.CHANNELS;

    /** A body schema lies in the channel's own schemas/ or, for what channels share (the token endpoint), common's. */
    private static final Pattern BODY_SCHEMA = Pattern.compile("^(\\./|\\.\\./common/)schemas/([A-Za-z0-9]+)\\.json$");
    /** A row of the problem table in info.description: "| 409 | `a` / `b` | when |". */
    private static final Pattern PROBLEM_ROW = Pattern.compile("(?m)^\\| [45][0-9]{2} \\| (`[a-z0-9-]+`(?: / `[a-z0-9-]+`)*) \\|");
    private static final Pattern SLUG = Pattern.compile("`([a-z0-9-]+)`");
    private static final String PROBLEM_BASE = "https://api.jamsostek.example/problems/";

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
        List<String> refs = api.findValuesAsString("$ref");

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            String[] parts = ref.split("#", 2);
            JsonNode target = api;
            if (!parts[0].isEmpty()) {
                Path referenced = file.resolveSibling(parts[0]).normalize();
                assertThat(referenced).as(ref).isRegularFile();
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
        List<JsonNode> contents = bodies(channel);

        assertThat(contents).isNotEmpty().allSatisfy(content ->
                assertThat(content.path("schema").path("$ref").asText()).matches(BODY_SCHEMA));
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void hasValidAndInvalidExamplesOfEveryBodyType(String channel) {
        Set<String> bodyTypes = new TreeSet<>();
        bodies(channel).forEach(content -> bodyTypes.add(content.path("schema").path("$ref").asText()));

        for (String ref : bodyTypes) {
            Matcher schema = BODY_SCHEMA.matcher(ref);
            assertThat(schema.matches()).as(ref).isTrue();
            String folder = schema.group(1).equals("./") ? channel : "common";
            String type = schema.group(2);
            List<String> labels = new ArrayList<>();
            ContractFiles.readJson(ContractFiles.root().resolve(folder).resolve("examples").resolve("manifest.json"))
                    .get("examples").forEach(entry -> {
                        if (entry.get("type").asText().equals(type)) {
                            labels.add(entry.get("label").asText());
                        }
                    });
            assertThat(labels).as("examples of " + ref + " in " + folder + "/examples").contains("valid", "invalid");
        }
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void asksOnlyForScopesItDeclares(String channel) {
        JsonNode api = ContractFiles.readYaml(openApi(channel));
        JsonNode schemes = api.path("components").path("securitySchemes");
        List<JsonNode> requirements = new ArrayList<>();
        api.path("security").forEach(requirements::add);
        api.path("paths").forEach(path -> path.forEach(operation -> operation.path("security").forEach(requirements::add)));

        requirements.forEach(requirement -> requirement.properties().forEach(entry -> {
            JsonNode scheme = schemes.path(entry.getKey());
            assertThat(scheme.isMissingNode()).as("security scheme " + entry.getKey()).isFalse();
            Set<String> declared = new LinkedHashSet<>();
            scheme.path("flows").forEach(flow -> flow.path("scopes").propertyNames().forEach(declared::add));
            entry.getValue().forEach(scope -> assertThat(declared).as(entry.getKey()).contains(scope.asText()));
        }));
    }

    @ParameterizedTest
    @FieldSource("CHANNELS")
    void showsEveryProblemOfItsTableInAValidExample(String channel) {
        Set<String> documented = problemSlugs(channel);
        Set<String> shown = new TreeSet<>();
        ContractFiles.filesUnder(channel + "/examples").stream()
                .filter(file -> file.getParent().getFileName().toString().equals("valid"))
                .forEach(file -> ContractFiles.readJson(file).findValuesAsString("type").stream()
                        .filter(type -> type.startsWith(PROBLEM_BASE))
                        .forEach(type -> shown.add(type.substring(PROBLEM_BASE.length()))));

        assertThat(shown).as("problems shown in " + channel + "/examples/*/valid").containsAll(documented);
    }

    /** The slugs of the table of problems in the file's description; empty for a channel without one. */
    static Set<String> problemSlugs(String channel) {
        String description = ContractFiles.readYaml(openApi(channel)).path("info").path("description").asText();
        Set<String> slugs = new TreeSet<>();
        Matcher row = PROBLEM_ROW.matcher(description);
        while (row.find()) {
            Matcher slug = SLUG.matcher(row.group(1));
            while (slug.find()) {
                slugs.add(slug.group(1));
            }
        }
        return slugs;
    }

    private static List<JsonNode> bodies(String channel) {
        List<JsonNode> contents = new ArrayList<>();
        JsonNode api = ContractFiles.readYaml(openApi(channel));
        api.path("paths").forEach(path -> path.forEach(operation -> {
            operation.path("requestBody").path("content").forEach(contents::add);
            operation.path("responses").forEach(response -> response.path("content").forEach(contents::add));
        }));
        api.path("components").path("responses").forEach(response -> response.path("content").forEach(contents::add));
        return contents;
    }

    static Path openApi(String channel) {
        return ContractFiles.root().resolve(channel).resolve("openapi.yaml");
    }
}
