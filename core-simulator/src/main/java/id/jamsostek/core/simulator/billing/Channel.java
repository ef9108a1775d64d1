package id.jamsostek.core.simulator.billing;

/** Through which kind of partner a payment came. */
public enum Channel {
    BANK, VILLAGE, EMPLOYER
}
