package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.adapters.core.Deadline;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The bank a SNAP request was authenticated as, put on the exchange by the authentication filters. A handler that
 * finds none was reached around the pipeline and answers 404.
 *
 * @param deadline      the request's budget from the bank's profile, counted from authentication
 * @param partnerCode   the X-PARTNER-ID it sent (transactions only)
 * @param externalId    the X-EXTERNAL-ID it sent (transactions only)
 */
public record BankCaller(BankPartner partner, Deadline deadline, String accessToken, String partnerCode,
        String externalId) {

    private static final String ATTRIBUTE = BankCaller.class.getName();

    void keep(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    public static Optional<BankCaller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }
}
