package id.jamsostek.gateway.console;

import id.jamsostek.gateway.operator.Operator;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * How every console page answers: rendered with the operator and what it may, never cached, scripts and styles from
 * the gateway only, every form carrying the CSRF token when Spring Security issues one; an action the operator's
 * roles do not allow is refused (403) before anything is read.
 */
final class ConsoleResponses {

    /** ECharts sizes its canvas with inline styles; every script and file comes from this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

    /**
     * Where Spring Security's CSRF filter leaves the request's token (a Mono, resolved only when asked), and where the
     * form tags of the templates (its RequestDataValueProcessor) look for it resolved: named, not imported, so that
     * the console needs no security classes of its own.
     */
    static final String PENDING_CSRF_TOKEN = "org.springframework.security.web.server.csrf.CsrfToken";
    static final String CSRF_TOKEN = "_csrf";

    private ConsoleResponses() {}

    static Mono<ServerResponse> page(ServerRequest request, String view, Map<String, ?> model) {
        return render(request, HttpStatus.OK, view, model);
    }

    /** A page that answers a refused form: the status says why, the page says which fields. */
    static Mono<ServerResponse> page(ServerRequest request, HttpStatus status, String view, Map<String, ?> model) {
        return render(request, status, view, model);
    }

    static Mono<ServerResponse> acting(ServerRequest request, ConsoleAction action,
            Supplier<Mono<ServerResponse>> act) {
        if (!action.allows(ConsoleAccess.operator(request))) {
            return render(request, HttpStatus.FORBIDDEN, "console/refused", Map.of("action", action.name()));
        }
        return act.get();
    }

    /** After a change: back to a page (303, so that a reload does not repeat it). */
    static Mono<ServerResponse> seeOther(String location) {
        return ServerResponse.seeOther(URI.create(location)).build();
    }

    /** The same page in another language: the switch keeps what the page shows. */
    private static String withLanguage(ServerRequest request, String language) {
        UriComponents uri = UriComponentsBuilder.fromUri(request.uri())
                .replaceQueryParam(ConsoleLocale.PARAMETER, language).build(true);
        return uri.getPath() + "?" + uri.getQuery();
    }

    private static Mono<ServerResponse> render(ServerRequest request, HttpStatus status, String view,
            Map<String, ?> model) {
        Operator operator = ConsoleAccess.operator(request);
        Map<String, Object> all = new HashMap<>(model);
        all.put("operator", operator);
        all.put("may", ConsoleAction.permissions(operator));
        return withoutOperator(request, status, view, all);
    }

    /** A page that nobody needs to be signed in for (signed out, sign-in failed). */
    static Mono<ServerResponse> withoutOperator(ServerRequest request, HttpStatus status, String view,
            Map<String, ?> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("path", request.path());
        all.put("inIndonesian", withLanguage(request, "id"));
        all.put("inEnglish", withLanguage(request, "en"));
        Object pending = request.exchange().getAttribute(PENDING_CSRF_TOKEN);
        Mono<?> csrf = pending instanceof Mono<?> token ? token : Mono.empty();
        return csrf.doOnNext(token -> request.exchange().getAttributes().put(CSRF_TOKEN, token))
                .then(Mono.defer(() -> ServerResponse.status(status).cacheControl(CacheControl.noStore())
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .header("X-Content-Type-Options", "nosniff")
                        .render(view, all)));
    }
}
