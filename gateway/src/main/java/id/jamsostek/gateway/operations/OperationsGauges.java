package id.jamsostek.gateway.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Shows the latest {@link OperationsSnapshot} as gauges, so a scrape reads memory, never the database. The
 * {@code gateway.cluster.*} figures are the whole cluster's, read from the shared database: every instance shows the
 * same numbers, so dashboards take max() of them, never sum(). Nothing is shown before the first sample; a kind that
 * no longer has open rows shows 0.
 */
@Component
class OperationsGauges {

    private static final String CLUSTER_WIDE = " (cluster-wide, the same on every instance: take max(), not sum())";

    private final MeterRegistry registry;
    private final AtomicReference<OperationsSnapshot> latest = new AtomicReference<>();
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    OperationsGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void show(OperationsSnapshot snapshot) {
        latest.set(snapshot);
        if (shown.add("totals")) {
            cluster("gateway.cluster.payment.exceptions.open", null, null, "payments to refund, not yet closed",
                    s -> s.paymentExceptions().count());
            cluster("gateway.cluster.payment.exceptions.open.amount", null, "rupiah", "total to refund",
                    s -> Double.parseDouble(s.paymentExceptions().amount()));
            cluster("gateway.cluster.payments.unknown.outcome", null, null,
                    "payments accepted, neither posted nor refused by the core yet",
                    s -> s.unknownOutcomes().payments());
            cluster("gateway.cluster.payments.unknown.outcome.oldest.age", null, "seconds",
                    "age of the oldest payment whose outcome is unknown", s -> s.unknownOutcomes().oldestAgeSeconds());
            Gauge.builder("gateway.operations.sample.age", latest, ref -> secondsSince(ref.get().sampledAt()))
                    .baseUnit("seconds").description("age of this instance's latest sample of the cluster figures")
                    .register(registry);
        }
        snapshot.outbox().keySet().stream().filter(kind -> shown.add("outbox/" + kind)).forEach(kind -> {
            cluster("gateway.cluster.outbox.pending", kind, null, "outbox rows waiting for delivery",
                    s -> outbox(s, kind).pending());
            cluster("gateway.cluster.outbox.oldest.pending.age", kind, "seconds",
                    "age of the oldest outbox row waiting for delivery",
                    s -> outbox(s, kind).oldestPendingAgeSeconds());
            cluster("gateway.cluster.outbox.dead", kind, null, "dead letters: rows an operator must re-drive",
                    s -> outbox(s, kind).dead());
        });
        snapshot.batchRowsPending().keySet().stream().filter(kind -> shown.add("batch/" + kind)).forEach(kind ->
                cluster("gateway.cluster.batch.rows.pending", kind, null, "batch rows not yet settled",
                        s -> s.batchRowsPending().getOrDefault(kind, 0L)));
    }

    private void cluster(String name, String kind, String unit, String description,
            ToDoubleFunction<OperationsSnapshot> figure) {
        Gauge.Builder<AtomicReference<OperationsSnapshot>> gauge = Gauge
                .builder(name, latest, ref -> figure.applyAsDouble(ref.get()))
                .baseUnit(unit).description(description + CLUSTER_WIDE);
        if (kind != null) {
            gauge.tag("kind", kind);
        }
        gauge.register(registry);
    }

    private static OperationsSnapshot.OutboxFigures outbox(OperationsSnapshot snapshot, String kind) {
        return snapshot.outbox().getOrDefault(kind, new OperationsSnapshot.OutboxFigures(0, 0, 0));
    }

    private static double secondsSince(Instant instant) {
        return Duration.between(instant, Instant.now()).toMillis() / 1000.0;
    }
}
