package id.jamsostek.gateway.batch;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The answers of every channel's batch routes: 202 to a batch accepted, and a batch's status where to poll it. */
@Component
public class BatchAnswers {

    private final BatchStore batches;
    private final JsonMapper json;

    public BatchAnswers(BatchStore batches, JsonMapper json) {
        this.batches = batches;
        this.json = json;
    }

    /** 202 for a batch just created: where its status is (also as Location) and how many items it has. */
    public Mono<ServerResponse> accepted(UUID batch, int total, String statusUrl) {
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("batchId", batch.toString());
        accepted.put("status", "ACCEPTED");
        accepted.put("statusUrl", statusUrl);
        accepted.put("total", total);
        return ServerResponse.status(HttpStatus.ACCEPTED).location(URI.create(statusUrl))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(accepted);
    }

    /**
     * 200 with the status of the batch the route's {@code batchId} names, in the channel's words; 404 unless it is
     * the partner's own and of this kind (the same answer whether or not it exists).
     */
    public Mono<ServerResponse> status(ServerRequest request, String partnerId, BatchKind kind, BatchVocabulary words) {
        UUID id;
        try {
            id = UUID.fromString(ServerWebExchangeUtils.getUriTemplateVariables(request.exchange())
                    .getOrDefault("batchId", ""));
        } catch (IllegalArgumentException notAnId) {
            return Mono.error(new GatewayException(Problem.NOT_FOUND));
        }
        return batches.batch(id, partnerId, kind)
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND)))
                .flatMap(batch -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(BatchStatusDocument.of(batch, words, json)));
    }
}
