package id.jamsostek.gateway.messagelog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * How far this instance's message log is behind its traffic: {@code gateway_message_log_queued} exchanges waiting
 * for a batch, and {@code gateway_message_log_lag_seconds}, how long the oldest of them has waited. Responses wait for
 * their entry's commit, so a growing lag is latency partners feel (docs/operations/observability-dashboards.md).
 */
@Component
class MessageLogGauges {

    MessageLogGauges(MessageLogWriter writer, MeterRegistry registry) {
        Gauge.builder("gateway.message.log.queued", writer, MessageLogWriter::queued)
                .description("exchanges waiting for a message-log batch on this instance")
                .register(registry);
        TimeGauge.builder("gateway.message.log.lag", writer, TimeUnit.MILLISECONDS, w -> w.lag().toMillis())
                .description("how long the oldest exchange waiting for a message-log batch has waited")
                .register(registry);
    }
}
