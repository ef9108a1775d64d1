package id.jamsostek.gateway.batch;

import java.util.List;

/**
 * How a channel words its batches to its partners: the outcomes CREATED and EXISTING (as a row's "outcome" and as
 * keys of the status's "counts"; PENDING and REJECTED read the same in every channel), the title of a rejected
 * row's problem, and the names under which the status shows the batch's subject, split at '/' ("19012345/000"
 * shown as npp and division; none for a batch without subject). A channel whose rows are never EXISTING (a
 * sponsorship is made or refused) has no term for it, null: its status shows no such count.
 */
public record BatchVocabulary(Term created, Term existing, String rowProblemTitle, List<String> subjectFields) {

    public BatchVocabulary {
        subjectFields = List.copyOf(subjectFields);
    }

    /**
     * @param outcome  a row's outcome as shown ("ENROLLED")
     * @param countKey its key in the counts ("enrolled")
     */
    public record Term(String outcome, String countKey) {}

    private static final Term PENDING = new Term("PENDING", "pending");
    private static final Term REJECTED = new Term("REJECTED", "rejected");

    public Term of(BatchRow.Outcome outcome) {
        return switch (outcome) {
            case PENDING -> PENDING;
            case CREATED -> created;
            case EXISTING -> existing;
            case REJECTED -> REJECTED;
        };
    }
}
