package id.jamsostek.gateway.support;

import id.jamsostek.snap.SnapBankRequest;
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

    /** The bank's credentials; its requests are sent to {@code path} as given, the bank's prefix included. */
    private SnapBankRequest.Bank credentials() {
        return new SnapBankRequest.Bank("", bank.clientKey(), bank.keys().getPrivate(),
                bank.secret().getBytes(StandardCharsets.UTF_8), bank.companyCode(), bank.channelId());
    }

    /** The headers of an access-token request, signed; change any before sending. */
    public Map<String, String> tokenHeaders(String timestamp) {
        return new LinkedHashMap<>(SnapBankRequest.accessToken(credentials(), timestamp).headers());
    }

    public WebTestClient.ResponseSpec requestToken(Map<String, String> headers, String body) {
        return web.post().uri(bank.pathPrefix() + SnapBankRequest.ACCESS_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> headers.forEach(h::set))
                .bodyValue(body)
                .exchange();
    }

    public String token() {
        byte[] answer = requestToken(tokenHeaders(now()), SnapBankRequest.TOKEN_BODY)
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

        /** Signed as it stands; a signature set, or a header set (null: removed), is sent instead. */
        public WebTestClient.ResponseSpec send() {
            SnapBankRequest signed = SnapBankRequest.transaction(credentials(), path, token, body,
                    headers.get("X-EXTERNAL-ID"), timestamp);
            Map<String, String> sent = new LinkedHashMap<>(signed.headers());
            if (signature != null) {
                sent.put("X-SIGNATURE", signature);
            }
            sent.putAll(headers);
            return web.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> sent.forEach((name, value) -> {
                        if (value == null) {
                            h.remove(name);
                        } else {
                            h.set(name, value);
                        }
                    }))
                    .bodyValue(signed.body())
                    .exchange();
        }
    }

    public WebTestClient.ResponseSpec inquiry(String body, String token, Consumer<Transaction> change) {
        Transaction transaction = new Transaction(SnapBankRequest.VA_INQUIRY, body, token);
        change.accept(transaction);
        return transaction.send();
    }

    public WebTestClient.ResponseSpec inquiry(String body, String token) {
        return inquiry(body, token, transaction -> {});
    }

    public WebTestClient.ResponseSpec payment(String body, String token, Consumer<Transaction> change) {
        Transaction transaction = new Transaction(SnapBankRequest.VA_PAYMENT, body, token);
        change.accept(transaction);
        return transaction.send();
    }

    /** A payment body after an inquiry: paymentRequestId and amounts as given, flagAdvise as given. */
    public String paymentBody(String customerNo, String paymentRequestId, String amount, String flagAdvise) {
        return SnapBankRequest.paymentBody(bank.partnerServiceId(), customerNo, paymentRequestId, amount, now(),
                flagAdvise);
    }

    public String inquiryBody(String customerNo) {
        return SnapBankRequest.inquiryBody(bank.partnerServiceId(), customerNo, newExternalId());
    }

    public static JsonNode json(byte[] body) {
        return JSON.readTree(body);
    }

    public TestBank bank() {
        return bank;
    }
}
