package id.jamsostek.adapters.village;

import java.util.Optional;
import java.util.SortedSet;

/** Working-population reference data per region code (not the core's: the gateway loads it). */
public interface PopulationReference {

    /**
     * The figure of a region (2, 4, 6 or 10 digits): its own row if there is one, else the sum of the rows of its
     * villages; empty when neither exists.
     */
    Optional<Figure> of(String region);

    /** The 10-digit village codes under the prefix that have a row of their own, ordered. */
    SortedSet<String> villagesWithin(String prefix);

    /**
     * @param workingPopulation people of working age who work, in the region
     * @param source            what the figure comes from and its year, for populationSource (at most 200 characters)
     * @param status            whether the figure is official or the synthetic stand-in, for populationStatus
     */
    record Figure(long workingPopulation, String source, Status status) {}

    /** Where a figure comes from, as answers show it (contracts/village CoverageSummary.populationStatus). */
    enum Status {
        /** Uploaded by an operator from an official publication (BPS). */
        OFFICIAL,
        /** The shipped synthetic stand-in: invented figures, not statistics. */
        SYNTHETIC_STAND_IN,
        /** A sum over villages of which some are official and some the stand-in. */
        MIXED;

        /** The status of a sum of figures of these statuses. */
        public Status with(Status other) {
            return this == other ? this : MIXED;
        }
    }
}
