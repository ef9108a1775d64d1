package id.jamsostek.core.simulator.participants;

import java.util.List;

/** One page of a village's participants, ordered by KPJ; total counts every page. */
public record ParticipantPage(List<ParticipantRecord> items, int page, int size, int total) {
}
