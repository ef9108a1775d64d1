package id.jamsostek.gateway.support;

import id.jamsostek.snap.PemKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;

/** Village software registered for tests: a secret, a key for private_key_jwt, and the regions it serves. */
public record TestVillage(String id, String clientId, String secret, KeyPair keys, List<String> regions,
        boolean enabled) {

    /** Desa Saga, Balaraja, Kab. Tangerang. */
    public static final TestVillage SAGA = village("it-village-saga", "sid-saga", List.of("3603012001"), true);
    /** The whole regency of Tangerang. */
    public static final TestVillage TANGERANG = village("it-regency-tangerang", "simda-tangerang", List.of("3603"),
            true);
    /** A village in Kab. Bogor, another regency. */
    public static final TestVillage BOGOR = village("it-village-bogor", "sid-bogor", List.of("3201012001"), true);
    public static final TestVillage DISABLED = village("it-village-off", "sid-off", List.of("3603012002"), false);

    public static final List<TestVillage> ALL = List.of(SAGA, TANGERANG, BOGOR, DISABLED);

    private static TestVillage village(String id, String clientId, List<String> regions, boolean enabled) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestVillage(id, clientId, "village-secret-" + id, generator.generateKeyPair(), regions,
                    enabled);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String secretVariable() {
        return "IT_SECRET_" + clientId.toUpperCase().replace('-', '_');
    }

    String yaml() {
        String pem = PemKeys.toPem(keys.getPublic()).strip().lines().map(line -> "      " + line)
                .collect(Collectors.joining("\n"));
        return """
                  - id: %s
                    name: %s
                    enabled: %s
                    clientId: %s
                    clientSecretEnv: %s
                    publicKeyPem: |
                %s
                    regions: [%s]
                """.formatted(id, id, enabled, clientId, secretVariable(), pem,
                regions.stream().map(region -> '"' + region + '"').collect(Collectors.joining(", ")));
    }
}
