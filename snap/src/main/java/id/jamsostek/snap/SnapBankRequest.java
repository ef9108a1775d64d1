package id.jamsostek.snap;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request a bank sends the gateway, as SNAP says, signed: its path, headers and exact body bytes. The one place
 * every caller that plays a bank builds them (the gateway's tests, the chaos drill, the failover load, the Gatling
 * simulation); each sends it with its own HTTP client.
 *
 * @param path    the bank's path prefix and the service, e.g. {@code /bank-a/v1.0/transfer-va/payment}
 * @param headers every header but {@code Content-Type} (always {@code application/json}), in sending order
 * @param body    the bytes signed, to be sent as they are
 */
public record SnapBankRequest(String path, Map<String, String> headers, byte[] body) {

    public static final String ACCESS_TOKEN = "/v1.0/access-token/b2b";
    public static final String VA_INQUIRY = "/v1.0/transfer-va/inquiry";
    public static final String VA_PAYMENT = "/v1.0/transfer-va/payment";
    public static final String TOKEN_BODY = "{\"grantType\":\"client_credentials\"}";

    /**
     * A bank's side of its SNAP credentials.
     *
     * @param pathPrefix   what the gateway's route puts before the service path for this bank ("" for none)
     * @param clientKey    X-CLIENT-KEY of its token requests
     * @param privateKey   signs its token requests (SHA256withRSA)
     * @param clientSecret signs its transactions (HMAC-SHA512)
     * @param partnerId    X-PARTNER-ID, the biller company code
     * @param channelId    CHANNEL-ID
     */
    public record Bank(String pathPrefix, String clientKey, PrivateKey privateKey, byte[] clientSecret,
            String partnerId, String channelId) {

        /** The company code as SNAP's partnerServiceId: left-padded with spaces to 8. */
        public String partnerServiceId() {
            return " ".repeat(8 - partnerId.length()) + partnerId;
        }

        @Override
        public String toString() {
            return "Bank[" + clientKey + ", " + partnerId + pathPrefix + "]"; // never the secret or the key
        }
    }

    public SnapBankRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** An access-token request signed at {@code timestamp} ({@link SnapTimestamp#format}). */
    public static SnapBankRequest accessToken(Bank bank, String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-CLIENT-KEY", bank.clientKey());
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-SIGNATURE", SnapSignatures.signAccessToken(bank.privateKey(), bank.clientKey(), timestamp));
        return new SnapBankRequest(bank.pathPrefix() + ACCESS_TOKEN, headers,
                TOKEN_BODY.getBytes(StandardCharsets.UTF_8));
    }

    /** A transaction (POST {@code service}, e.g. {@link #VA_PAYMENT}) with its body signed over its exact bytes. */
    public static SnapBankRequest transaction(Bank bank, String service, String token, String body,
            String externalId, String timestamp) {
        String path = bank.pathPrefix() + service;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-SIGNATURE", SnapSignatures.signTransaction(bank.clientSecret(), "POST", path, token, bytes,
                timestamp));
        headers.put("X-PARTNER-ID", bank.partnerId());
        headers.put("X-EXTERNAL-ID", externalId);
        headers.put("CHANNEL-ID", bank.channelId());
        return new SnapBankRequest(path, headers, bytes);
    }

    /** As a JDK HTTP request to the gateway at {@code baseUrl} ({@code http://127.0.0.1:8080}). */
    public HttpRequest toHttpRequest(String baseUrl, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        return request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** An inquiry body; {@code partnerServiceId} as the bank sends it (8 characters, left-padded with spaces). */
    public static String inquiryBody(String partnerServiceId, String customerNo, String inquiryRequestId) {
        return "{\"partnerServiceId\":\"" + partnerServiceId + "\",\"customerNo\":\"" + customerNo
                + "\",\"virtualAccountNo\":\"" + partnerServiceId + customerNo + "\",\"inquiryRequestId\":\""
                + inquiryRequestId + "\"}";
    }

    /**
     * A payment body.
     *
     * @param amount      the paid amount, a decimal string in IDR ({@code "150000.00"})
     * @param trxDateTime when the bank took the payment ({@link SnapTimestamp#format}); null: not sent
     * @param flagAdvise  Y for an advice (a repeat asking for the outcome), else N
     */
    public static String paymentBody(String partnerServiceId, String customerNo, String paymentRequestId,
            String amount, String trxDateTime, String flagAdvise) {
        return "{\"partnerServiceId\":\"" + partnerServiceId + "\",\"customerNo\":\"" + customerNo
                + "\",\"virtualAccountNo\":\"" + partnerServiceId + customerNo + "\",\"paymentRequestId\":\""
                + paymentRequestId + "\",\"paidAmount\":{\"value\":\"" + amount + "\",\"currency\":\"IDR\"}"
                + (trxDateTime == null ? "" : ",\"trxDateTime\":\"" + trxDateTime + "\"")
                + ",\"flagAdvise\":\"" + flagAdvise + "\"}";
    }
}
