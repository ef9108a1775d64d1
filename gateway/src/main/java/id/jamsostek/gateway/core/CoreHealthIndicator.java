package id.jamsostek.gateway.core;

import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreServiceSettings;
import id.jamsostek.adapters.core.EmployerClient;
import id.jamsostek.adapters.core.EnrollmentClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Health component {@code core}: whether each core service answers (a GET of {@code gateway.core-probe.path}, asked
 * at most once per interval however often health is read) and the state of its breaker. DOWN when one does not
 * answer. Not part of readiness, on purpose: while the core is down the gateway still takes payments durably and
 * answers from what it knows, so taking every instance out of the load balancer would only make things worse.
 */
@Component
class CoreHealthIndicator implements ReactiveHealthIndicator {

    private record Service(String name, String breaker, CoreServiceSettings settings) {}

    private record Probe(Service service, String problem) {

        boolean reachable() {
            return problem == null;
        }
    }

    private final CoreProbeSettings probe;
    private final CircuitBreakerRegistry breakers;
    private final WebClient http;
    private final Mono<Health> health;

    CoreHealthIndicator(CoreSettings core, CoreProbeSettings probe, CircuitBreakerRegistry breakers,
            ReactorResourceFactory resources) {
        this.probe = probe;
        this.breakers = breakers;
        this.http = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient
                        .create(ConnectionProvider.builder("core-probe").maxConnections(3).build())
                        .runOn(resources.getLoopResources())
                        .responseTimeout(probe.timeout())))
                .build();
        var services = Flux.just(new Service("billing", BillingClient.SERVICE, core.billing()),
                new Service("enrollment", EnrollmentClient.SERVICE, core.enrollment()),
                new Service("employer", EmployerClient.SERVICE, core.employer()));
        this.health = services.flatMapSequential(this::probe).collectList()
                .map(probes -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    probes.forEach(each -> details.put(each.service().name(), details(each)));
                    Health.Builder builder = probes.stream().allMatch(Probe::reachable) ? Health.up() : Health.down();
                    return builder.withDetails(details).build();
                })
                .cache(probe.interval());
    }

    @Override
    public Mono<Health> health() {
        return health;
    }

    private Mono<Probe> probe(Service service) {
        return http.get().uri(service.settings().baseUrl().resolve(probe.path()))
                .exchangeToMono(answer -> Mono.just(new Probe(service, answer.statusCode().is5xxServerError()
                        ? "answered HTTP " + answer.statusCode().value() : null)))
                .timeout(probe.timeout())
                // the error's class only: its message may quote whatever the far side sent
                .onErrorResume(error -> Mono.just(new Probe(service, "no answer: " + error.getClass().getSimpleName())));
    }

    private Map<String, Object> details(Probe each) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("url", each.service().settings().baseUrl().toString());
        details.put("reachable", each.reachable());
        if (!each.reachable()) {
            details.put("problem", each.problem());
        }
        details.put("breaker", breakers.find(each.service().breaker()).map(CircuitBreaker::getState)
                .map(Enum::name).orElse("NONE"));
        return details;
    }
}
