package id.jamsostek.gateway.edge;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Keeps each listener to its own paths, before anything else runs: the internal listener serves the admin API and the
 * console only ({@code /admin/**}, {@code /console/**}, and the assets under {@code /assets/**} and {@code /webjars/**}), the partners' port
 * everything but the admin API and the console. Elsewhere a path
 * does not exist (404), so a partner cannot tell whether there is an admin API at all.
 */
@Component
public class InternalPaths implements WebFilter, Ordered {


    private final InternalListener internal;

    InternalPaths(InternalListener internal) {
        this.internal = internal;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        boolean onInternal = local != null && local.getPort() == internal.port();
        String path = exchange.getRequest().getPath().value();
        if (onInternal ? !internal(path) && !asset(path) : internal(path)) {
            return Mono.error(new GatewayException(Problem.NOT_FOUND));
        }
        return chain.filter(exchange);
    }

    /** Scripts and styles served from the jar, on both listeners: the console's pages need them as the public ones do. */
    static boolean asset(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/assets/");
    }

    /** Whether a path is the internal listener's: the admin API's or the console's. */
    public static boolean internal(String path) {
        return path.startsWith("/admin/") || path.equals("/admin") || path.startsWith("/console/")
                || path.equals("/console");
    }

    /** Inside the message log (a stranger's try is recorded), before the security chains and the routes. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
