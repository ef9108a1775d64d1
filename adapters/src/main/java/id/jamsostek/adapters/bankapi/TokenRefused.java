package id.jamsostek.adapters.bankapi;

/** The bank answered the token request (73) but gave no token: our key, client key or clock is at fault. */
final class TokenRefused extends RuntimeException {

    private final String responseCode;

    TokenRefused(String service, String responseCode, String responseMessage) {
        super(service + " refused a B2B token: " + responseCode + " " + responseMessage, null, false, false);
        this.responseCode = responseCode;
    }

    String responseCode() {
        return responseCode;
    }
}
