package id.jamsostek.adapters.core;

import java.util.List;

/** One page of a village's participants as the core lists them, ordered by KPJ (contracts/core ParticipantRecordPage). */
public record ParticipantRecordPage(List<ParticipantRecord> items, int page, int size, long total) {

    public ParticipantRecordPage {
        items = List.copyOf(items);
    }
}
