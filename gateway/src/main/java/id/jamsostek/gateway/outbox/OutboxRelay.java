package id.jamsostek.gateway.outbox;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Drains the outbox on every instance: leases due rows, hands each to the handler of its kind, and settles the row
 * (done, or another attempt after a growing wait; past the last attempt, a dead letter for an operator).
 */
@Component
public class OutboxRelay extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore outbox;
    private final Map<String, OutboxHandler> handlers;
    private final OutboxSettings settings;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + Long.toHexString(ThreadLocalRandom.current().nextLong());

    public OutboxRelay(OutboxStore outbox, List<OutboxHandler> handlers, OutboxSettings settings) {
        this.outbox = outbox;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(OutboxHandler::kind, h -> h));
        this.settings = settings;
    }

    @Override
    protected boolean enabled() {
        return settings.relayEnabled();
    }

    @Override
    protected Duration interval() {
        return settings.pollInterval();
    }

    @Override
    protected Mono<Long> round() {
        return drain();
    }

    /**
     * One round: due rows leased a batch at a time, delivered, settled; a full batch is followed at once by the next
     * (a village's 1,000-row batch does not wait a poll interval per 100 rows). Returns how many rows it worked on.
     */
    public Mono<Long> drain() {
        return leaseAndWork()
                .expand(worked -> worked == settings.batchSize() ? leaseAndWork() : Mono.empty())
                .reduce(0L, Long::sum)
                .onErrorResume(error -> {
                    log.warn("outbox round failed, next in {}: {}", settings.pollInterval(), error.toString());
                    return Mono.just(0L);
                });
    }

    private Mono<Long> leaseAndWork() {
        return outbox.lease(owner, handlers.keySet(), settings.batchSize(), settings.lease())
                .flatMap(item -> work(item).thenReturn(item), settings.concurrency())
                .count();
    }

    private Mono<Void> work(OutboxItem item) {
        return handlers.get(item.kind()).handle(item)
                .onErrorResume(error -> Mono.just(new OutboxHandler.Result.TryAgain(error.getClass().getName())))
                .flatMap(result -> switch (result) {
                    case OutboxHandler.Result.Done done -> outbox.done(item.id());
                    case OutboxHandler.Result.TryAgain again -> outbox.retryLater(item,
                            settings.backoffAfter(item.attempts()), settings.maxAttempts(), again.reason());
                });
    }
}
