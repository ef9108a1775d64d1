package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Writes the test banks into a partner file and points the gateway at it, secrets through the environment. */
public final class TestPartnerFile {

    private static Path file;

    private TestPartnerFile() {}

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (file == null) {
            try {
                file = Files.createTempFile("it-partners", ".yml");
                Files.writeString(file, "banks:\n" + TestBank.ALL.stream().map(TestBank::yaml)
                        .collect(Collectors.joining()));
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        registry.add("gateway.partners.file", file::toString);
        TestBank.ALL.forEach(bank -> registry.add(bank.secretVariable(), bank::secret));
    }
}
