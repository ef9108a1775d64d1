package id.jamsostek.gateway.outbox;

import reactor.core.publisher.Mono;

/** Does the work of one kind of outbox row; the relay settles the row from what it says. */
public interface OutboxHandler {

    /** The outbox kind this handler serves. */
    String kind();

    /** Works on one leased row. */
    Mono<Result> handle(OutboxItem item);

    sealed interface Result {
        /** Nothing more to do for this row (the handler settled its own state). */
        record Done() implements Result {}

        /** No verdict this time: try again after the backoff, then give up to a dead letter. */
        record TryAgain(String reason) implements Result {}
    }

    Result DONE = new Result.Done();
}
