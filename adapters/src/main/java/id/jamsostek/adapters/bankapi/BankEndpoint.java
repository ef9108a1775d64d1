package id.jamsostek.adapters.bankapi;

import java.net.URI;

/**
 * Where and as whom the gateway calls one bank's SNAP services (status 26, report 35), the token (73) included.
 *
 * @param baseUrl       the bank's SNAP root, its path prefix included (https://api.bank.example/openapi): the
 *                      services are under {@code baseUrl + /v1.0/...} and the signed path carries the prefix
 * @param clientKey     our client id at the bank: X-CLIENT-KEY of the token request
 * @param partnerId     our X-PARTNER-ID at the bank (up to 36 characters)
 * @param channelId     the CHANNEL-ID the bank gave us (up to 5 digits)
 * @param reportMethod  how the bank takes the report (35): the standard names GET, its example uses POST
 */
public record BankEndpoint(URI baseUrl, String clientKey, String partnerId, String channelId,
        ReportMethod reportMethod) {

    public enum ReportMethod { GET, POST }

    public BankEndpoint {
        require(reportMethod != null, "reportMethod is GET or POST");
        require(baseUrl != null && baseUrl.isAbsolute() && ("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()))
                && baseUrl.getHost() != null && baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null,
                "baseUrl is an http(s) URL without query, like https://api.bank.example/openapi");
        require(clientKey != null && clientKey.matches("[\\x21-\\x7e]{1,128}"), "clientKey is 1-128 visible characters");
        require(partnerId != null && partnerId.matches("[\\x21-\\x7e]{1,36}"), "partnerId is 1-36 visible characters");
        require(channelId != null && channelId.matches("[0-9]{1,5}"), "channelId is 1-5 digits");
    }

    /** {@code baseUrl}'s path without a trailing slash: what goes before /v1.0/... in the URL and the signature. */
    public String pathPrefix() {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The absolute URL of a service path such as /v1.0/transfer-va/status. */
    URI resolve(String servicePath) {
        return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + pathPrefix() + servicePath);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
