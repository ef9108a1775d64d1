package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.operator.Operator;
import id.jamsostek.gateway.operator.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

class ConsoleResponsesTest {

    private static ServerRequest request(Role... roles) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/console/operations"));
        ServerRequest request = ServerRequest.create(exchange, HandlerStrategies.withDefaults().messageReaders());
        request.attributes().put(ConsoleAccess.OPERATOR, new Operator("siti.ops", "Siti", Set.of(roles)));
        return request;
    }

    @Test
    void theCsrfTokenSpringSecurityIssuesIsResolvedForTheFormsOfThePage() {
        ServerRequest request = request(Role.VIEWER);
        request.exchange().getAttributes().put(ConsoleResponses.PENDING_CSRF_TOKEN, Mono.just("the-token"));
        ServerResponse page = ConsoleResponses.page(request, "console/operations", java.util.Map.of()).block();
        assertThat(page.statusCode()).isEqualTo(HttpStatus.OK);
        assertThat((Object) request.exchange().getAttribute(ConsoleResponses.CSRF_TOKEN)).isEqualTo("the-token");
        assertThat(page.headers().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void anActionTheRolesDoNotAllowIsRefusedWithoutBeingTried() {
        List<String> tried = new java.util.ArrayList<>();
        ServerResponse answer = ConsoleResponses.acting(request(Role.VIEWER), ConsoleAction.REDRIVE, () -> {
            tried.add("redrive");
            return ServerResponse.ok().build();
        }).block();
        assertThat(answer.statusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tried).isEmpty();
    }
}
