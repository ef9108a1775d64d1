package id.jamsostek.core.simulator.employers;

import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.tariff.Sector;
import java.util.function.Function;

/**
 * One registered employer unit with everything it has: its billing account (payment code), its roster and what it
 * owes. Every change of the roster runs under the account's lock: a payment checks the amount due and records what
 * it paid under that lock, so nothing registered or reported slips in between.
 */
public final class EmployerUnit {

    private final BillingAccount account;
    private final Workforce workforce;
    private final EmployerContributions contributions;

    EmployerUnit(BillingAccount account, Workforce workforce, EmployerContributions contributions) {
        this.account = account;
        this.workforce = workforce;
        this.contributions = contributions;
    }

    /** The unit as it is now (its sector may change: {@link #reclassify}). */
    public Employer employer() {
        return contributions.employer();
    }

    /**
     * Records the unit's sector, under the account's lock so that no payment checks an amount computed for the other
     * one; bills already paid keep theirs.
     */
    public Employer reclassify(Sector sector) {
        return account.change(locked -> {
            contributions.reclassify(sector);
            return contributions.employer();
        });
    }

    public BillingAccount account() {
        return account;
    }

    Roster roster() {
        return workforce.roster();
    }

    EmployerContributions contributions() {
        return contributions;
    }

    /**
     * Runs {@code change} under the account's lock with the roster as it is; the roster it answers (when not null)
     * replaces it.
     */
    <T> T change(Function<Roster, Changed<T>> change) {
        return account.change(locked -> {
            Changed<T> changed = change.apply(workforce.roster());
            if (changed.roster() != null) {
                workforce.replace(changed.roster());
            }
            return changed.answer();
        });
    }

    /** What a change answers, and the roster it leaves (null: unchanged). */
    record Changed<T>(T answer, Roster roster) {

        static <T> Changed<T> unchanged(T answer) {
            return new Changed<>(answer, null);
        }
    }

    @Override
    public String toString() {
        return "EmployerUnit[" + employer().ref() + "]";
    }
}
