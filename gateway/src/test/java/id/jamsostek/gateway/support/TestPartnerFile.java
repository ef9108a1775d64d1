package id.jamsostek.gateway.support;

import id.jamsostek.adapters.bankapi.FakeBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the test banks, villages, employer platforms, donors and agents into a partner file and points the gateway at
 * it, secrets through the environment.
 */
public final class TestPartnerFile {

    private static Path file;

    private TestPartnerFile() {}

    /** The partner file and the banks' secrets, as properties. */
    public static synchronized Map<String, Supplier<Object>> properties() {
        if (file == null) {
            try {
                file = Files.createTempFile("it-partners", ".yml");
                Files.writeString(file, "banks:\n" + TestBank.ALL.stream().map(TestBank::yaml)
                        .collect(Collectors.joining()) + "villages:\n" + TestVillage.ALL.stream()
                        .map(TestVillage::yaml).collect(Collectors.joining()) + "employerPlatforms:\n"
                        + TestEmployerPlatform.ALL.stream().map(TestEmployerPlatform::yaml)
                                .collect(Collectors.joining())
                        + "payers:\n" + TestPayer.ALL.stream().map(TestPayer::yaml).collect(Collectors.joining()));
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        properties.put("gateway.partners.file", file::toString);
        TestBank.ALL.forEach(bank -> properties.put(bank.secretVariable(), bank::secret));
        TestBank.ALL.stream().filter(bank -> bank.outboundPrefix() != null)
                .forEach(bank -> properties.put(bank.outboundSecretVariable(), () -> FakeBank.SECRET));
        TestVillage.ALL.forEach(village -> properties.put(village.secretVariable(), village::secret));
        TestEmployerPlatform.ALL.forEach(platform -> properties.put(platform.secretVariable(), platform::secret));
        TestPayer.ALL.forEach(payer -> properties.put(payer.secretVariable(), payer::secret));
        return properties;
    }
}
