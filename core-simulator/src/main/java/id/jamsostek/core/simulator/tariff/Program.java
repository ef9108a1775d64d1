package id.jamsostek.core.simulator.tariff;

/** Social security programs, in the order bills list them, plus the late-fee line. */
public enum Program {
    JKK, JKM, JHT, JP, JKP, LATE_FEE
}
