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
    /** The partner of a request that authenticates without becoming a caller: a token request. */
    String PARTNER_ID_ATTRIBUTE = Caller.class.getName() + ".partnerId";
    /** The subject of the operator a request of the admin API authenticated as (admin.AdminOperator): no partner. */
    String OPERATOR_ATTRIBUTE = Caller.class.getName() + ".operator";
    /** The partner a request's headers name, before a check over its body (a SNAP signature) confirms it. */
    String CLAIMED_PARTNER_ID_ATTRIBUTE = Caller.class.getName() + ".claimedPartnerId";

    String partnerId();

    /** The request's budget, counted from authentication. */
    Deadline deadline();

    default void keep(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    static Optional<Caller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    /** The partner the request authenticated as, as a caller or at a token endpoint. */
    static Optional<String> partnerIdOf(ServerWebExchange exchange) {
        return of(exchange).map(Caller::partnerId)
                .or(() -> Optional.ofNullable(exchange.getAttribute(PARTNER_ID_ATTRIBUTE)));
    }

    /** Whether the request authenticated: as a partner (a caller, or at a token endpoint) or as an operator. */
    static boolean authenticated(ServerWebExchange exchange) {
        return partnerIdOf(exchange).isPresent() || exchange.getAttribute(OPERATOR_ATTRIBUTE) != null;
    }

    /**
     * The partner whose share of the instance a request spends: the one it authenticated as, or the one its headers
     * name while its body is still to be read and checked. Empty for a stranger.
     */
    static Optional<String> claimedPartnerIdOf(ServerWebExchange exchange) {
        return partnerIdOf(exchange)
                .or(() -> Optional.ofNullable(exchange.getAttribute(CLAIMED_PARTNER_ID_ATTRIBUTE)));
    }

    static <T extends Caller> Optional<T> of(ServerWebExchange exchange, Class<T> type) {
        return of(exchange).filter(type::isInstance).map(type::cast);
    }
}
