package id.jamsostek.bench.drill;

import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A drill's banks over HTTP as SNAP says: an access token per bank (SHA256withRSA, taken again after 10 minutes or
 * when refused), each request signed with HMAC-SHA512 over its exact bytes and sent to one gateway instance. A
 * refused connection, or no token to send with, is {@link AnswerKind#REFUSED} (nothing reached the gateway); a
 * 5xx with Retry-After is {@link AnswerKind#UNAVAILABLE} (the instance did nothing: starting, or its database
 * away); a request sent without an answer is {@link AnswerKind#NO_ANSWER}.
 */
public final class SnapBankLine implements BankLine {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private record Token(String value, Instant taken) {
    }

    /** The payment itself was not sent (no token to send it with): safe to send to another instance. */
    private static final class NotSent extends IOException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final List<String> gateways;
    private final List<SnapBankRequest.Bank> banks;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<SnapBankRequest.Bank, Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param gateways the instances' base URLs ({@code http://127.0.0.1:8180})
     * @param banks    the drill's banks, by their index in {@link PaymentAttempt#bank()}
     */
    public SnapBankLine(List<String> gateways, List<SnapBankRequest.Bank> banks) {
        this.gateways = List.copyOf(gateways);
        this.banks = List.copyOf(banks);
    }

    @Override
    public int instances() {
        return gateways.size();
    }

    @Override
    public boolean inquire(int bankIndex, String customerNo, String inquiryRequestId, String externalId,
            int instance) {
        SnapBankRequest.Bank bank = banks.get(bankIndex);
        String body = SnapBankRequest.inquiryBody(bank.partnerServiceId(), customerNo, inquiryRequestId);
        try {
            HttpResponse<String> answer = transaction(bank, SnapBankRequest.VA_INQUIRY, body, externalId, instance);
            return "2002400".equals(responseCode(answer));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public DrillAnswer pay(PaymentAttempt attempt, int instance) {
        SnapBankRequest.Bank bank = banks.get(attempt.bank());
        String body = SnapBankRequest.paymentBody(bank.partnerServiceId(), attempt.customerNo(),
                attempt.paymentRequestId(), attempt.amount(), null, attempt.advice() ? "Y" : "N");
        try {
            HttpResponse<String> answer = transaction(bank, SnapBankRequest.VA_PAYMENT, body, attempt.externalId(),
                    instance);
            String code = responseCode(answer);
            boolean unavailable = answer.statusCode() >= 500 && answer.headers().firstValue("Retry-After").isPresent();
            return new DrillAnswer(attempt.paymentRequestId(), attempt.customerNo(), code,
                    unavailable ? AnswerKind.UNAVAILABLE : AnswerKind.of(answer.statusCode(), code), Instant.now());
        } catch (ConnectException | NotSent refused) {
            return DrillAnswer.refused(attempt.paymentRequestId(), attempt.customerNo(), Instant.now());
        } catch (IOException lost) {
            return DrillAnswer.none(attempt.paymentRequestId(), attempt.customerNo(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DrillAnswer.none(attempt.paymentRequestId(), attempt.customerNo(), Instant.now());
        }
    }

    private HttpResponse<String> transaction(SnapBankRequest.Bank bank, String service, String body, String externalId,
            int instance) throws IOException, InterruptedException {
        HttpResponse<String> answer = signedPost(bank, service, body, externalId, instance, token(bank, instance));
        if (answer.statusCode() == 401) {
            tokens.remove(bank); // expired or from an instance's older keys: take a new one once
            answer = signedPost(bank, service, body, externalId, instance, token(bank, instance));
        }
        return answer;
    }

    private HttpResponse<String> signedPost(SnapBankRequest.Bank bank, String service, String body, String externalId,
            int instance, String token) throws IOException, InterruptedException {
        return http.send(SnapBankRequest.transaction(bank, service, token, body, externalId,
                SnapTimestamp.now(CLOCK)).toHttpRequest(gateways.get(instance), REQUEST_TIMEOUT),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The bank's token, taken from this instance if there is none (tokens hold on every instance). */
    private String token(SnapBankRequest.Bank bank, int instance) throws IOException, InterruptedException {
        Token token = tokens.get(bank);
        if (token != null && token.taken().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return token.value();
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(SnapBankRequest.accessToken(bank, SnapTimestamp.now(CLOCK))
                    .toHttpRequest(gateways.get(instance), REQUEST_TIMEOUT), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NotSent("no access token for " + bank.clientKey(), e);
        }
        String accessToken = field(answer, "accessToken");
        if (answer.statusCode() != 200 || accessToken == null) {
            throw new NotSent("no access token for " + bank.clientKey() + ": " + answer.statusCode() + " "
                    + answer.body(), null);
        }
        tokens.put(bank, new Token(accessToken, Instant.now()));
        return accessToken;
    }

    private static String responseCode(HttpResponse<String> answer) {
        return field(answer, "responseCode");
    }

    /** A top-level text field of a JSON answer; null when there is none or the answer is not JSON. */
    private static String field(HttpResponse<String> answer, String name) {
        try {
            JsonNode value = JSON.readTree(answer.body()).get(name);
            return value == null ? null : value.asString();
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
