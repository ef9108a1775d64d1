package id.jamsostek.gateway.coverage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public coverage page on the partners' port, {@code /coverage}: regions ranked by coverage, read-only, no
 * personal data, no sign-in. Shared caches may keep it for {@link CoverageRanking#FRESH_FOR}; its ETag is the
 * ranking's and the language's, so a reader who has it gets 304.
 */
@Configuration(proxyBeanMethods = false)
public class PublicCoveragePage {

    public static final String PATH = "/coverage";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'";

    @Bean
    RouterFunction<ServerResponse> publicCoverage(CoverageRanking ranking, JsonMapper json) {
        return RouterFunctions.route().GET(PATH, request -> page(request, ranking, json)).build();
    }

    private static Mono<ServerResponse> page(ServerRequest request, CoverageRanking ranking, JsonMapper json) {
        YearMonth now = YearMonth.now(JAKARTA);
        YearMonth month = request.queryParam("month").filter(value -> MONTH.matcher(value).matches())
                .map(YearMonth::parse).filter(asked -> !asked.isAfter(now)).orElse(now);
        String language = request.exchange().getLocaleContext().getLocale().getLanguage();
        return ranking.of(month).flatMap(ranked -> {
            String etag = "\"" + digest(json.writeValueAsString(ranked) + "|" + language) + "\"";
            return request.checkNotModified(etag).switchIfEmpty(Mono.defer(() -> ServerResponse.ok()
                    .eTag(etag)
                    .cacheControl(CacheControl.maxAge(CoverageRanking.FRESH_FOR).cachePublic())
                    .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .render("coverage/public", Map.of("ranking", ranked, "path", PATH))));
        });
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
