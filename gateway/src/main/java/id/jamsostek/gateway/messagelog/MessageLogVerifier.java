package id.jamsostek.gateway.messagelog;

import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Verifies the log from inside the gateway (the admin call), with the anchors of this instance's anchor file as its
 * external record; {@link VerifyMessageLog} does the same over JDBC with the records it is given.
 */
@Component
public class MessageLogVerifier {

    private final MessageLogStore store;
    private final AnchorKeys keys;
    private final PayloadArchive archive;
    private final AnchorSinks sinks;

    public MessageLogVerifier(MessageLogStore store, AnchorKeys keys, PayloadArchive archive, AnchorSinks sinks) {
        this.store = store;
        this.keys = keys;
        this.archive = archive;
        this.sinks = sinks;
    }

    /** @param instance null: every instance; @param month null: every month */
    public Mono<LogVerification.Report> verify(String instance, YearMonth month) {
        MessageLogReads reads = new MessageLogReads(instance, month);
        Mono<List<Anchor>> external = Mono.fromCallable(() -> ExternalAnchors.read(sinks.file().stream().toList(),
                reads::selects)).subscribeOn(Schedulers.boundedElastic());
        return Mono.zip(store.anchors(reads).collectList(), external)
                .flatMap(anchors -> store.entries(reads)
                        .reduce(new LogVerification(keys, archive, anchors.getT1(), anchors.getT2()),
                                LogVerification::accept))
                .map(LogVerification::finish);
    }
}
