package id.jamsostek.contracts;

/**
 * A village's Kemendagri region code PP.KK.CC.DDDD, kept as 10 digits without dots, e.g. "3603012001" = Desa Saga,
 * Balaraja, Kab. Tangerang. The village part starts with 2 for a desa and 1 for a kelurahan; that rule comes from
 * public sources only (domain.md §3), so it is reported by {@link #isVillage()} and {@link #isUrbanWard()} rather
 * than enforced.
 */
public record RegionCode(String value) {

    public RegionCode {
        Digits.requireExactly(value, 10, "a region code");
    }

    /** Accepts "3603012001" or "36.03.01.2001". */
    public static RegionCode of(String code) {
        return new RegionCode(code == null ? null : code.replace(".", ""));
    }

    public RegionScope province() {
        return new RegionScope(value.substring(0, 2));
    }

    public RegionScope regency() {
        return new RegionScope(value.substring(0, 4));
    }

    public RegionScope district() {
        return new RegionScope(value.substring(0, 6));
    }

    /** This one village as a scope. */
    public RegionScope scope() {
        return new RegionScope(value);
    }

    /** A desa (rural village): village part starting with 2. */
    public boolean isVillage() {
        return value.charAt(6) == '2';
    }

    /** A kelurahan (urban ward): village part starting with 1. */
    public boolean isUrbanWard() {
        return value.charAt(6) == '1';
    }

    public boolean isWithin(RegionScope scope) {
        return scope.contains(this);
    }

    /** "36.03.01.2001". */
    public String dotted() {
        return dot(value);
    }

    @Override
    public String toString() {
        return dotted();
    }

    static String dot(String digits) {
        StringBuilder dotted = new StringBuilder();
        for (int at = 0; at < digits.length(); at += 2) {
            if (at == 6) {
                return dotted.append('.').append(digits, 6, digits.length()).toString();
            }
            dotted.append(at == 0 ? "" : ".").append(digits, at, at + 2);
        }
        return dotted.toString();
    }
}
