package id.jamsostek.adapters.core;

import java.time.LocalDate;
import java.util.List;

/**
 * Participants to keep active, as of a day (contracts/core Renewals): those whose paid-up period ends in its calendar
 * month, still covered, and those no longer covered. Personal data.
 */
public record Renewals(LocalDate asOf, List<ParticipantRecord> endingThisMonth, List<ParticipantRecord> lapsed) {

    public Renewals {
        endingThisMonth = List.copyOf(endingThisMonth);
        lapsed = List.copyOf(lapsed);
    }
}
