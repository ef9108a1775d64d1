package id.jamsostek.core.simulator.tariff;

/** PU = wage earners (billed to their employer), BPU = non-wage earners (they or a sponsor pay in advance). */
public enum Segment {
    PU, BPU
}
