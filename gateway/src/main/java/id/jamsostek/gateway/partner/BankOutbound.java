package id.jamsostek.gateway.partner;

import id.jamsostek.adapters.bankapi.BankEndpoint;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import java.util.Arrays;
import java.util.Objects;

/**
 * How the gateway calls a bank (docs/operations/calling-the-banks.md): where and as whom, and the client secret the bank gave
 * us, in clear only in memory.
 */
public record BankOutbound(BankEndpoint endpoint, ClientSecret clientSecret) {

    /** What the outbound secret is sealed under: never the same as the bank's inbound secret. */
    public static String sealingId(String bankId) {
        return bankId + "#outbound";
    }

    public BankOutbound {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Registrations.require(clientSecret.bytes().length >= 8, "outbound.clientSecret", "outbound clientSecret must have at least 8 bytes");
    }

    /** Same settings and same secret: a client built for one serves the other. */
    public boolean sameAs(BankOutbound other) {
        return endpoint.equals(other.endpoint) && Arrays.equals(clientSecret.bytes(), other.clientSecret.bytes());
    }
}
