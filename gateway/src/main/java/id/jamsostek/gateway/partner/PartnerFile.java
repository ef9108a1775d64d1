package id.jamsostek.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.boot.convert.DurationStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner file an operator keeps (README "Registering a bank"). A secret is given by the name of the
 * environment variable that holds it ({@code clientSecretEnv}); an inline {@code clientSecret} is accepted for
 * demo files only.
 */
public final class PartnerFile {

    record Content(List<Bank> banks) {}

    record Bank(String id, String name, Boolean enabled, String clientKey, String publicKeyPem, String clientSecret,
            String clientSecretEnv, List<String> companyCodes, List<String> channelIds, List<String> ipAllowlist,
            Profile profile) {}

    record Profile(String pathPrefix, String deadline, String repeatedPayment, String unknownOutcome) {}

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PartnerFile() {}

    /**
     * @param environment  resolves {@code clientSecretEnv} names
     * @param allowInline  whether an inline {@code clientSecret} is acceptable (demo files)
     */
    public static List<BankRegistration> read(InputStream yaml, UnaryOperator<String> environment,
            boolean allowInline) throws IOException {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
        Content content = MAPPER.convertValue(tree == null ? Map.of() : tree, Content.class);
        if (content.banks() == null) {
            return List.of();
        }
        return content.banks().stream().map(bank -> registration(bank, environment, allowInline)).toList();
    }

    private static BankRegistration registration(Bank bank, UnaryOperator<String> environment, boolean allowInline) {
        Profile profile = bank.profile() == null ? new Profile(null, null, null, null) : bank.profile();
        return new BankRegistration(
                bank.id(),
                bank.name(),
                bank.enabled() == null || bank.enabled(),
                bank.clientKey(),
                bank.publicKeyPem(),
                new ClientSecret(secret(bank, environment, allowInline).getBytes(StandardCharsets.UTF_8)),
                bank.companyCodes(),
                bank.channelIds() == null ? List.of() : bank.channelIds(),
                bank.ipAllowlist(),
                new BankProfile(
                        profile.pathPrefix() == null ? "" : profile.pathPrefix(),
                        DurationStyle.detectAndParse(profile.deadline() == null ? "5s" : profile.deadline()),
                        BankProfile.RepeatedPayment.valueOf(
                                profile.repeatedPayment() == null ? "REPLAY" : profile.repeatedPayment()),
                        BankProfile.UnknownOutcome.valueOf(
                                profile.unknownOutcome() == null ? "ACCEPT" : profile.unknownOutcome())));
    }

    private static String secret(Bank bank, UnaryOperator<String> environment, boolean allowInline) {
        if (bank.clientSecretEnv() != null) {
            String value = environment.apply(bank.clientSecretEnv());
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("bank " + bank.id() + ": environment variable "
                        + bank.clientSecretEnv() + " is not set");
            }
            return value;
        }
        if (bank.clientSecret() != null && allowInline) {
            return bank.clientSecret();
        }
        throw new IllegalArgumentException("bank " + bank.id() + ": give clientSecretEnv, the name of the "
                + "environment variable that holds its client secret");
    }
}
