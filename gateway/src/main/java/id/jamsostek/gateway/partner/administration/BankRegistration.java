package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.snap.PemKeys;
import java.security.PublicKey;
import java.util.List;
import java.util.Objects;

/**
 * A bank partner as an operator registers it: validated, the secrets still in clear (they are sealed on the way in).
 *
 * @param outbound  how the gateway calls the bank's own services; null when it does not
 */
public record BankRegistration(
        String id,
        String name,
        boolean enabled,
        String clientKey,
        String publicKeyPem,
        ClientSecret clientSecret,
        List<String> companyCodes,
        List<String> channelIds,
        List<String> ipAllowlist,
        BankProfile profile,
        BankOutbound outbound) {

    public BankRegistration {
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(profile, "profile");
        Registrations.requireId(id);
        Registrations.requireName(name);
        Registrations.requireClientKey(clientKey);
        Registrations.require(clientSecret.bytes().length >= 8, "clientSecret", "clientSecret must have at least 8 bytes");
        companyCodes = Registrations.companyCodes(companyCodes);
        channelIds = Registrations.channelIds(channelIds);
        ipAllowlist = Registrations.ipAllowlist(ipAllowlist);
    }

    public PublicKey publicKey() {
        return PemKeys.rsaPublicKey(publicKeyPem);
    }

}
