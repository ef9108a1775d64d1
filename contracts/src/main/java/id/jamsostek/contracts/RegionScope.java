package id.jamsostek.contracts;

/**
 * A prefix of a Kemendagri region code naming a whole area: 2 digits a province, 4 a regency or city, 6 a district
 * (kecamatan), 10 one village. A partner authorised for a scope may act for every village inside it.
 */
public record RegionScope(String prefix) {

    public RegionScope {
        if (prefix == null || !(prefix.length() == 2 || prefix.length() == 4 || prefix.length() == 6
                || prefix.length() == 10) || !Digits.allDigits(prefix)) {
            throw new IllegalArgumentException("a region scope must be 2, 4, 6 or 10 digits");
        }
    }

    /** Accepts the plain form "360301" or the dotted form "36.03.01". */
    public static RegionScope of(String code) {
        return new RegionScope(code == null ? null : code.replace(".", ""));
    }

    public RegionLevel level() {
        return switch (prefix.length()) {
            case 2 -> RegionLevel.PROVINCE;
            case 4 -> RegionLevel.REGENCY;
            case 6 -> RegionLevel.DISTRICT;
            default -> RegionLevel.VILLAGE;
        };
    }

    public boolean contains(RegionCode village) {
        return village.value().startsWith(prefix);
    }

    public boolean contains(RegionScope other) {
        return other.prefix.startsWith(prefix);
    }

    /** "36.03.01". */
    public String dotted() {
        return RegionCode.dot(prefix);
    }

    @Override
    public String toString() {
        return dotted();
    }
}
