package id.jamsostek.core.simulator.employers;

/**
 * Holds an employer unit's current {@link Roster}. Reads take the latest without a lock; changes are made only through
 * {@link EmployerUnit#change}, under the unit's billing-account lock, so a change and a payment never interleave.
 */
final class Workforce {

    private volatile Roster roster = Roster.EMPTY;

    Roster roster() {
        return roster;
    }

    void replace(Roster next) {
        roster = next;
    }
}
