package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.CoreUnavailable;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every answer of a bank is read: a SNAP body with a well-formed response code is a {@link SnapAnswer}, whatever
 * it says (a refusal is a healthy answer); 408, 429, 5xx and anything unreadable are {@link CoreUnavailable}, so the
 * breaker counts them and the retry may try again.
 *
 * <p>The code's HTTP part must agree with the HTTP status, except under 200: some banks answer every case with 200
 * and put the verdict in the body only.
 */
final class SnapAnswers {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] EMPTY = new byte[0];

    private final String service;

    SnapAnswers(String service) {
        this.service = service;
    }

    Function<ClientResponse, Mono<SnapAnswer>> reader() {
        return response -> {
            int status = response.statusCode().value();
            if (status == 408 || status == 429) {
                return response.releaseBody().then(Mono.error(() -> unavailable(CoreUnavailable.Reason.THROTTLED)));
            }
            if (status >= 500) {
                return response.releaseBody().then(Mono.error(() -> unavailable(CoreUnavailable.Reason.SERVER_ERROR)));
            }
            return response.bodyToMono(byte[].class).defaultIfEmpty(EMPTY).map(body -> read(status, body));
        };
    }

    SnapAnswer read(int status, byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            throw unavailable(CoreUnavailable.Reason.MALFORMED_ANSWER);
        }
        if (tree == null || !tree.isObject()) {
            throw unavailable(CoreUnavailable.Reason.MALFORMED_ANSWER);
        }
        // the standard's report example sends the code as a number
        JsonNode code = tree.path("responseCode");
        String responseCode = code.isString() || code.isIntegralNumber() ? code.asString() : null;
        if (responseCode == null || !responseCode.matches("[1-5][0-9]{6}")
                || (status != 200 && !responseCode.startsWith(Integer.toString(status)))) {
            throw unavailable(CoreUnavailable.Reason.MALFORMED_ANSWER);
        }
        JsonNode message = tree.path("responseMessage");
        return new SnapAnswer(status, responseCode, message.isString() ? message.stringValue() : "", tree);
    }

    private CoreUnavailable unavailable(CoreUnavailable.Reason reason) {
        return new CoreUnavailable(service, reason, null);
    }
}
