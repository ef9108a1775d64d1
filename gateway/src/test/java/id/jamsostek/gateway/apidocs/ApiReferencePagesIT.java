package id.jamsostek.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each partner contract has its reference page, served whole by the gateway; nothing else of contracts/ is. */
class ApiReferencePagesIT extends GatewayIntegrationTest {

    @Test
    void servesAPagePerPartnerContractWithSwaggerUiFromTheGatewayItself() {
        for (String channel : ApiReferencePages.CHANNELS) {
            String page = text("/api-docs/" + channel);
            assertThat(page).contains("/webjars/swagger-ui/swagger-ui-bundle.js", "/api-docs/swagger-initializer.js")
                    .doesNotContain("https://");
            web.get().uri("/api-docs/" + channel).exchange()
                    .expectHeader().valueMatches("Content-Security-Policy", "default-src 'self';.*");
            assertThat(text("/api-docs/contracts/" + channel + "/openapi.yaml")).startsWith("openapi: 3.1");
        }
        assertThat(text("/webjars/swagger-ui/swagger-ui-bundle.js")).contains("SwaggerUIBundle");
        assertThat(text("/webjars/swagger-ui/swagger-ui.css")).contains(".swagger-ui");
        assertThat(text("/api-docs/swagger-initializer.js")).contains("/api-docs/contracts/");
    }

    @Test
    void servesTheSchemasTheContractsReferToSharedOnesIncluded() {
        assertThat(text("/api-docs/contracts/bank/schemas/InquiryRequest.json")).contains("\"$schema\"");
        assertThat(text("/api-docs/contracts/common/schemas/Money.json")).contains("\"$schema\"");
    }

    @Test
    void theCoresContractAndAnythingOutsideThePartnerContractsIsNotFound() {
        for (String path : new String[] {"/api-docs/core", "/api-docs/contracts/core/openapi.yaml",
                "/api-docs/contracts/bank/%2e%2e/core/openapi.yaml", "/api-docs/contracts/bank/openapi.yaml.bak",
                "/api-docs/contracts/application.yml", "/api-docs/contracts/bank/nothing.json"}) {
            assertThat(web.get().uri(path).exchange().returnResult(byte[].class).getStatus().value()).as(path)
                    .isEqualTo(404);
        }
    }

    private String text(String path) {
        // Swagger UI's bundle is over a megabyte
        byte[] body = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)).build()
                .get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        return new String(body, StandardCharsets.UTF_8);
    }
}
