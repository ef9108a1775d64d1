package id.jamsostek.gateway.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import org.junit.jupiter.api.Test;

class OperationsEndpointsIT extends GatewayIntegrationTest {


    @Test
    void prometheusShowsRequestsPerRouteAndTheCoreBreaker() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient alpha = bank(TestBank.ALPHA);
        alpha.inquiry(alpha.inquiryBody("12345678901234567890"), alpha.token()).expectStatus().isOk();

        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"snap-va-inquiry\"");
        assertThat(metrics).containsPattern("spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"snap-access-token\"");
        assertThat(metrics).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"core-billing\"");
        assertThat(metrics).containsPattern("resilience4j_bulkhead_max_allowed_concurrent_calls\\{[^}]*name=\"core-billing\"[^}]*} 512");
    }

    @Test
    void actuatorIsNotServedOnThePartnerPort() {
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        web.get().uri("/actuator/health").exchange().expectStatus().isNotFound();
    }

    @Test
    void healthIsUpOnTheManagementPort() {
        management().get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.details").doesNotExist();
    }
}
