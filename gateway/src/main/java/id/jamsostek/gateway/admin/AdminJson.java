package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an admin request's JSON body strictly (an unknown field is an error, not ignored) and turns what is wrong
 * with it into a problem naming the field as a JSON pointer.
 */
final class AdminJson {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final byte[] EMPTY = "{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AdminJson() {}

    /** @param optional whether a request without a body reads as {@code {}} */
    static <T> Mono<T> read(ServerRequest request, Class<T> type, boolean optional) {
        MediaType contentType = request.headers().contentType().orElse(null);
        return request.bodyToMono(byte[].class)
                .map(body -> {
                    if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
                        throw new GatewayException(Problem.UNSUPPORTED_MEDIA_TYPE, "the body is application/json");
                    }
                    return parse(body, type);
                })
                .switchIfEmpty(Mono.defer(() -> optional ? Mono.fromCallable(() -> parse(EMPTY, type))
                        : Mono.error(new GatewayException(Problem.MISSING_MANDATORY_FIELD, "a JSON body"))));
    }

    private static <T> T parse(byte[] body, Class<T> type) {
        try {
            return STRICT.readValue(body, type);
        } catch (JacksonException unreadable) {
            throw invalid(unreadable);
        }
    }

    private static RuntimeException invalid(JacksonException error) {
        if (error.getCause() instanceof InvalidRegistration invalid) {
            return invalid(invalid);
        }
        if (error instanceof StreamReadException) {
            return new GatewayException(Problem.BAD_REQUEST, "the body is not well-formed JSON");
        }
        String pointer = error.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : Integer.toString(reference.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
        String detail = error instanceof UnrecognizedPropertyException unknown
                ? "unknown field " + unknown.getPropertyName()
                : "wrong type of value at " + pointer;
        return fieldProblem(pointer, detail);
    }

    /** A rule of the partner registry broken: 400 naming the field. */
    static GatewayException invalid(InvalidRegistration invalid) {
        return fieldProblem("/" + invalid.field().replace('.', '/'), invalid.getMessage());
    }

    private static GatewayException fieldProblem(String pointer, String detail) {
        return new GatewayException(Problem.INVALID_FIELD_FORMAT, detail,
                Map.of("errors", List.of(Map.of("pointer", pointer, "detail", detail))));
    }
}
