package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import reactor.core.publisher.Mono;

/**
 * Sends one SNAP transaction request to a bank as the standard wants it: the B2B token, X-TIMESTAMP, the HMAC-SHA512
 * X-SIGNATURE over exactly the bytes sent, X-PARTNER-ID, a fresh X-EXTERNAL-ID and CHANNEL-ID. Every attempt is
 * signed anew. When the bank refuses the token (expired early, or forgotten after a restart), the token is renewed and
 * the request sent once more, inside the same deadline.
 */
final class SignedExchange {

    private final BankLine line;
    private final B2bTokens tokens;
    private final SnapAnswers answers;

    SignedExchange(BankLine line, B2bTokens tokens) {
        this.line = line;
        this.tokens = tokens;
        this.answers = line.answers();
    }

    /**
     * The bank's answer; errors {@link CoreUnavailable} (no usable answer) or {@link TokenRefused}.
     *
     * @param serviceCode  the SNAP service code ("26"), to recognise the bank's token refusals
     */
    Mono<SnapAnswer> call(HttpMethod method, String servicePath, String serviceCode, byte[] body, Deadline deadline) {
        return tokens.current()
                .timeout(deadline.remaining(), Mono.error(() -> timeout()))
                .flatMap(token -> send(method, servicePath, token, body, deadline)
                        .flatMap(answer -> {
                            if (!answer.refusesToken(serviceCode)) {
                                return Mono.just(answer);
                            }
                            tokens.refused(token);
                            return tokens.current()
                                    .timeout(deadline.remaining(), Mono.error(() -> timeout()))
                                    .flatMap(renewed -> send(method, servicePath, renewed, body, deadline));
                        }));
    }

    private Mono<SnapAnswer> send(HttpMethod method, String servicePath, B2bToken token, byte[] body,
            Deadline deadline) {
        BankEndpoint endpoint = line.endpoint();
        String relativePath = endpoint.pathPrefix() + servicePath;
        Mono<SnapAnswer> attempt = Mono.defer(() -> {
            String timestamp = SnapTimestamp.now(line.clock());
            String signature = SnapSignatures.signTransaction(line.credentials().clientSecret(), method.name(),
                    relativePath, token.value(), body, timestamp);
            return line.http().method(method)
                    .uri(endpoint.resolve(servicePath))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + token.value())
                    .header("X-TIMESTAMP", timestamp)
                    .header("X-SIGNATURE", signature)
                    .header("X-PARTNER-ID", endpoint.partnerId())
                    .header("X-EXTERNAL-ID", externalId())
                    .header("CHANNEL-ID", endpoint.channelId())
                    .bodyValue(body)
                    .exchangeToMono(answers.reader());
        });
        return line.resilience().idempotent(attempt, deadline);
    }

    /**
     * 32 random digits: unique per day with overwhelming odds across every gateway instance, and never reused by a
     * retry (a bank answers a reused X-EXTERNAL-ID with 409xx00).
     */
    static String externalId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "%016d%016d".formatted(random.nextLong(10_000_000_000_000_000L),
                random.nextLong(10_000_000_000_000_000L));
    }

    private CoreUnavailable timeout() {
        return new CoreUnavailable(line.service(), CoreUnavailable.Reason.TIMEOUT, null);
    }
}
