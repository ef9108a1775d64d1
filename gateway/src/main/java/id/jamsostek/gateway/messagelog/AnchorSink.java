package id.jamsostek.gateway.messagelog;

import reactor.core.publisher.Mono;

/**
 * A place outside the database where every anchor goes as it is made, kept where the database's administrator
 * cannot rewrite it: a chain cut together with its anchor rows still meets the anchors there.
 */
interface AnchorSink {

    /** Completes when the anchor is written (as far as the sink can tell). */
    Mono<Void> write(Anchor anchor);
}
