package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

class SnapPathRoutePredicateFactoryTest {

    private final Predicate<ServerWebExchange> inquiry = predicate(SnapService.VA_INQUIRY);

    private static Predicate<ServerWebExchange> predicate(SnapService service) {
        SnapPathRoutePredicateFactory.Config config = new SnapPathRoutePredicateFactory.Config();
        config.setService(service);
        return new SnapPathRoutePredicateFactory().apply(config);
    }

    private static MockServerWebExchange exchange(String uri) {
        return MockServerWebExchange.from(MockServerHttpRequest.post(uri));
    }

    @Test
    void matchesTheServiceWithoutAPrefixAndKeepsThePathForTheSignature() {
        MockServerWebExchange exchange = exchange("/v1.0/transfer-va/inquiry");
        assertThat(inquiry.test(exchange)).isTrue();
        assertThat(SnapRequestPath.of(exchange)).isEqualTo(new SnapRequestPath("", "/v1.0/transfer-va/inquiry"));
    }

    @Test
    void matchesBehindAnyBanksPrefixAndKeepsPrefixAndQueryAsSent() {
        MockServerWebExchange exchange = exchange("/openapi/snap-v2/v1.0/transfer-va/inquiry?channel=atm&x=1");
        assertThat(inquiry.test(exchange)).isTrue();
        assertThat(SnapRequestPath.of(exchange)).isEqualTo(new SnapRequestPath("/openapi/snap-v2",
                "/openapi/snap-v2/v1.0/transfer-va/inquiry?channel=atm&x=1"));
    }

    @Test
    void doesNotMatchAnotherServiceOrAPathThatOnlyLooksLikeIt() {
        for (String uri : new String[] {"/v1.0/transfer-va/payment", "/v1.0/transfer-va/inquiry/extra",
                "/openapiv1.0/transfer-va/inquiry", "/open%20api/v1.0/transfer-va/inquiry", "//v1.0/transfer-va/inquiry"}) {
            MockServerWebExchange exchange = exchange(uri);
            assertThat(inquiry.test(exchange)).as(uri).isFalse();
            assertThatIllegalStateException().as(uri).isThrownBy(() -> SnapRequestPath.of(exchange));
        }
    }

    @Test
    void showsItsServiceInItsDescription() {
        assertThat(predicate(SnapService.VA_PAYMENT)).hasToString("SnapPath[service=VA_PAYMENT]");
    }
}
