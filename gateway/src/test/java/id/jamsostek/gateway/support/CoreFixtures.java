package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Core answers for WireMock, taken from the contract's examples (never copies of them). */
public final class CoreFixtures {

    private CoreFixtures() {}

    public static String example(String path) {
        try (InputStream in = CoreFixtures.class.getClassLoader()
                .getResourceAsStream("contracts/core/examples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example bill with another status. */
    public static String bill(String status) {
        return example("Bill/valid/employer-one-month.json").replace("\"status\": \"UNPAID\"",
                "\"status\": \"" + status + "\"");
    }
}
