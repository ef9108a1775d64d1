package id.jamsostek.core.simulator.tariff;

/** Business scale of an employer: decides which programs it must pay. */
public enum BusinessScale {
    MICRO, SMALL, MEDIUM, LARGE
}
