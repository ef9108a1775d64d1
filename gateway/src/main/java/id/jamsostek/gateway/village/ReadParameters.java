package id.jamsostek.gateway.village;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * The path and query parameters of the village reads, checked by the contract's rules before anything else happens:
 * a breach is 400 invalid-query-parameter naming the parameter. Codes are digits only (the dotted form is not
 * accepted at this edge, so a code has one spelling).
 */
public final class ReadParameters {

    private static final Pattern VILLAGE_CODE = Pattern.compile("[0-9]{10}");
    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private ReadParameters() {}

    static String villageCode(String value) {
        if (value == null || !VILLAGE_CODE.matcher(value).matches()) {
            throw invalid("villageCode must be 10 digits");
        }
        return value;
    }

    static String regionPrefix(ServerRequest request) {
        String value = single(request, "region");
        if (value == null) {
            throw invalid("region is required");
        }
        if (!REGION_PREFIX.matcher(value).matches()) {
            throw invalid("region must be 2, 4, 6 or 10 digits");
        }
        return value;
    }

    /** The optional month=YYYY-MM; null when not given. */
    static YearMonth month(ServerRequest request) {
        return month(request, "month");
    }

    /** An optional YYYY-MM query parameter; null when not given. */
    public static YearMonth month(ServerRequest request, String name) {
        String value = single(request, name);
        if (value == null) {
            return null;
        }
        if (!MONTH.matcher(value).matches()) {
            throw invalid(name + " must be YYYY-MM");
        }
        return YearMonth.parse(value);
    }

    /** An optional query parameter that must be one of {@code allowed}; null when not given. */
    static String oneOf(ServerRequest request, String name, Set<String> allowed) {
        String value = single(request, name);
        if (value != null && !allowed.contains(value)) {
            throw invalid(name + " must be one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    /** An optional integer query parameter within [min, max]. */
    static int integer(ServerRequest request, String name, int min, int max, int absent) {
        String value = single(request, name);
        if (value == null) {
            return absent;
        }
        if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw invalid(name + " must be " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    private static String single(ServerRequest request, String name) {
        List<String> values = request.queryParams().get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalid(name + " may be given once");
        }
        return values.getFirst();
    }

    private static GatewayException invalid(String detail) {
        return new GatewayException(Problem.INVALID_QUERY_PARAMETER, detail);
    }
}
