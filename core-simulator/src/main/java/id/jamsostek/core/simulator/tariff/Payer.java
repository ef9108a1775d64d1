package id.jamsostek.core.simulator.tariff;

/** Who bears a share of a wage earner's contribution. */
public enum Payer {
    EMPLOYER, WORKER
}
