package id.jamsostek.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ are read by people who follow their links, and code comments send readers to docs files:
 * a link or path that no longer resolves is a defect. Checked here, in the first module of the build, over the
 * repository's own files (no network: links to other sites are left alone).
 */
class DocumentationLinksTest {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(([^)\\s]+)\\)");
    private static final Pattern DOCS_PATH_IN_CODE =
            Pattern.compile("(?<![\\w./-])((?:docs|bench|contracts|core-simulator)/[\\w./-]*\\.md)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private final Path root = repositoryRoot();

    @Test
    void everyRelativeLinkOfTheReadmeAndDocsResolvesAnchorsIncluded() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : markdownFiles()) {
            for (String target : links(Files.readString(file))) {
                String problem = problemWith(file, target);
                if (problem != null) {
                    broken.add(root.relativize(file) + ": " + target + " (" + problem + ")");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void everyDocsPathNamedInCodeExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : codeFiles()) {
            Matcher path = DOCS_PATH_IN_CODE.matcher(Files.readString(file));
            while (path.find()) {
                if (!Files.exists(root.resolve(path.group(1)))) {
                    missing.add(root.relativize(file) + ": " + path.group(1));
                }
            }
        }
        assertThat(missing).as("docs paths named in code that do not exist").isEmpty();
    }

    @Test
    void anchorsAreTheSlugsGitHubMakesOfHeadings() {
        assertThat(anchors("""
                # Partners and keys
                ## The gateway's own keys
                ```
                ## not a heading: inside a fence
                ```
                ### Payment (25)
                ## Notes
                ## Notes
                """)).containsExactly("partners-and-keys", "the-gateways-own-keys", "payment-25", "notes", "notes-1");
    }

    @Test
    void findsLinksOutsideCodeFencesOnly() {
        assertThat(links("""
                See [the `bank` API](api/bank-snap.md#payment-25) and [a site](https://example.org).
                ```
                [not a link](inside/a/fence.md)
                ```
                """)).containsExactly("api/bank-snap.md#payment-25", "https://example.org");
    }

    /** Why the link does not resolve, or null when it does. */
    private String problemWith(Path file, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null; // another site (https:, mailto:): not checked offline
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            return "outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (anchor != null && resolved.toString().endsWith(".md")) {
            try {
                if (!anchors(Files.readString(resolved)).contains(anchor)) {
                    return "no such heading";
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        for (String line : outsideFences(markdown)) {
            Matcher link = MARKDOWN_LINK.matcher(line);
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /** GitHub's heading ids: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : outsideFences(markdown)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = heading.group(1).toLowerCase().replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int repeats = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
            }
        }
        return anchors;
    }

    private static List<String> outsideFences(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                lines.add(line);
            }
        }
        return lines;
    }

    private List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Sources, scripts and settings that may name a docs file: everything but documents, Git and build output. */
    private List<Path> codeFiles() throws IOException {
        Set<String> skipped = Set.of(".git", "target", "node_modules", ".local", "results");
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return skipped.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = root.relativize(file);
                if (file.toString().matches(".*\\.(java|ya?ml|sh|py|scala|sql|properties|xml)$")
                        || relative.startsWith("bin") || relative.startsWith(".ci")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (with mvnw and docs/) above the working directory").isNotNull();
        return dir;
    }
}
