package id.jamsostek.gateway.operations;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.TreeMap;

/**
 * The admin API's view of operations: the cluster's figures (as the gauges show them) and the state of each breaker
 * (toward the core services, "core-*", and toward the banks, "bank-api-*") on the instance that answers (every
 * instance keeps its own breakers).
 */
public record OperationsDocument(OperationsSnapshot cluster, Map<String, CircuitBreaker.State> breakers) {

    public static OperationsDocument of(OperationsSnapshot cluster, CircuitBreakerRegistry breakers) {
        Map<String, CircuitBreaker.State> states = new TreeMap<>();
        breakers.getAllCircuitBreakers().forEach(breaker -> states.put(breaker.getName(), breaker.getState()));
        return new OperationsDocument(cluster, states);
    }
}
