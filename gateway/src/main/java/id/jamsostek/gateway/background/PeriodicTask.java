package id.jamsostek.gateway.background;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work an instance repeats for as long as it runs: one round at a time (a slow round delays the next,
 * it never overlaps it), stopped with the application. A round that fails is logged and the next one comes at its
 * time: one failure never stops the task.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());

    private volatile Disposable running;

    /** The time between rounds. */
    protected abstract Duration interval();

    /** One round. */
    protected abstract Mono<?> round();

    /** Whether this instance runs the task at all. */
    protected boolean enabled() {
        return true;
    }

    @Override
    public void start() {
        if (!enabled()) {
            return;
        }
        running = Flux.interval(interval(), interval())
                .onBackpressureDrop()
                .concatMap(tick -> round().onErrorResume(error -> {
                    log.warn("round failed, next in {}: {}", interval(), error.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
