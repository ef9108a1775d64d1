package id.jamsostek.core.simulator.model;

/** Who pays a non-wage earner's contributions (contracts: common/schemas/PayerType.json). */
public enum PayerType {
    SELF, VILLAGE_BUDGET, REGENCY_BUDGET, DONOR
}
