package id.jamsostek.gateway.support;

import id.jamsostek.adapters.bankapi.FakeBank;
import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapBankRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bank registered for tests with a key pair made for the run (the public demo key is refused outside demo).
 *
 * @param outboundPrefix  where the bank's own SNAP services are on the fake bank server ({@link FakeBankServer}),
 *                        called with {@link FakeBank}'s credentials; null when the gateway does not call the bank
 */
public record TestBank(String id, String clientKey, KeyPair keys, String secret, String companyCode,
        String channelId, List<String> allowlist, String pathPrefix, boolean enabled, String repeatedPayment,
        String unknownOutcome, String outboundPrefix) {

    public static final TestBank ALPHA = bank("it-bank-alpha", "IT-ALPHA", "secret-alpha-123", "77701",
            List.of("127.0.0.0/8", "::1/128"), "", true);
    public static final TestBank BETA = bank("it-bank-beta", "IT-BETA", "secret-beta-4567", "77702",
            List.of("127.0.0.0/8", "::1/128"), "/openapi", true, "INCONSISTENT_REQUEST", "PENDING", "/openapi");
    public static final TestBank FAR_AWAY = bank("it-bank-far", "IT-FAR", "secret-far-89012", "77703",
            List.of("203.0.113.0/24"), "", true);
    public static final TestBank DISABLED = bank("it-bank-off", "IT-OFF", "secret-off-34567", "77704",
            List.of("127.0.0.0/8", "::1/128"), "", false);

    public static final TestBank GAMMA = bank("it-bank-gamma", "IT-GAMMA", "secret-gamma-901", "77705",
            List.of("127.0.0.0/8", "::1/128"), "", true);

    /** A bank of its own for reconciliation tests: its day holds only the payments those tests make. */
    public static final TestBank RECON = bank("it-bank-recon", "IT-RECON", "secret-recon-2345", "77706",
            List.of("127.0.0.0/8", "::1/128"), "", true, "REPLAY", "ACCEPT", "/recon");

    public static final List<TestBank> ALL = List.of(ALPHA, BETA, FAR_AWAY, DISABLED, GAMMA, RECON);

    private static TestBank bank(String id, String clientKey, String secret, String companyCode,
            List<String> allowlist, String prefix, boolean enabled) {
        return bank(id, clientKey, secret, companyCode, allowlist, prefix, enabled, "REPLAY", "ACCEPT", null);
    }

    private static TestBank bank(String id, String clientKey, String secret, String companyCode,
            List<String> allowlist, String prefix, boolean enabled, String repeatedPayment, String unknownOutcome,
            String outboundPrefix) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestBank(id, clientKey, generator.generateKeyPair(), secret, companyCode, "95221", allowlist,
                    prefix, enabled, repeatedPayment, unknownOutcome, outboundPrefix);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bank's side of its SNAP credentials, as the shared client signs with them; paths with its prefix. */
    public SnapBankRequest.Bank credentials() {
        return new SnapBankRequest.Bank(pathPrefix, clientKey, keys.getPrivate(),
                secret.getBytes(StandardCharsets.UTF_8), companyCode, channelId);
    }

    /** The bank's company code as SNAP's partnerServiceId: left-padded with spaces to 8. */
    public String partnerServiceId() {
        return " ".repeat(8 - companyCode.length()) + companyCode;
    }

    String secretVariable() {
        return "IT_SECRET_" + clientKey.replace('-', '_');
    }

    String outboundSecretVariable() {
        return "IT_OUTBOUND_SECRET_" + clientKey.replace('-', '_');
    }

    private String outboundYaml() {
        return outboundPrefix == null ? "" : """
                    outbound:
                      baseUrl: "%s%s"
                      clientKey: "%s"
                      clientSecretEnv: %s
                      partnerId: "%s"
                      channelId: "%s"
                """.formatted(FakeBankServer.server().baseUrl(), outboundPrefix, FakeBank.CLIENT_KEY,
                outboundSecretVariable(), FakeBank.PARTNER_ID, FakeBank.CHANNEL_ID);
    }

    String yaml() {
        String pem = PemKeys.toPem(keys.getPublic()).strip().lines().map(line -> "      " + line)
                .collect(Collectors.joining("\n"));
        return """
                  - id: %s
                    name: %s
                    enabled: %s
                    clientKey: %s
                    publicKeyPem: |
                %s
                    clientSecretEnv: %s
                    companyCodes: ["%s"]
                    channelIds: ["%s"]
                    ipAllowlist: [%s]
                    profile:
                      pathPrefix: "%s"
                      deadline: 3s
                      repeatedPayment: %s
                      unknownOutcome: %s
                """.formatted(id, id, enabled, clientKey, pem, secretVariable(), companyCode, channelId,
                allowlist.stream().map(range -> '"' + range + '"').collect(Collectors.joining(", ")), pathPrefix,
                repeatedPayment, unknownOutcome) + outboundYaml();
    }
}
