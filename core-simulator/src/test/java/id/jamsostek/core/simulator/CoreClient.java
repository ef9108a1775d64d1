package id.jamsostek.core.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JDK HttpClient pointed at a simulator, for tests. */
public final class CoreClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public CoreClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public HttpResponse<String> openBill(String customerNo) {
        return get("/core/v1/bills/open?customerNo=" + customerNo);
    }

    public JsonNode openBillJson(String customerNo) {
        HttpResponse<String> response = openBill(customerNo);
        if (response.statusCode() != 200) {
            throw new AssertionError("open bill of " + customerNo + ": " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    public HttpResponse<String> post(String idempotencyKey, String body) {
        return send(postRequest(idempotencyKey, body));
    }

    /** A JSON POST to any path; no Idempotency-Key header when the key is null. */
    public HttpResponse<String> post(String path, String idempotencyKey, String body) {
        return send(jsonPost(path, idempotencyKey, body));
    }

    /** A JSON PUT (wage reports: idempotent by version, no key). */
    public HttpResponse<String> put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String path, String idempotencyKey, String body) {
        return http.sendAsync(jsonPost(path, idempotencyKey, body).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> postAsync(String idempotencyKey, String body) {
        return http.sendAsync(postRequest(idempotencyKey, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A payment body for the bill, paying its total unless another amount is given. */
    public static String paymentBody(JsonNode bill, String amount, String reference) {
        return """
                {"billId":"%s","customerNo":"%s","amount":"%s","currency":"IDR","paidAt":"2026-11-22T10:15:00+07:00",
                 "channel":"BANK","partnerId":"BANK-DEMO","reference":"%s"}"""
                .formatted(bill.get("billId").asString(), bill.get("customerNo").asString(), amount, reference);
    }

    /** A payment of whatever bill is open on the customer number: no billId. */
    public static String openBillPaymentBody(String customerNo, String amount) {
        return """
                {"customerNo":"%s","amount":"%s","currency":"IDR","paidAt":"2026-11-22T10:15:00+07:00",
                 "channel":"BANK","partnerId":"BANK-DEMO","reference":"REF-1"}"""
                .formatted(customerNo, amount);
    }

    public static String paymentBody(JsonNode bill) {
        return paymentBody(bill, bill.get("totalAmount").asString(), "REF-1");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String problemType(HttpResponse<String> response) {
        return json(response).get("type").asString();
    }

    private HttpRequest.Builder postRequest(String idempotencyKey, String body) {
        return jsonPost("/core/v1/payments", idempotencyKey, body);
    }

    private HttpRequest.Builder jsonPost(String path, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
