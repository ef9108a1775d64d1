package id.jamsostek.gateway.caller;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.partner.VillagePartner;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/** Village administration software a request was authenticated as, with the regions it serves. */
public record VillageCaller(VillagePartner partner, Deadline deadline) implements Caller {

    @Override
    public String partnerId() {
        return partner.id();
    }

    public static Optional<VillageCaller> of(ServerWebExchange exchange) {
        return Caller.of(exchange, VillageCaller.class);
    }
}
