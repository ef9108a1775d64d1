package id.jamsostek.gateway.partner;

import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.Rotation;
import java.net.InetAddress;
import java.security.PublicKey;
import java.util.List;
import java.util.Set;

/**
 * A bank registered to pay contribution bills through SNAP virtual accounts.
 *
 * @param publicKeys    the key of its token signatures (and the previous one during a rotation's overlap)
 * @param clientSecrets its HMAC client secret (and the previous one during a rotation's overlap)
 * @param companyCodes the biller company codes (partnerServiceId, digits without padding) it may use
 * @param channelIds   the CHANNEL-ID values it sends
 * @param allowlist    where its requests may come from
 */
public record BankPartner(
        String id,
        String name,
        boolean enabled,
        String clientKey,
        Rotation<PublicKey> publicKeys,
        Rotation<ClientSecret> clientSecrets,
        Set<String> companyCodes,
        Set<String> channelIds,
        List<IpRange> allowlist,
        BankProfile profile) {

    public BankPartner {
        companyCodes = Set.copyOf(companyCodes);
        channelIds = Set.copyOf(channelIds);
        allowlist = List.copyOf(allowlist);
    }

    public boolean allows(InetAddress address) {
        return allowlist.stream().anyMatch(range -> range.contains(address));
    }

    /** A partnerServiceId or X-PARTNER-ID names one of this bank's company codes, with or without padding. */
    public boolean hasCompanyCode(String code) {
        return code != null && companyCodes.contains(code.strip());
    }
}
