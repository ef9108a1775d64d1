package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.secrets.DemoCredentials;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where anchors go besides the database: an append-only file ({@code gateway.message-log.anchor-file}) and/or a
 * syslog collector ({@code gateway.message-log.anchor-syslog}). With the log on, at least one is required outside the
 * demo profile: anchors kept only beside the entries they sign are cut together with them.
 */
@Component
public class AnchorSinks {

    private static final Logger log = LoggerFactory.getLogger(AnchorSinks.class);

    private final List<AnchorSink> sinks = new ArrayList<>();
    private final AnchorFile file;

    public AnchorSinks(MessageLogSettings settings, Environment environment) {
        this.file = settings.anchorFile().isBlank() ? null : new AnchorFile(Path.of(settings.anchorFile().strip()));
        if (file != null) {
            sinks.add(file);
        }
        if (!settings.anchorSyslog().isBlank()) {
            sinks.add(new AnchorSyslog(settings.anchorSyslog().strip(), settings.instance()));
        }
        if (settings.enabled() && sinks.isEmpty()) {
            String missing = "gateway.message-log.anchor-file (GATEWAY_MESSAGE_LOG_ANCHOR_FILE) or anchor-syslog"
                    + " (GATEWAY_MESSAGE_LOG_ANCHOR_SYSLOG) names no place outside the database for the anchors";
            if (!environment.matchesProfiles(DemoCredentials.PROFILE)) {
                throw new IllegalStateException(missing + "; a message log cut with its anchors would verify");
            }
            log.warn("message log: {}", missing);
        }
        log.info("message log: anchors also go to {}", sinks.isEmpty() ? "nowhere else" : sinks);
    }

    /** Writes the anchor to every sink, one after the other; fails if any fails. */
    Mono<Void> write(Anchor anchor) {
        return Flux.fromIterable(sinks).concatMap(sink -> sink.write(anchor)).then();
    }

    /** The anchor file this instance appends to, which its own verification reads. */
    public Optional<Path> file() {
        return Optional.ofNullable(file).map(AnchorFile::path);
    }
}
