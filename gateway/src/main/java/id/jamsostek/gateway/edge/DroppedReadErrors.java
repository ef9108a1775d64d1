package id.jamsostek.gateway.edge;

import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Hooks;
import reactor.netty.channel.AbortedException;

/**
 * A stalled client's connection can time out twice (the gap between reads, then the whole body's deadline) or close
 * while its request is read; the second signal finds nobody left to tell and Reactor drops it, by default with an
 * ERROR line. That is a client's doing, not ours: logged at DEBUG, so a crowd of slow clients cannot flood the log.
 * Every other dropped error is still logged at ERROR.
 */
@Component
class DroppedReadErrors {

    private static final Logger log = LoggerFactory.getLogger(DroppedReadErrors.class);

    DroppedReadErrors() {
        Hooks.onErrorDropped(DroppedReadErrors::dropped);
    }

    private static void dropped(Throwable error) {
        if (error instanceof ReadTimeoutException || error instanceof AbortedException) {
            log.debug("a client's request ended after its exchange had: {}", error.toString());
        } else {
            log.error("an error signalled after its subscriber was gone", error);
        }
    }
}
