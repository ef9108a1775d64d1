package id.jamsostek.gateway.apidocs;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * API reference pages for partners, one per partner contract ({@code /api-docs/bank}, {@code village},
 * {@code employer}, {@code payer}): Swagger UI from its webjar, served by the gateway itself (no CDN), reading the
 * contract as it is in {@code contracts/}, with the schemas and examples its references name. Only the partner
 * channels' contracts and the schemas they share are served; the core's contract stays internal.
 */
@Configuration(proxyBeanMethods = false)
public class ApiReferencePages {

    static final String PATH = "/api-docs";
    /** The contract directories a partner may read. */
    static final List<String> CHANNELS = List.of("bank", "village", "employer", "payer");
    private static final List<String> READABLE = List.of("bank/", "village/", "employer/", "payer/", "common/");
    /** Swagger UI injects its styles; everything else comes from this origin, no inline script. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    @Bean
    RouterFunction<ServerResponse> apiReferenceRoutes() {
        return RouterFunctions.route()
                .GET(PATH + "/swagger-initializer.js", request -> file(
                        new ClassPathResource("apidocs/swagger-initializer.js"), MediaType.valueOf("text/javascript")))
                .GET(PATH + "/{channel}", this::page)
                .GET(PATH + "/contracts/**", this::contractFile)
                .build();
    }

    private Mono<ServerResponse> page(ServerRequest request) {
        if (!CHANNELS.contains(request.pathVariable("channel"))) {
            return ServerResponse.notFound().build();
        }
        return file(new ClassPathResource("apidocs/index.html"), MediaType.TEXT_HTML);
    }

    private Mono<ServerResponse> contractFile(ServerRequest request) {
        String path = request.path().substring((PATH + "/contracts/").length());
        return readable(path)
                .map(readable -> file(new ClassPathResource("contracts/" + readable), mediaType(readable)))
                .orElseGet(() -> ServerResponse.notFound().build());
    }

    /** The path if it names a file a partner may read: within the partner contracts, no dot segments. */
    static Optional<String> readable(String path) {
        boolean plain = path.matches("[A-Za-z0-9_/-]+(\\.[A-Za-z0-9]+)?") && !path.contains("//");
        return plain && READABLE.stream().anyMatch(path::startsWith) && path.matches(".*\\.(yaml|json)")
                ? Optional.of(path) : Optional.empty();
    }

    private static MediaType mediaType(String path) {
        return path.endsWith(".json") ? MediaType.APPLICATION_JSON : MediaType.valueOf("application/yaml");
    }

    private static Mono<ServerResponse> file(Resource resource, MediaType type) {
        if (!resource.exists()) {
            return ServerResponse.notFound().build();
        }
        return ServerResponse.ok().contentType(type).cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .bodyValue(resource);
    }
}
