package id.jamsostek.adapters.core;

import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;

/**
 * How every core service's answer is read, the same for all of them: 2xx is decoded and mapped (anything that does
 * not map is a malformed answer); 408 and 429 are no verdict; other 4xx carry the core's problem, a
 * {@link CoreRejection}; 5xx or an unreadable 4xx is {@link CoreUnavailable}.
 */
final class CoreAnswers {

    interface Mapping<W, T> {
        T apply(W wire, ClientResponse response);
    }

    private final String service;

    CoreAnswers(String service) {
        this.service = service;
    }

    <W, T> Function<ClientResponse, Mono<T>> of(Class<W> wireType, Mapping<W, T> mapping) {
        return response -> {
            HttpStatusCode status = response.statusCode();
            if (status.is2xxSuccessful()) {
                return response.bodyToMono(wireType)
                        .switchIfEmpty(Mono.error(() -> malformed(null)))
                        .map(wire -> mapping.apply(wire, response))
                        .onErrorMap(error -> !(error instanceof CoreUnavailable), this::malformed);
            }
            if (status.value() == 408 || status.value() == 429) {
                return response.releaseBody().then(Mono.error(() ->
                        new CoreUnavailable(service, CoreUnavailable.Reason.THROTTLED, null)));
            }
            if (status.is4xxClientError()) {
                return response.bodyToMono(CoreWire.Problem.class)
                        .onErrorMap(this::malformed)
                        .switchIfEmpty(Mono.error(() -> malformed(null)))
                        .flatMap(problem -> Mono.error(problem.rejection(service, status.value())));
            }
            return response.releaseBody().then(Mono.error(() ->
                    new CoreUnavailable(service, CoreUnavailable.Reason.SERVER_ERROR, null)));
        };
    }

    private CoreUnavailable malformed(Throwable cause) {
        return new CoreUnavailable(service, CoreUnavailable.Reason.MALFORMED_ANSWER, cause);
    }
}
