package id.jamsostek.gateway.problem.rendering;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.gateway.observability.RequestTrace;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.snap.SnapHeaders;
import id.jamsostek.gateway.snap.SnapService;
import id.jamsostek.snap.SnapTimestamp;
import io.netty.handler.timeout.ReadTimeoutException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one renderer of errors: SNAP routes get {@code responseCode}/{@code responseMessage} with the HTTP status
 * the code starts with; every other route gets RFC 9457 problem details. A 500 carries an error id, no internals.
 */
@Component
@Order(-2)
public class ProblemRenderer implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRenderer.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;
    private final Clock clock;
    private final OutageLog outages;

    public ProblemRenderer(JsonMapper json, Clock clock, OutageLog outages) {
        this.json = json;
        this.clock = clock;
        this.outages = outages;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        // only the failures that are logged need the trace id in the MDC; a refusal (GatewayException) logs nothing
        GatewayException problem = error instanceof GatewayException known ? known
                : RequestTrace.logged(exchange, () -> classify(error));
        if (problem.problem() == Problem.REQUEST_INCOMPLETE) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        if (problem.problem() == Problem.UNAVAILABLE) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        }
        Optional<SnapService> snap = SnapService.of(exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        if (snap.isPresent()) {
            response.setRawStatusCode(problem.problem().snapStatus());
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            response.getHeaders().set(SnapHeaders.TIMESTAMP, SnapTimestamp.now(clock));
            body.put("responseCode", problem.problem().snapResponseCode(snap.get().code()));
            body.put("responseMessage", problem.problem().snapResponseMessage(problem.detail()));
        } else {
            response.setRawStatusCode(problem.problem().status());
            response.getHeaders().setContentType(PROBLEM_JSON);
            body.put("type", problem.problem().type().toString());
            body.put("title", problem.problem().title());
            body.put("status", problem.problem().status());
            if (problem.detail() != null) {
                body.put("detail", problem.detail());
            }
            body.put("instance", exchange.getRequest().getPath().value());
            body.putAll(problem.extensions());
        }
        byte[] bytes = json.writeValueAsBytes(body);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }

    private GatewayException classify(Throwable error) {
        return switch (error) {
            case GatewayException known -> known;
            case CoreUnavailable unavailable -> coreUnavailable(unavailable);
            case DataBufferLimitException tooLarge -> new GatewayException(Problem.PAYLOAD_TOO_LARGE);
            case ReadTimeoutException slow -> new GatewayException(Problem.REQUEST_INCOMPLETE,
                    "the request's body did not arrive within its deadline");
            case AbortedException gone -> new GatewayException(Problem.REQUEST_INCOMPLETE,
                    "the connection closed before the request was read");
            case ResponseStatusException status -> fromStatus(status);
            default -> databaseUnavailable(error) ? unavailableDatabase(error) : unexpected(error);
        };
    }

    /**
     * PostgreSQL refusing or dropping connections, or no pooled connection free in time: Spring's translations of
     * them, or the driver's own where nothing translated it. Nothing was done; the partner may retry.
     */
    private static boolean databaseUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof R2dbcNonTransientResourceException
                    || cause instanceof R2dbcTransientResourceException) {
                return true;
            }
        }
        return false;
    }

    /** Logged (at most once a second) by the exception's class only: the driver's message may name the database. */
    private GatewayException unavailableDatabase(Throwable error) {
        outages.unavailable("database", error.getClass().getSimpleName(), Problem.UNAVAILABLE);
        return new GatewayException(Problem.UNAVAILABLE, "the gateway's database is unavailable");
    }

    /** Logged (at most once a second) with the request's trace id, so an operator finds the core's side of it. */
    private GatewayException coreUnavailable(CoreUnavailable unavailable) {
        Problem problem = unavailable.reason() == CoreUnavailable.Reason.TIMEOUT ? Problem.TIMEOUT
                : Problem.CORE_UNAVAILABLE;
        outages.unavailable(unavailable, problem);
        return new GatewayException(problem);
    }

    private static GatewayException fromStatus(ResponseStatusException error) {
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        if (status == null) {
            return new GatewayException(Problem.INTERNAL_ERROR);
        }
        return switch (status) {
            case NOT_FOUND -> new GatewayException(Problem.NOT_FOUND);
            case METHOD_NOT_ALLOWED -> new GatewayException(Problem.METHOD_NOT_ALLOWED);
            case UNSUPPORTED_MEDIA_TYPE -> new GatewayException(Problem.UNSUPPORTED_MEDIA_TYPE);
            case CONTENT_TOO_LARGE -> new GatewayException(Problem.PAYLOAD_TOO_LARGE);
            case GATEWAY_TIMEOUT -> new GatewayException(Problem.TIMEOUT);
            default -> status.is4xxClientError() ? new GatewayException(Problem.BAD_REQUEST)
                    : new GatewayException(Problem.INTERNAL_ERROR);
        };
    }

    private static GatewayException unexpected(Throwable error) {
        String errorId = Long.toHexString(ThreadLocalRandom.current().nextLong());
        log.error("unexpected error {}", errorId, new RedactedError(error));
        return new GatewayException(Problem.INTERNAL_ERROR, "error id " + errorId);
    }
}
