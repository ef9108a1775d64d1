package id.jamsostek.core.simulator.tariff;

/**
 * The line of work a discount row names (contribution-discounts.csv): a non-wage earner's is TRANSPORT or OTHER
 * (PP 50/2025), an employer unit's LABOUR_INTENSIVE or OTHER (PP 7/2025). OTHER when nobody said.
 */
public enum Sector {
    TRANSPORT, LABOUR_INTENSIVE, OTHER
}
