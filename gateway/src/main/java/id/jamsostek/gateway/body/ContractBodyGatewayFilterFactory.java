package id.jamsostek.gateway.body;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.contracts.validation.Violation;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Validates the cached body against its JSON Schema in contracts/ and refuses it with the problem that names the
 * first violation: malformed JSON, a missing mandatory field, or a field of the wrong format or length. Runs after
 * authentication and before any idempotency claim, so a malformed request burns no key.
 */
@Component
public class ContractBodyGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ContractBodyGatewayFilterFactory.Config> {

    public ContractBodyGatewayFilterFactory() {
        super(Config.class);
    }

    public static class Config {
        /** Classpath location of the schema, e.g. contracts/bank/schemas/InquiryRequest.json. */
        private String schema;

        public String getSchema() {
            return schema;
        }

        public void setSchema(String schema) {
            this.schema = schema;
        }

        @Override
        public String toString() {
            return "ContractBody[schema=" + schema + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("schema");
    }

    @Override
    public GatewayFilter apply(Config config) {
        ContractSchema schema = ContractSchema.load(config.getSchema());
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                MediaType type = exchange.getRequest().getHeaders().getContentType();
                if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
                    return Mono.error(new GatewayException(Problem.UNSUPPORTED_MEDIA_TYPE, "Content-Type"));
                }
                ContractSchema.Reading body = schema.read(CachedBody.of(exchange));
                if (!body.conforms()) {
                    return Mono.error(asProblem(body.violations()));
                }
                CheckedBody.keep(exchange, body.value());
                return chain.filter(exchange);
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }

    /**
     * The first violation names the problem (and the field a SNAP message names); a problem document lists every
     * field at fault as a JSON pointer, with what is wrong but never the value sent.
     */
    static GatewayException asProblem(List<Violation> violations) {
        Violation first = violations.getFirst();
        Map<String, Object> errors = Map.of("errors", violations.stream()
                .filter(violation -> violation.kind() != Violation.Kind.MALFORMED)
                .map(violation -> Map.of("pointer", violation.pointer(), "detail", describe(violation.kind())))
                .toList());
        return switch (first.kind()) {
            case MALFORMED -> new GatewayException(Problem.BAD_REQUEST, "malformed JSON");
            case MISSING -> new GatewayException(Problem.MISSING_MANDATORY_FIELD, first.field(), errors);
            case FORMAT, TOO_LONG, TYPE, UNKNOWN_FIELD ->
                    new GatewayException(Problem.INVALID_FIELD_FORMAT, first.field(), errors);
        };
    }

    private static String describe(Violation.Kind kind) {
        return switch (kind) {
            case MISSING -> "is required";
            case FORMAT -> "has the wrong format";
            case TOO_LONG -> "is too long";
            case TYPE -> "has the wrong type";
            case UNKNOWN_FIELD -> "is not a field of this request";
            case MALFORMED -> "is not well-formed JSON";
        };
    }
}
