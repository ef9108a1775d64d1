package id.jamsostek.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.caller.Caller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.test.StepVerifier;

/** The admin API, partner lifecycle included, is closed unless a token is configured, and then only opens to it. */
class AdminAuthenticationTest {

    private static final HandlerFunction<ServerResponse> ADMIN_CALL = request -> ServerResponse.ok().build();

    private static MockServerRequest withAuthorization(String authorization) {
        MockServerRequest.Builder request = MockServerRequest.builder();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static void refusedWith(AdminAuthentication authentication, String authorization, Problem problem) {
        StepVerifier.create(authentication.filter(withAuthorization(authorization), ADMIN_CALL))
                .expectErrorSatisfies(error -> assertThat(((GatewayException) error).problem()).isEqualTo(problem))
                .verify();
    }

    @Test
    void doesNotExistWithoutAConfiguredToken() {
        refusedWith(new AdminAuthentication(new AdminSettings(null)), "Bearer anything", Problem.NOT_FOUND);
        refusedWith(new AdminAuthentication(new AdminSettings("  ")), "Bearer   ", Problem.NOT_FOUND);
    }

    @Test
    void refusesAMissingOrWrongToken() {
        AdminAuthentication authentication = new AdminAuthentication(new AdminSettings("the-admin-token"));
        refusedWith(authentication, null, Problem.UNAUTHORIZED);
        refusedWith(authentication, "Bearer the-admin-token-not", Problem.UNAUTHORIZED);
        refusedWith(authentication, "Basic the-admin-token", Problem.UNAUTHORIZED);
    }

    @Test
    void letsTheConfiguredTokenInAndMarksTheRequestAsAnOperators() {
        MockServerRequest request = withAuthorization("Bearer the-admin-token");
        StepVerifier.create(new AdminAuthentication(new AdminSettings("the-admin-token")).filter(request, ADMIN_CALL))
                .assertNext(response -> assertThat(response.statusCode()).isEqualTo(HttpStatus.OK))
                .verifyComplete();
        assertThat(request.attributes()).containsEntry(Caller.OPERATOR_ATTRIBUTE, Boolean.TRUE);
        MockServerRequest refused = withAuthorization("Bearer wrong");
        new AdminAuthentication(new AdminSettings("the-admin-token")).filter(refused, ADMIN_CALL).onErrorComplete().block();
        assertThat(refused.attributes()).doesNotContainKey(Caller.OPERATOR_ATTRIBUTE);
    }

    @Test
    void theSettingsNeverPrintTheToken() {
        assertThat(new AdminSettings("the-admin-token").toString()).doesNotContain("the-admin-token").contains("***");
        assertThat(new AdminSettings(null).toString()).contains("none");
    }
}
