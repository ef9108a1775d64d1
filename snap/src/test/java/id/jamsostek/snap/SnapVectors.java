package id.jamsostek.snap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published SNAP test vectors, read from the test classpath. */
final class SnapVectors {

    private static final JsonNode ROOT = load();

    private SnapVectors() {
    }

    static PublicKey demoPublicKey() {
        return PemKeys.rsaPublicKey(demoPublicKeyPem());
    }

    static PrivateKey demoPrivateKey() {
        return PemKeys.rsaPrivateKey(demoPrivateKeyPem());
    }

    static String demoPublicKeyPem() {
        return ROOT.required("demoKeyPair").required("publicKeyPem").stringValue();
    }

    static String demoPrivateKeyPem() {
        return ROOT.required("demoKeyPair").required("privateKeyPkcs8Pem").stringValue();
    }

    /** The vector whose name starts with {@code prefix}, e.g. "A ". */
    static JsonNode vector(String prefix) {
        for (JsonNode vector : ROOT.required("vectors")) {
            if (vector.required("name").stringValue().startsWith(prefix)) {
                return vector;
            }
        }
        throw new IllegalArgumentException("No vector named " + prefix + "...");
    }

    static String text(JsonNode node, String field) {
        return node.required(field).stringValue();
    }

    private static JsonNode load() {
        try (InputStream in = SnapVectors.class.getResourceAsStream("/vectors/snap-signatures.json")) {
            if (in == null) {
                throw new IllegalStateException("vectors/snap-signatures.json is not on the test classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
