package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.snap.PemKeys;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/** The checks every partner registration makes, with messages an operator can act on, naming the field. */
public final class Registrations {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    private Registrations() {}

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidRegistration(field, message);
        }
    }

    public static void requireId(String id) {
        require(id != null && ID.matcher(id).matches(), "id",
                "id is 2-63 lower-case letters, digits and dashes");
    }

    public static void requireName(String name) {
        require(name != null && !name.isBlank(), "name", "name is required");
    }

    public static void requireClientKey(String clientKey) {
        require(clientKey != null && clientKey.matches("[A-Za-z0-9._-]{1,64}"), "clientKey",
                "clientKey is 1-64 safe characters");
    }

    /** The biller company codes a bank may use: 1-8 digits, at least one. */
    public static List<String> companyCodes(List<String> codes) {
        require(codes != null && !codes.isEmpty() && codes.stream().allMatch(code -> code != null
                && code.matches("[0-9]{1,8}")), "companyCodes", "companyCodes are 1-8 digits, at least one");
        return List.copyOf(codes);
    }

    public static List<String> channelIds(List<String> channels) {
        require(channels != null && channels.stream().allMatch(channel -> channel != null
                && channel.matches("[0-9]{1,5}")), "channelIds", "channelIds are up to 5 digits");
        return List.copyOf(channels);
    }

    public static List<String> ipAllowlist(List<String> ranges) {
        require(ranges != null && !ranges.isEmpty(), "ipAllowlist", "ipAllowlist needs at least one range");
        each("ipAllowlist", ranges, IpRange::parse,
                "ipAllowlist entries are IP addresses or CIDR ranges like 203.0.113.0/24");
        return List.copyOf(ranges);
    }

    /** Region codes or prefixes a village partner serves, at least one. */
    public static List<RegionScope> regions(List<String> regions) {
        require(regions != null && !regions.isEmpty(), "regions", "regions needs at least one region code or prefix");
        return each("regions", regions, RegionScope::of,
                "regions are region codes of 10 digits or prefixes of 2, 4 or 6 digits");
    }

    /** Every region a village partner is registered for must be in the Kemendagri code list. */
    public static void requireKnownRegions(RegionList list, List<RegionScope> regions) {
        for (RegionScope region : regions) {
            require(list.knows(region), "regions", "region " + region.prefix() + " is not a province, regency, "
                    + "district or village of the " + RegionList.EDITION);
        }
    }

    /** The employers a platform acts for, at least one. */
    public static List<EmployerGrant> grants(List<String> grants) {
        require(grants != null && !grants.isEmpty(), "grants", "grants needs at least one NPP/division or NPP/*");
        return each("grants", grants, EmployerGrant::of, "grants are NPP/division or NPP/* (8 and 3 digits)");
    }

    /** A client's scopes: at least one, all of its kind's. */
    public static Set<String> scopes(Collection<String> scopes, Set<String> kindScopes) {
        require(scopes != null && !scopes.isEmpty() && scopes.stream().allMatch(scope -> scope != null),
                "scopes", "scopes needs at least one scope");
        require(kindScopes.containsAll(scopes), "scopes", "scopes must be among " + new TreeSet<>(kindScopes));
        return Set.copyOf(scopes);
    }

    /**
     * The published demo credentials anyone can sign with, and the demo partners' ids, belong to the demo profile only
     * (the start refuses them anywhere else, see {@code PartnerFileRegistration}); outside it they are refused before they
     * are stored. Null arguments are not checked.
     */
    public static void refuseDemoCredentials(String id, String clientKey, String publicKeyPem) {
        require(id == null || !id.startsWith("demo-"), "id", "ids starting with demo- belong to the demo profile");
        require(!DemoCredentials.CLIENT_KEY.equals(clientKey), "clientKey",
                "the published demo client key belongs to the demo profile");
        require(publicKeyPem == null || !DemoCredentials.isDemo(null, publicKeyPem), "publicKeyPem",
                "the published demo key pair belongs to the demo profile");
    }

    public static void requirePublicKey(String field, String pem) {
        try {
            PemKeys.rsaPublicKey(pem);
        } catch (RuntimeException unreadable) {
            throw new InvalidRegistration(field, field + " is an RSA public key in X.509 PEM");
        }
    }

    /**
     * Every value read with {@code parse}; the first that does not read fails with {@code message} for the field.
     */
    public static <T> List<T> each(String field, List<String> values, Function<String, T> parse, String message) {
        require(values != null && values.stream().allMatch(value -> value != null), field, message);
        try {
            return values.stream().map(parse).toList();
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidRegistration(field, message + " (" + unreadable.getMessage() + ")");
        }
    }

    /** How long a previous secret or key keeps working ("24h", "PT30M", "0s"); blank or null: the default. */
    public static Duration overlap(String overlap) {
        if (overlap == null || overlap.isBlank()) {
            return null;
        }
        try {
            return DurationStyle.detectAndParse(overlap.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRegistration("overlap", "overlap is a duration like 24h, 30m or PT1H");
        }
    }
}
