package id.jamsostek.gateway.ratelimit;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF httpapi draft "RateLimit header fields for
 * HTTP" (draft-ietf-httpapi-ratelimit-headers), so a partner can pace itself before it meets a 429.
 *
 * <p>The draft speaks of a quota {@code q} per window {@code w}; a token bucket has a burst and a rate. A full bucket
 * is the quota ({@code q} = burst), and {@code w} is how long a spent bucket takes to fill again (burst / rate,
 * rounded up to whole seconds). {@code RateLimit} tells the units left now ({@code r}, whole tokens) and when the
 * bucket is full again ({@code t}, seconds, rounded up). The policy is named after what is limited, the route (a
 * partner has a bucket per route), so two routes under the same settings are told apart.
 * <pre>
 * RateLimit-Policy: "village-participant-search";q=100;w=2
 * RateLimit: "village-participant-search";r=97;t=1
 * </pre>
 */
final class RateLimitHeaders {

    static final String POLICY = "RateLimit-Policy";
    static final String LIMIT = "RateLimit";

    private RateLimitHeaders() {}

    /** Adds the fields to the answer as it is committed: error handling on the way may have reset its headers. */
    static void onAnswer(ServerWebExchange exchange, String name, RateLimitSettings.Policy policy,
            TokenBucket.Decision decision) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange.getResponse().getHeaders(), name, policy, decision);
            return Mono.empty();
        });
    }

    static void write(HttpHeaders headers, String name, RateLimitSettings.Policy policy, TokenBucket.Decision decision) {
        long window = (policy.burst() + policy.perSecond() - 1) / policy.perSecond();
        headers.set(POLICY, "\"" + name + "\";q=" + policy.burst() + ";w=" + window);
        headers.set(LIMIT, "\"" + name + "\";r=" + decision.remaining() + ";t=" + wholeSeconds(decision.untilFull()));
    }

    private static long wholeSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
