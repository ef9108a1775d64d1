package id.jamsostek.gateway.problem.rendering;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.gateway.problem.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Says that a core service (or the gateway's database) is unavailable at most once per interval for each service and
 * reason, with how many answers it left unsaid since its last line: during an outage at 1,000 requests/s an operator
 * reads one line a second per service, not a thousand (the metrics count every answer). Each line carries the trace
 * id of the request that wrote it.
 */
@Component
public class OutageLog {

    private static final Logger log = LoggerFactory.getLogger(OutageLog.class);

    private final Clock clock;
    private final Duration interval;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public OutageLog(Clock clock, @Value("${gateway.problems.outage-log-interval:1s}") Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    private record Window(Instant opened, AtomicLong unsaid) {}

    void unavailable(CoreUnavailable unavailable, Problem answered) {
        unavailable(unavailable.service(), unavailable.reason().toString(), answered);
    }

    void unavailable(String service, String reason, Problem answered) {
        Instant now = clock.instant();
        String key = service + " " + reason;
        Window current = windows.get(key);
        if (current != null && now.isBefore(current.opened().plus(interval))) {
            current.unsaid().incrementAndGet();
            return;
        }
        Window next = new Window(now, new AtomicLong());
        boolean mine = current == null ? windows.putIfAbsent(key, next) == null : windows.replace(key, current, next);
        if (!mine) {
            windows.get(key).unsaid().incrementAndGet();
            return;
        }
        long unsaid = current == null ? 0 : current.unsaid().get();
        if (unsaid == 0) {
            log.warn("{} unavailable ({}): answered {}", service, reason, answered.status());
        } else {
            log.warn("{} unavailable ({}): answered {} (and {} more since {})", service, reason,
                    answered.status(), unsaid, current.opened());
        }
    }
}
