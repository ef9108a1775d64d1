package id.jamsostek.gateway.messagelog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form an anchor takes outside the database: one JSON object per line, the same in an anchor file and in a syslog
 * message (a reader takes each line from its first '{', so a syslog server's prefix does not matter). The line
 * carries the anchor's signature: whoever can append to the record cannot make an anchor that verifies.
 */
public final class ExternalAnchors {

    static final String TYPE = "jamsostek-message-log-anchor/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    private ExternalAnchors() {}

    /** The anchor as one line of the external record, without its line break. */
    static String line(Anchor anchor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", TYPE);
        fields.put("instance", anchor.instance());
        fields.put("month", anchor.month().toString());
        fields.put("seq", anchor.seq());
        fields.put("entryHash", HEX.formatHex(anchor.entryHash()));
        fields.put("anchoredAt", anchor.anchoredAt().toString());
        fields.put("keyId", anchor.keyId());
        fields.put("signature", Base64.getEncoder().encodeToString(anchor.signature()));
        return JSON.writeValueAsString(fields);
    }

    /**
     * The anchors in the files that {@code wanted} selects, in their order, read line by line (a record grows by a
     * line a minute per instance). A line that is not an anchor fails the read with its place, except lines of other
     * messages (no anchor type) and a last line cut short (a crash while it was written).
     */
    public static List<Anchor> read(List<Path> files, Predicate<Anchor> wanted) {
        List<Anchor> anchors = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue; // nothing anchored yet (made with the first anchor): the chains show no external anchors
            }
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line = lines.readLine();
                for (long number = 1; line != null; number++) {
                    String next = lines.readLine();
                    try {
                        Anchor anchor = parse(line);
                        if (anchor != null && wanted.test(anchor)) {
                            anchors.add(anchor);
                        }
                    } catch (IllegalArgumentException unreadable) {
                        if (next != null) {
                            throw new IllegalStateException("external anchors " + file + " line " + number + ": "
                                    + unreadable.getMessage());
                        }
                    }
                    line = next;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the external anchors " + file + ": " + e, e);
            }
        }
        return anchors;
    }

    /** The anchor on a line; null for a line without one. */
    static Anchor parse(String line) {
        int start = line.indexOf('{');
        if (start < 0 || !line.contains(TYPE)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line.substring(start));
            if (!TYPE.equals(text(node, "type"))) {
                return null;
            }
            return new Anchor(text(node, "instance"), YearMonth.parse(text(node, "month")),
                    Long.parseLong(text(node, "seq")), HEX.parseHex(text(node, "entryHash")),
                    Instant.parse(text(node, "anchoredAt")), text(node, "keyId"),
                    Base64.getDecoder().decode(text(node, "signature")));
        } catch (RuntimeException e) { // Jackson's errors included
            throw new IllegalArgumentException("not an anchor (" + e.getMessage() + ")");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.asString();
    }
}
