package id.jamsostek.gateway.body;

import id.jamsostek.gateway.edge.UnreadBody;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the body up to a cap before anything else looks at it: a declared Content-Length over the cap is refused
 * before a byte is read (and the connection closed with the answer), a body that grows over it while streaming is
 * refused when it does. The bytes are kept
 * as received (signatures are computed over them) and replayed to whatever handles the request.
 */
@Component
public class CachedBodyGatewayFilterFactory extends AbstractGatewayFilterFactory<CachedBodyGatewayFilterFactory.Config> {

    public CachedBodyGatewayFilterFactory() {
        super(Config.class);
    }

    public static class Config {
        private DataSize maxSize = DataSize.ofKilobytes(64);

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        @Override
        public String toString() {
            return "CachedBody[maxSize=" + maxSize + "]";
        }
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("maxSize");
    }

    @Override
    public GatewayFilter apply(Config config) {
        int max = Math.toIntExact(config.getMaxSize().toBytes());
        return new GatewayFilter() {
            @Override
            public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
                long declared = exchange.getRequest().getHeaders().getContentLength();
                if (declared > max) {
                    UnreadBody.closeAfterAnswer(exchange);
                    return Mono.error(new GatewayException(Problem.PAYLOAD_TOO_LARGE));
                }
                return DataBufferUtils.join(exchange.getRequest().getBody(), max)
                        .map(CachedBody::drain)
                        .defaultIfEmpty(CachedBody.empty())
                        .onErrorMap(DataBufferLimitException.class,
                                tooLarge -> new GatewayException(Problem.PAYLOAD_TOO_LARGE))
                        .flatMap(bytes -> {
                            CachedBody.keep(exchange, bytes);
                            return chain.filter(exchange.mutate().request(replaying(exchange, bytes)).build());
                        });
            }

            @Override
            public String toString() {
                return config.toString();
            }
        };
    }

    private static ServerHttpRequest replaying(ServerWebExchange exchange, byte[] bytes) {
        return new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
            }
        };
    }
}
