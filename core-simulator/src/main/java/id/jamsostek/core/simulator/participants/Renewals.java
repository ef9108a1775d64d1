package id.jamsostek.core.simulator.participants;

import java.time.LocalDate;
import java.util.List;

/**
 * The participants to keep active, as of a day: those whose paid-up period ends in its calendar month (still covered
 * today) and those whose coverage has stopped (lapsed, or never paid since their first month started).
 */
public record Renewals(LocalDate asOf, List<ParticipantRecord> endingThisMonth, List<ParticipantRecord> lapsed) {

    public Renewals {
        endingThisMonth = List.copyOf(endingThisMonth);
        lapsed = List.copyOf(lapsed);
    }
}
