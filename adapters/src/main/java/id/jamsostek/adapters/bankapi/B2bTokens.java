package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * One bank's B2B access token (service 73), asked with our RSA signature and kept until shortly before it expires.
 * Callers that need a token while one is being asked wait for that one: a single request is in flight at a time. A
 * failed request is not kept, so the next caller asks again; a token the bank refuses is dropped at once.
 */
final class B2bTokens {

    static final String PATH = "/v1.0/access-token/b2b";
    static final String SERVICE_CODE = "73";
    private static final byte[] REQUEST = "{\"grantType\":\"client_credentials\",\"additionalInfo\":{}}"
            .getBytes(StandardCharsets.UTF_8);

    private final BankLine line;
    private final BankApiTiming timing;
    private final SnapAnswers answers;
    private final AtomicReference<B2bToken> refused = new AtomicReference<>();
    private final Mono<B2bToken> current;

    B2bTokens(BankLine line, BankApiTiming timing) {
        this.line = line;
        this.timing = timing;
        this.answers = line.answers();
        this.current = Mono.defer(this::issue)
                .cacheInvalidateIf(token -> token == refused.get() || !token.usableAt(line.clock().instant()));
    }

    /** A usable token: the kept one, or a new one. Errors {@link TokenRefused} or {@link CoreUnavailable}. */
    Mono<B2bToken> current() {
        return current;
    }

    /** The bank said this token is invalid: the next {@link #current()} asks for a new one. */
    void refused(B2bToken token) {
        refused.set(token);
    }

    private Mono<B2bToken> issue() {
        Mono<SnapAnswer> attempt = Mono.defer(() -> {
            String timestamp = SnapTimestamp.now(line.clock());
            BankEndpoint endpoint = line.endpoint();
            // RSA signing draws on the JDK's SecureRandom (blinding), which may read /dev/urandom: off the event loop
            return Mono.fromCallable(() ->
                            SnapSignatures.signAccessToken(line.credentials().signingKey(), endpoint.clientKey(),
                                    timestamp))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(signature -> line.http().post()
                            .uri(endpoint.resolve(PATH))
                            .contentType(MediaType.APPLICATION_JSON)
                            .accept(MediaType.APPLICATION_JSON)
                            .header("X-TIMESTAMP", timestamp)
                            .header("X-CLIENT-KEY", endpoint.clientKey())
                            .header("X-SIGNATURE", signature)
                            .bodyValue(REQUEST)
                            .exchangeToMono(answers.reader()));
        });
        return line.resilience().idempotent(attempt, Deadline.in(timing.callBudget())).map(this::token);
    }

    private B2bToken token(SnapAnswer answer) {
        if (!answer.is("200" + SERVICE_CODE + "00")) {
            throw new TokenRefused(line.service(), answer.responseCode(), answer.responseMessage());
        }
        JsonNode body = answer.body();
        JsonNode token = body.path("accessToken");
        JsonNode type = body.path("tokenType");
        long lifetime = seconds(body.path("expiresIn"));
        if (!token.isString() || token.stringValue().isBlank() || lifetime <= 0
                || (!type.isMissingNode() && !"bearer".equalsIgnoreCase(type.asString()))) {
            throw new CoreUnavailable(line.service(), CoreUnavailable.Reason.MALFORMED_ANSWER, null);
        }
        Duration life = Duration.ofSeconds(lifetime);
        Duration margin = timing.tokenRefreshMargin();
        Duration kept = life.minus(margin).compareTo(life.dividedBy(2)) > 0 ? life.minus(margin) : life.dividedBy(2);
        return new B2bToken(token.stringValue(), line.clock().instant().plus(kept));
    }

    /** expiresIn is a string in the standard ("900"); a number is taken too. Anything else is -1. */
    private static long seconds(JsonNode expiresIn) {
        String text = expiresIn.isString() || expiresIn.isIntegralNumber() ? expiresIn.asString() : "";
        return text.matches("[0-9]{1,9}") ? Long.parseLong(text) : -1;
    }
}
