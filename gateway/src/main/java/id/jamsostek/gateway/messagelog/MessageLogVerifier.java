package id.jamsostek.gateway.messagelog;

import java.time.YearMonth;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Verifies the log from inside the gateway (the admin call); {@link VerifyMessageLog} does the same over JDBC. */
@Component
public class MessageLogVerifier {

    private final MessageLogStore store;
    private final AnchorKeys keys;
    private final PayloadArchive archive;

    public MessageLogVerifier(MessageLogStore store, AnchorKeys keys, PayloadArchive archive) {
        this.store = store;
        this.keys = keys;
        this.archive = archive;
    }

    /** @param instance null: every instance; @param month null: every month */
    public Mono<LogVerification.Report> verify(String instance, YearMonth month) {
        MessageLogReads reads = new MessageLogReads(instance, month);
        return store.anchors(reads).collectList()
                .flatMap(anchors -> store.entries(reads)
                        .reduce(new LogVerification(keys, archive, anchors), LogVerification::accept))
                .map(LogVerification::finish);
    }
}
