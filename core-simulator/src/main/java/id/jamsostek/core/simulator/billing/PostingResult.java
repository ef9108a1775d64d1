package id.jamsostek.core.simulator.billing;

/** A posting, and whether it was made by an earlier request under the same key (a replay). */
public record PostingResult(Posting posting, boolean replayed) {
}
