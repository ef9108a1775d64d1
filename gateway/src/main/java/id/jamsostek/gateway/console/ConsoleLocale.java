package id.jamsostek.gateway.console;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of the pages: Bahasa Indonesia unless the reader switched to English. The switch is a link with
 * {@code lang=en} or {@code lang=id}, remembered in a cookie; the partners' APIs do not read the locale.
 */
@Component(ConsoleLocale.BEAN_NAME)
class ConsoleLocale implements LocaleContextResolver {

    /** The name the WebFlux handler adapter looks the resolver up by. */
    static final String BEAN_NAME = "localeContextResolver";
    static final String PARAMETER = "lang";
    private static final String COOKIE = "console-lang";
    static final Locale INDONESIAN = Locale.of("id");
    private static final List<String> LANGUAGES = List.of("id", "en");

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        Optional<String> asked = Optional.ofNullable(exchange.getRequest().getQueryParams().getFirst(PARAMETER))
                .filter(LANGUAGES::contains);
        asked.ifPresent(language -> exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, language)
                .path("/").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build()));
        String language = asked.or(() -> Optional.ofNullable(exchange.getRequest().getCookies().getFirst(COOKIE))
                .map(HttpCookie::getValue).filter(LANGUAGES::contains)).orElse("id");
        return new SimpleLocaleContext(Locale.of(language));
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        throw new UnsupportedOperationException("the language is switched with the lang parameter");
    }
}
