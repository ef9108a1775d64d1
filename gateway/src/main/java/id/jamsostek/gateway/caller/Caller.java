package id.jamsostek.gateway.caller;

import id.jamsostek.adapters.core.Deadline;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;

/**
 * The partner a request was authenticated as, whatever the channel, put on the exchange by the authentication
 * filter. A handler that finds none was reached around the pipeline and answers 404.
 */
public interface Caller {

    String ATTRIBUTE = Caller.class.getName();

    String partnerId();

    /** The request's budget, counted from authentication. */
    Deadline deadline();

    default void keep(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    static Optional<Caller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    static <T extends Caller> Optional<T> of(ServerWebExchange exchange, Class<T> type) {
        return of(exchange).filter(type::isInstance).map(type::cast);
    }
}
