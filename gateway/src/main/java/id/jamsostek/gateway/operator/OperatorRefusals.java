package id.jamsostek.gateway.operator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Counts the refusals of each client address on the internal listener (failed sign-ins, admin calls without a valid
 * token or without the role) and, once an address had {@code maxRefusals} within {@code refusalWindow}, refuses all
 * its requests with 429 and Retry-After until the window has passed. Per instance, in memory: the internal listener
 * is reached from the agency's network only, and a guesser spread over N instances still gets N times the limit at
 * most (docs/operations/operators.md).
 */
@Component
public class OperatorRefusals {

    /** Why a request was refused, as the metric gateway.operators.refused tags it. */
    public enum Reason { UNAUTHENTICATED, FORBIDDEN, SIGN_IN_FAILED, THROTTLED }

    private final int maxRefusals;
    private final Duration window;
    private final Cache<String, AtomicInteger> refusals;
    private final MeterRegistry meters;

    public OperatorRefusals(OperatorSettings settings, MeterRegistry meters) {
        this.maxRefusals = settings.maxRefusals();
        this.window = settings.refusalWindow();
        this.refusals = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.meters = meters;
    }

    /** First in the operators' security chains: an address over its refusals goes no further. */
    public WebFilter gate() {
        return (exchange, chain) -> {
            String address = address(exchange);
            AtomicInteger count = refusals.getIfPresent(address);
            if (count != null && count.get() >= maxRefusals) {
                count(Reason.THROTTLED);
                Duration age = refusals.policy().expireAfterWrite().flatMap(policy -> policy.ageOf(address))
                        .orElse(Duration.ZERO);
                long seconds = Math.max(1, window.minus(age).toSeconds());
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                return Mono.error(new GatewayException(Problem.TOO_MANY_REQUESTS,
                        "too many refused sign-ins or admin calls from this address; retry after " + seconds + " s"));
            }
            return chain.filter(exchange);
        };
    }

    /** Counts a refusal of the exchange's client address. */
    public void refused(ServerWebExchange exchange, Reason reason) {
        refusals.get(address(exchange), any -> new AtomicInteger()).incrementAndGet();
        count(reason);
    }

    private void count(Reason reason) {
        meters.counter("gateway.operators.refused", "reason", reason.name().toLowerCase()).increment();
    }

    static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
