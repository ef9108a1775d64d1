package id.jamsostek.bench.chaos;

import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapBankRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;

/**
 * The banks of the gateway's demo profile (gateway/src/main/resources/demo/partners.yml), both signing tokens with
 * the public SNAP demo key: G1234325-SNAP (profile REPLAY / ACCEPT: a repeat hears the first verdict, an unknown
 * outcome of a checked bill is 00) and DEMO-OPENAPI-SNAP under /openapi (INCONSISTENT_REQUEST / PENDING: a repeat of
 * a success is 4042518, an unknown outcome 5042500).
 */
final class DemoBank {

    private DemoBank() {
    }

    static List<SnapBankRequest.Bank> both(Path privateKeyPem) throws IOException {
        String pem = Files.readString(privateKeyPem);
        PrivateKey key = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN"))); // the file starts with a note
        return List.of(new SnapBankRequest.Bank("", "G1234325-SNAP", key, bytes("myclientsecret"), "88899", "95221"),
                new SnapBankRequest.Bank("/openapi", "DEMO-OPENAPI-SNAP", key, bytes("myotherclientsecret"), "88898",
                        "95221"));
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
