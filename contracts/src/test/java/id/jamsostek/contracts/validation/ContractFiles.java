package id.jamsostek.contracts.validation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under {@code contracts/}: the source folder when the tests run from the module (as Maven runs them), so a
 * file deleted from the sources but still in {@code target/classes} is not mistaken for one; else the classpath.
 */
final class ContractFiles {

    /** The edges, each with an openapi.yaml, its schemas and its examples. */
    static final List<String> CHANNELS = List.of("bank", "core", "employer", "payer", "village");
    /** Every folder holding schemas/ and examples/: the channels and common (the types they share). */
    static final List<String> FOLDERS = Stream.concat(Stream.of("common"), CHANNELS.stream()).toList();
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new YAMLMapper();

    private ContractFiles() {
    }

    private static final Path SOURCES = Path.of("src", "main", "resources", "contracts");

    static Path root() {
        if (Files.isDirectory(SOURCES)) {
            return SOURCES.toAbsolutePath();
        }
        URL root = ContractFiles.class.getClassLoader().getResource("contracts");
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every regular file below {@code contracts/<folder>}, sorted. */
    static List<Path> filesUnder(String folder) {
        try (Stream<Path> files = Files.walk(root().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> schemaFiles() {
        return FOLDERS.stream()
                .flatMap(folder -> filesUnder(folder).stream())
                .filter(file -> file.getParent().getFileName().toString().equals("schemas"))
                .toList();
    }

    /** "contracts/bank/schemas/Amount.json" for a file below the root. */
    static String classpathLocation(Path file) {
        return "contracts/" + root().relativize(file).toString().replace('\\', '/');
    }

    static JsonNode readJson(Path file) {
        return JSON.readTree(file.toFile());
    }

    static JsonNode readYaml(Path file) {
        return YAML.readTree(file.toFile());
    }
}
