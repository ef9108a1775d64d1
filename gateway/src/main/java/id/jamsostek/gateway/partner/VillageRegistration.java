package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.snap.PemKeys;
import java.util.List;
import java.util.Objects;

/** A village partner as an operator registers it; the secret, if any, is sealed on the way in. */
public record VillageRegistration(String id, String name, boolean enabled, String clientId, ClientSecret clientSecret,
        String jwtPublicKeyPem, List<RegionScope> regions) {

    public VillageRegistration {
        require(id != null && id.matches("[a-z0-9][a-z0-9-]{1,62}"), "id is lower-case letters, digits and dashes");
        require(name != null && !name.isBlank(), "name is required");
        require(clientId != null && clientId.matches("[A-Za-z0-9._-]{3,64}"), "clientId is 3-64 safe characters");
        require(clientSecret != null || jwtPublicKeyPem != null,
                "give clientSecretEnv, publicKeyPem (private_key_jwt) or both");
        require(clientSecret == null || clientSecret.bytes().length >= 16, "a client secret has at least 16 bytes");
        if (jwtPublicKeyPem != null) {
            PemKeys.rsaPublicKey(jwtPublicKeyPem);
        }
        Objects.requireNonNull(regions, "regions");
        require(!regions.isEmpty(), "regions needs at least one region code or prefix");
        regions = List.copyOf(regions);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
