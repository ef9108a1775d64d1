package id.jamsostek.contracts;

/** The administrative level a region code or scope names. */
public enum RegionLevel {
    PROVINCE,
    REGENCY,
    DISTRICT,
    VILLAGE
}
