package id.jamsostek.gateway.snap;

import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.caller.Caller;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The bank a SNAP request was authenticated as.
 *
 * @param deadline      the request's budget from the bank's profile, counted from authentication
 * @param partnerCode   the X-PARTNER-ID it sent (transactions only)
 * @param externalId    the X-EXTERNAL-ID it sent (transactions only)
 */
public record BankCaller(BankPartner partner, Deadline deadline, String accessToken, String partnerCode,
        String externalId) implements Caller {

    @Override
    public String partnerId() {
        return partner.id();
    }

    public static Optional<BankCaller> of(ServerWebExchange exchange) {
        return Caller.of(exchange, BankCaller.class);
    }
}
