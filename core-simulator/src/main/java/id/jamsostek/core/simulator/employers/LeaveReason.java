package id.jamsostek.core.simulator.employers;

/** Why an employment ended, as a wage report's leaver says. */
public enum LeaveReason {
    RESIGNED, DISMISSED, CONTRACT_ENDED, RETIRED, DIED, OTHER
}
