package id.jamsostek.core.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bytes of a contract file on the classpath (fixtures come from contracts/, not copies). */
final class CoreExamplesOnClasspath {

    private CoreExamplesOnClasspath() {
    }

    static byte[] read(String location) {
        try (InputStream in = CoreExamplesOnClasspath.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + location);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
