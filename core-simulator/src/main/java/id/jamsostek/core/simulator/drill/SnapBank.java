package id.jamsostek.core.simulator.drill;

import id.jamsostek.snap.SnapBankRequest;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * A bank as a drill plays it: what it signs with and how it addresses the gateway.
 *
 * @param clientKey   its X-CLIENT-KEY
 * @param secret      its client secret (HMAC-SHA512 of transactions)
 * @param companyCode the company code it pays under (X-PARTNER-ID; the virtual account starts with it)
 * @param channelId   its CHANNEL-ID
 * @param pathPrefix  its routes' prefix ("" or e.g. "/openapi")
 * @param privateKey  the key its access-token requests are signed with (SHA256withRSA)
 */
public record SnapBank(String clientKey, String secret, String companyCode, String channelId, String pathPrefix,
        PrivateKey privateKey) {

    /** The company code as SNAP's partnerServiceId: left-padded with spaces to 8. */
    public String partnerServiceId() {
        return " ".repeat(8 - companyCode.length()) + companyCode;
    }

    /** Its credentials as the SNAP requests it sends are signed with. */
    public SnapBankRequest.Bank credentials() {
        return new SnapBankRequest.Bank(pathPrefix, clientKey, privateKey, secret.getBytes(StandardCharsets.UTF_8),
                companyCode, channelId);
    }

    @Override
    public String toString() {
        return "SnapBank[" + clientKey + ", " + companyCode + pathPrefix + "]"; // never the secret or the key
    }
}
