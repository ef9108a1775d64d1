package id.jamsostek.gateway.village;

import java.util.UUID;

/**
 * One person of a batch and what became of them.
 *
 * @param request the row as the partner sent it (JSON); personal data
 * @param problem for a rejected row, the problem document (JSON) with its pointer into the batch
 */
record BatchRow(UUID id, UUID batchId, String partnerId, int index, String request, Outcome outcome, String kpj,
        String problem) {

    enum Outcome { PENDING, ENROLLED, ALREADY_PARTICIPANT, REJECTED }
}
