package id.jamsostek.gateway.caller;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.partner.PayerPartner;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/** A donor's or a Perisai agent's software a request was authenticated as, with its id in the agency's register. */
public record PayerCaller(PayerPartner partner, Deadline deadline) implements Caller {

    @Override
    public String partnerId() {
        return partner.id();
    }

    /** The caller when it is a payer of this kind: a donor never passes for an agent, nor the other way round. */
    public static Optional<PayerCaller> of(ServerWebExchange exchange, PayerPartner.Kind kind) {
        return Caller.of(exchange, PayerCaller.class).filter(caller -> caller.partner().kind() == kind);
    }
}
