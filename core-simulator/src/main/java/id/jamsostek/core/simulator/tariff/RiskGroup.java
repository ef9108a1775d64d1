package id.jamsostek.core.simulator.tariff;

/** Work-accident risk group of an employer's business (PP 44/2015), I lowest to V highest. */
public enum RiskGroup {
    I, II, III, IV, V
}
