package id.jamsostek.gateway.oauth;

/** An RFC 6749 §5.2 error of the token endpoint: the protocol's own answer, not a problem document. */
final class OAuthError extends RuntimeException {

    private final String error;
    private final int status;

    private OAuthError(String error, int status, String description) {
        super(description, null, false, false);
        this.error = error;
        this.status = status;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", 400, description);
    }

    /** Unknown client, wrong secret, bad or replayed assertion, disabled partner: all look the same from outside. */
    static OAuthError invalidClient() {
        return invalidClient("client authentication failed");
    }

    /** After the client proved its secret or key: the reason may be told (a client certificate not its own). */
    static OAuthError invalidClient(String description) {
        return new OAuthError("invalid_client", 401, description);
    }

    static OAuthError unsupportedGrantType() {
        return new OAuthError("unsupported_grant_type", 400, "only client_credentials is supported");
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", 400, description);
    }

    String error() {
        return error;
    }

    int status() {
        return status;
    }
}
