package id.jamsostek.gateway.operator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.ratelimit.WindowCounts;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Counts the refusals of each client address on the internal listener (failed sign-ins, admin calls and console
 * requests without a valid token or without the role), audits each (OperatorActions) and, once an address had
 * {@code maxRefusals} within {@code refusalWindow}, refuses all its requests with 429 and Retry-After until the window
 * has passed. The counts are shared by every instance in Redis ({@link WindowCounts}), so a guesser spread over N
 * instances gets the limit once. When Redis does not answer in time each instance counts in its own memory meanwhile:
 * neither of the partners' rate limits' choices fits here (letting everything through unthrottled opens the door to
 * guessing exactly when Redis is away; refusing everything locks the operators out of the console they need during
 * that incident), so the throttle keeps working, per instance, as it did before Redis (docs/operations/operators.md).
 */
@Component
public class OperatorRefusals {

    /** Why a request was refused, as the metric gateway.operators.refused tags it and operator_action.refused says. */
    public enum Reason { UNAUTHENTICATED, FORBIDDEN, SIGN_IN_FAILED, THROTTLED }

    private static final Logger log = LoggerFactory.getLogger(OperatorRefusals.class);
    private static final String KEY = "operators:refused:";

    private final int maxRefusals;
    private final Duration window;
    private final WindowCounts shared;
    private final Cache<String, AtomicLong> withoutRedis;
    private final OperatorActions audit;
    private final MeterRegistry meters;

    public OperatorRefusals(OperatorSettings settings, WindowCounts shared, OperatorActions audit,
            MeterRegistry meters) {
        this.maxRefusals = settings.maxRefusals();
        this.window = settings.refusalWindow();
        this.shared = shared;
        this.withoutRedis = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.audit = audit;
        this.meters = meters;
    }

    /** First in the operators' security chains: an address over its refusals goes no further. */
    public WebFilter gate() {
        return (exchange, chain) -> {
            String address = address(exchange);
            return shared.read(KEY + address)
                    .onErrorResume(redisDown -> Mono.fromSupplier(() -> counted(address, false)))
                    .flatMap(count -> count.count() < maxRefusals ? chain.filter(exchange) : throttled(exchange, count));
        };
    }

    /**
     * Counts a refusal of the exchange's client address and audits it, with the operator of the request if one was
     * authenticated.
     */
    public Mono<Void> refused(ServerWebExchange exchange, Reason reason, int status) {
        meter(reason);
        String address = address(exchange);
        Mono<WindowCounts.Count> counted = shared.add(KEY + address, window)
                .onErrorResume(redisDown -> Mono.fromSupplier(() -> counted(address, true)));
        // a refusal stays the refusal it is when the database cannot take its row: the gap is logged, never a 500
        Mono<Void> audited = Operator.current().map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(operator -> audit.refused(operator, exchange, status, reason))
                .onErrorResume(failure -> {
                    meters.counter("gateway.operators.refusals.unaudited").increment();
                    log.warn("a refusal ({}) could not be audited: {}", reason, failure.getClass().getName());
                    return Mono.empty();
                });
        return counted.then(audited);
    }

    private Mono<Void> throttled(ServerWebExchange exchange, WindowCounts.Count count) {
        meter(Reason.THROTTLED);
        long seconds = Math.max(1, (count.left().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return Mono.error(new GatewayException(Problem.TOO_MANY_REQUESTS,
                "too many refused sign-ins or admin calls from this address; retry after " + seconds + " s"));
    }

    /** This instance's own count while Redis is away. */
    private WindowCounts.Count counted(String address, boolean add) {
        meters.counter("gateway.operators.without.redis").increment();
        AtomicLong count = add ? withoutRedis.get(address, any -> new AtomicLong()) : withoutRedis.getIfPresent(address);
        if (count == null) {
            return new WindowCounts.Count(0, Duration.ZERO);
        }
        long value = add ? count.incrementAndGet() : count.get();
        Duration age = withoutRedis.policy().expireAfterWrite().flatMap(policy -> policy.ageOf(address))
                .orElse(Duration.ZERO);
        return new WindowCounts.Count(value, window.minus(age));
    }

    private void meter(Reason reason) {
        meters.counter("gateway.operators.refused", "reason", reason.name().toLowerCase()).increment();
    }

    static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
