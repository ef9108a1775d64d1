package id.jamsostek.gateway.operations;

import id.jamsostek.gateway.background.PeriodicTask;
import id.jamsostek.gateway.outbox.OutboxHandler;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the operators' figures from PostgreSQL on every instance, one query per round, and shows them on the
 * gauges: a scrape never touches the database, however often it comes.
 */
@Component
public class OperationsSampler extends PeriodicTask {

    private final OperationsStore store;
    private final OperationsGauges gauges;
    private final OperationsSettings settings;
    private final Set<String> outboxKinds;

    OperationsSampler(OperationsStore store, OperationsGauges gauges, OperationsSettings settings,
            List<OutboxHandler> handlers) {
        this.store = store;
        this.gauges = gauges;
        this.settings = settings;
        this.outboxKinds = handlers.stream().map(OutboxHandler::kind).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected boolean enabled() {
        return settings.samplerEnabled();
    }

    @Override
    protected Duration interval() {
        return settings.sampleInterval();
    }

    /** A failed round keeps the previous figures; gateway_operations_sample_age_seconds shows how old they are. */
    @Override
    protected Mono<OperationsSnapshot> round() {
        return sample();
    }

    /** Reads the figures now and shows them on the gauges. */
    public Mono<OperationsSnapshot> sample() {
        return store.read(outboxKinds).doOnNext(gauges::show);
    }
}
