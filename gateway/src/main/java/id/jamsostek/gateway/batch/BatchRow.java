package id.jamsostek.gateway.batch;

import java.util.UUID;

/**
 * One item of a batch and what became of it.
 *
 * @param subject what its batch is about ("NPP/division"), null where the partner alone says it (village batches)
 * @param request the item as the partner sent it (JSON); personal data
 * @param kpj     the participant's number, for a row created or found existing (when the partner may learn it)
 * @param problem for a rejected row, the problem document (JSON) with its pointer into the batch
 */
public record BatchRow(UUID id, UUID batchId, String partnerId, String subject, int index, String request,
        Outcome outcome, String kpj, String problem) {

    /** The same for every channel; each words them its own way (see {@link BatchVocabulary}). */
    public enum Outcome {
        PENDING,
        /** enrolled, registered */
        CREATED,
        /** already a participant, already an employee: nothing was created */
        EXISTING,
        REJECTED
    }
}
