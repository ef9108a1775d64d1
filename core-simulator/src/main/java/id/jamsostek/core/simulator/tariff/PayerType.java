package id.jamsostek.core.simulator.tariff;

/**
 * Who pays a non-wage earner's contributions (contracts: common/schemas/PayerType.json). A tariff matter too: PP
 * 50/2025 withholds its discount from contributions paid from the state or a regional budget, and which types count
 * as such is configuration ({@link NonWageEarnerContributions#excludedFromDiscounts()}).
 */
public enum PayerType {
    SELF, VILLAGE_BUDGET, REGENCY_BUDGET, DONOR
}
