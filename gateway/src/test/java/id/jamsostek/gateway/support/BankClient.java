package id.jamsostek.gateway.support;

import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Signs and sends SNAP requests the way a bank does, with every header open to tampering for negative tests. */
public final class BankClient {

    private static final AtomicLong EXTERNAL_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebTestClient web;
    private final TestBank bank;

    public BankClient(WebTestClient web, TestBank bank) {
        this.web = web;
        this.bank = bank;
    }

    public static String newExternalId() {
        return Long.toString(EXTERNAL_IDS.incrementAndGet());
    }

    public static String now() {
        return SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA));
    }

    /** The headers of an access-token request, signed; change any before sending. */
    public Map<String, String> tokenHeaders(String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-CLIENT-KEY", bank.clientKey());
        headers.put("X-TIMESTAMP", timestamp);
        headers.put("X-SIGNATURE", SnapSignatures.signAccessToken(bank.keys().getPrivate(), bank.clientKey(), timestamp));
        return headers;
    }

    public WebTestClient.ResponseSpec requestToken(Map<String, String> headers, String body) {
        return web.post().uri(bank.pathPrefix() + "/v1.0/access-token/b2b")
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::set))
                .bodyValue(body)
                .exchange();
    }

    public String token() {
        byte[] answer = requestToken(tokenHeaders(now()), "{\"grantType\":\"client_credentials\"}")
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        return JSON.readTree(answer).get("accessToken").asString();
    }

    /** A signed transaction ready to send; tamper with it in {@code change}. */
    public final class Transaction {
        public String path;
        public String body;
        public String token;
        public String timestamp = now();
        public final Map<String, String> headers = new LinkedHashMap<>();
        public String signature;

        Transaction(String servicePath, String body, String token) {
            this.path = bank.pathPrefix() + servicePath;
            this.body = body;
            this.token = token;
            headers.put("X-PARTNER-ID", bank.companyCode());
            headers.put("X-EXTERNAL-ID", newExternalId());
            headers.put("CHANNEL-ID", bank.channelId());
        }

        public WebTestClient.ResponseSpec send() {
            String signed = signature != null ? signature : SnapSignatures.signTransaction(
                    bank.secret().getBytes(StandardCharsets.UTF_8), "POST", path, token,
                    body.getBytes(StandardCharsets.UTF_8), timestamp);
            return web.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + token)
                    .header("X-TIMESTAMP", timestamp)
                    .header("X-SIGNATURE", signed)
                    .headers(h -> headers.forEach((name, value) -> {
                        if (value == null) {
                            h.remove(name);
                        } else {
                            h.set(name, value);
                        }
                    }))
                    .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                    .exchange();
        }
    }

    public WebTestClient.ResponseSpec inquiry(String body, String token, Consumer<Transaction> change) {
        Transaction transaction = new Transaction("/v1.0/transfer-va/inquiry", body, token);
        change.accept(transaction);
        return transaction.send();
    }

    public WebTestClient.ResponseSpec inquiry(String body, String token) {
        return inquiry(body, token, transaction -> {});
    }

    public WebTestClient.ResponseSpec payment(String body, String token, Consumer<Transaction> change) {
        Transaction transaction = new Transaction("/v1.0/transfer-va/payment", body, token);
        change.accept(transaction);
        return transaction.send();
    }

    /** A payment body after an inquiry: paymentRequestId and amounts as given, flagAdvise as given. */
    public String paymentBody(String customerNo, String paymentRequestId, String amount, String flagAdvise) {
        return "{\"partnerServiceId\":\"" + bank.partnerServiceId() + "\",\"customerNo\":\"" + customerNo
                + "\",\"virtualAccountNo\":\"" + bank.partnerServiceId() + customerNo
                + "\",\"paymentRequestId\":\"" + paymentRequestId
                + "\",\"paidAmount\":{\"value\":\"" + amount + "\",\"currency\":\"IDR\"}"
                + ",\"trxDateTime\":\"" + now() + "\",\"flagAdvise\":\"" + flagAdvise + "\"}";
    }

    public String inquiryBody(String customerNo) {
        return "{\"partnerServiceId\":\"" + bank.partnerServiceId() + "\",\"customerNo\":\"" + customerNo
                + "\",\"virtualAccountNo\":\"" + bank.partnerServiceId() + customerNo
                + "\",\"inquiryRequestId\":\"" + newExternalId() + "\"}";
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    public TestBank bank() {
        return bank;
    }
}
