package id.jamsostek.gateway.partner;

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
        Registrations.require(clientKey != null && clientKey.matches("[A-Za-z0-9._-]{1,64}"), "clientKey is 1-64 safe characters");
        Registrations.require(clientSecret.bytes().length >= 8, "clientSecret must have at least 8 bytes");
        Registrations.require(companyCodes != null && !companyCodes.isEmpty()
                && companyCodes.stream().allMatch(code -> code.matches("[0-9]{1,8}")),
                "companyCodes are 1-8 digits, at least one");
        Registrations.require(channelIds != null && channelIds.stream().allMatch(channel -> channel.matches("[0-9]{1,5}")),
                "channelIds are up to 5 digits");
        Registrations.require(ipAllowlist != null && !ipAllowlist.isEmpty(), "ipAllowlist needs at least one range");
        ipAllowlist.forEach(IpRange::parse);
        companyCodes = List.copyOf(companyCodes);
        channelIds = List.copyOf(channelIds);
        ipAllowlist = List.copyOf(ipAllowlist);
    }

    public PublicKey publicKey() {
        return PemKeys.rsaPublicKey(publicKeyPem);
    }

}
