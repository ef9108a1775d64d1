package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Signs the heads of this instance's chains every {@code anchor-interval} and once more at shutdown, after the web
 * server has stopped taking requests. A chain cut after its last anchor is then detected; only the entries since
 * the last anchor can go unnoticed. Each anchor is stored, then written to the sinks outside the database
 * ({@link AnchorSinks}), for when the anchors are cut with the chain; a head whose anchor did not reach every sink
 * is anchored again in the next round. The application log gets a copy too.
 */
@Component
public class MessageLogAnchoring extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(MessageLogAnchoring.class);
    /** Below the web server's graceful shutdown (which stops first), so the last requests are in the last anchor. */
    private static final int PHASE = DEFAULT_PHASE - 4096;

    private final MessageLogWriter writer;
    private final MessageLogStore store;
    private final AnchorKeys keys;
    private final AnchorSinks sinks;
    private final MessageLogSettings settings;
    private final Clock clock;
    private final Map<YearMonth, Long> anchoredSeq = new ConcurrentHashMap<>();

    public MessageLogAnchoring(MessageLogWriter writer, MessageLogStore store, AnchorKeys keys, AnchorSinks sinks,
            MessageLogSettings settings, Clock clock) {
        if (settings.enabled() && !keys.canSign()) {
            throw new IllegalStateException(AnchorKeys.VARIABLE + " is not set: the message log signs its anchors"
                    + " with it (an RSA private key, PKCS#8); or set gateway.message-log.enabled=false");
        }
        this.writer = writer;
        this.store = store;
        this.keys = keys;
        this.sinks = sinks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected Duration interval() {
        return settings.anchorInterval();
    }

    @Override
    protected boolean enabled() {
        return settings.enabled();
    }

    @Override
    protected Mono<Long> round() {
        return anchorNow();
    }

    /** Anchors every head that moved since its last anchor; returns how many anchors were stored. */
    public Mono<Long> anchorNow() {
        return Flux.fromIterable(writer.committedHeads())
                .filter(head -> head.seq() > anchoredSeq.getOrDefault(head.month(), 0L))
                .concatMap(head -> {
                    Anchor anchor = keys.sign(head, clock.instant());
                    return store.anchor(anchor).then(sinks.write(anchor)).then(Mono.fromRunnable(() -> {
                        anchoredSeq.merge(head.month(), head.seq(), Math::max);
                        log.info("message log anchor: instance={} month={} seq={} hash={} at={} key={} signature={}",
                                anchor.instance(), anchor.month(), anchor.seq(),
                                HexFormat.of().formatHex(anchor.entryHash()), anchor.anchoredAt(), anchor.keyId(),
                                java.util.Base64.getEncoder().encodeToString(anchor.signature()));
                    })).thenReturn(1L);
                })
                .reduce(0L, Long::sum);
    }

    @Override
    public void stop(Runnable done) {
        stop();
        if (!settings.enabled()) {
            done.run();
            return;
        }
        anchorNow().timeout(Duration.ofSeconds(10))
                .doOnError(error -> log.warn("message log: the shutdown anchor failed: {}", error.toString()))
                .doFinally(signal -> done.run())
                .subscribe(anchors -> { }, error -> { });
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
