package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.partner.BankPartner;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a SNAP transaction's headers claim, checked as far as headers can be: the bank its token names and the
 * signature that must still be verified over the body.
 */
record SnapClaim(BankPartner partner, String accessToken, String timestamp, String signature, String partnerCode,
        String externalId) {

    private static final String ATTRIBUTE = SnapClaim.class.getName();

    void keep(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    static SnapClaim of(ServerWebExchange exchange) {
        SnapClaim claim = exchange.getAttribute(ATTRIBUTE);
        if (claim == null) {
            throw new IllegalStateException("SnapSignature must follow SnapTransaction on the route");
        }
        return claim;
    }
}
