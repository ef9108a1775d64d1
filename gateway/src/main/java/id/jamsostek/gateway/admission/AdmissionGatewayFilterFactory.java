package id.jamsostek.gateway.admission;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.edge.UnreadBody;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admission control: at most {@code maxInFlight} requests of a route from one partner are worked on at once on this
 * instance; its next ones are refused at once (429, SNAP 429xx00) with Retry-After, before their body is read or
 * anything is recorded. Past its capacity a gateway that queues everything answers nobody in time (bench/README.md,
 * run (c)): refusing the excess keeps the accepted requests fast, and the bank retries the refused ones. It counts a
 * request only once its headers authenticated it ({@link Caller#claimedPartnerIdOf}): a stranger, or another
 * partner, cannot spend a partner's share.
 */
@Component
public class AdmissionGatewayFilterFactory extends AbstractGatewayFilterFactory<AdmissionGatewayFilterFactory.Config> {

    private final MeterRegistry meters;
    private final Map<String, AtomicInteger> inFlightByRoute = new ConcurrentHashMap<>();
    private final Map<Share, AtomicInteger> inFlightByShare = new ConcurrentHashMap<>();

    private record Share(String route, String partnerId) {}

    public AdmissionGatewayFilterFactory(MeterRegistry meters) {
        super(Config.class);
        this.meters = meters;
    }

    public static class Config {
        /** Requests of the route from one partner worked on at once on this instance. */
        private int maxInFlight = 64;
        /** Names the route in metrics. */
        private String name = "route";

        public int getMaxInFlight() {
            return maxInFlight;
        }

        public void setMaxInFlight(int maxInFlight) {
            this.maxInFlight = maxInFlight;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Admission[name=" + name + ", maxInFlight=" + maxInFlight + "]";
        }
    }

    /**
     * One count per route for the life of the application: routes are rebuilt on every refresh, and a fresh count
     * would forget the requests still in flight (and register its gauge twice).
     */
    private AtomicInteger inFlightGauge(String route) {
        AtomicInteger inFlight = new AtomicInteger();
        Gauge.builder("gateway.admission.in.flight", inFlight, AtomicInteger::get).tag("route", route)
                .register(meters);
        return inFlight;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("name", "maxInFlight");
    }

    @Override
    public GatewayFilter apply(Config config) {
        AtomicInteger inFlight = inFlightByRoute.computeIfAbsent(config.getName(), this::inFlightGauge);
        Counter refused = Counter.builder("gateway.admission.refused").tag("route", config.getName())
                .description("requests refused because the route was at its in-flight limit").register(meters);
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                String partnerId = Caller.claimedPartnerIdOf(exchange).orElse(null);
                if (partnerId == null) {
                    return Mono.error(new IllegalStateException("Admission must follow the route's authentication"));
                }
                AtomicInteger partnerInFlight = inFlightByShare.computeIfAbsent(
                        new Share(config.getName(), partnerId), share -> new AtomicInteger());
                if (partnerInFlight.incrementAndGet() > config.getMaxInFlight()) {
                    partnerInFlight.decrementAndGet();
                    refused.increment();
                    UnreadBody.closeAfterAnswer(exchange);
                    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
                    return Mono.error(new GatewayException(Problem.TOO_MANY_REQUESTS));
                }
                inFlight.incrementAndGet();
                return chain.filter(exchange).doFinally(signal -> {
                    partnerInFlight.decrementAndGet();
                    inFlight.decrementAndGet();
                });
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }
}
