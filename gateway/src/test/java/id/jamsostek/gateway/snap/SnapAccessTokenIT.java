package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.snap.SnapTimestamp;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class SnapAccessTokenIT extends GatewayIntegrationTest {

    private static final String GRANT = "{\"grantType\":\"client_credentials\"}";

    @Test
    void issuesBearerTokenForCorrectlySignedRequest() {
        BankClient alpha = bank(TestBank.ALPHA);
        byte[] body = alpha.requestToken(alpha.tokenHeaders(BankClient.now()), GRANT)
                .expectStatus().isOk()
                .expectHeader().exists("X-TIMESTAMP")
                .expectHeader().valueEquals("X-CLIENT-KEY", "IT-ALPHA")
                .expectBody().returnResult().getResponseBodyContent();
        JsonNode answer = BankClient.json(body);
        assertThat(answer.get("responseCode").asString()).isEqualTo("2007300");
        assertThat(answer.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(answer.get("expiresIn").asString()).isEqualTo("900");
        assertThat(answer.get("accessToken").asString()).isNotBlank();
    }

    @Test
    void acceptsGrantTypeInSnakeCaseAsSomeClientsSendIt() {
        BankClient alpha = bank(TestBank.ALPHA);
        alpha.requestToken(alpha.tokenHeaders(BankClient.now()), "{\"grant_type\":\"client_credentials\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.responseCode").isEqualTo("2007300");
    }

    @Test
    void servesBankOnItsOwnPathPrefix() {
        BankClient beta = bank(TestBank.BETA);
        beta.requestToken(beta.tokenHeaders(BankClient.now()), GRANT)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.responseCode").isEqualTo("2007300");
    }

    @Test
    void refusesBankOnAnotherBanksPrefix() {
        BankClient alpha = bank(TestBank.ALPHA);
        web.post().uri("/openapi/v1.0/access-token/b2b").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> alpha.tokenHeaders(BankClient.now()).forEach(h::set))
                .bodyValue(GRANT).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.responseCode").isEqualTo("4017300");
    }

    @Test
    void rejectsMissingClientKeyAsMissingMandatoryField() {
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> headers = alpha.tokenHeaders(BankClient.now());
        headers.remove("X-CLIENT-KEY");
        expectSnapError(alpha, headers, GRANT, 400, "4007302", "Invalid Mandatory Field X-CLIENT-KEY");
    }

    @Test
    void rejectsMissingSignatureAsMissingMandatoryField() {
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> headers = alpha.tokenHeaders(BankClient.now());
        headers.remove("X-SIGNATURE");
        expectSnapError(alpha, headers, GRANT, 400, "4007302", "Invalid Mandatory Field X-SIGNATURE");
    }

    @Test
    void rejectsTimestampWithoutOffset() {
        BankClient alpha = bank(TestBank.ALPHA);
        expectSnapError(alpha, alpha.tokenHeaders("2024-03-05T10:37:16"), GRANT, 400, "4007301",
                "Invalid Field Format X-TIMESTAMP");
    }

    @Test
    void rejectsTimestampOutsideTheAllowedSkew() {
        BankClient alpha = bank(TestBank.ALPHA);
        String stale = SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA).minusMinutes(6));
        expectSnapError(alpha, alpha.tokenHeaders(stale), GRANT, 400, "4007301", "Invalid Field Format X-TIMESTAMP");
        String future = SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA).plusMinutes(6));
        expectSnapError(alpha, alpha.tokenHeaders(future), GRANT, 400, "4007301", "Invalid Field Format X-TIMESTAMP");
    }

    @Test
    void rejectsSignatureMadeWithAnotherKey() {
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> headers = alpha.tokenHeaders(BankClient.now());
        headers.put("X-SIGNATURE", bank(TestBank.GAMMA).tokenHeaders(headers.get("X-TIMESTAMP")).get("X-SIGNATURE"));
        expectSnapError(alpha, headers, GRANT, 401, "4017300", "Unauthorized. Signature");
    }

    @Test
    void rejectsSignatureOverAnotherTimestamp() {
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> headers = alpha.tokenHeaders(BankClient.now());
        headers.put("X-TIMESTAMP", SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA).plusSeconds(1)));
        expectSnapError(alpha, headers, GRANT, 401, "4017300", "Unauthorized. Signature");
    }

    @Test
    void rejectsUnknownClientKey() {
        BankClient alpha = bank(TestBank.ALPHA);
        Map<String, String> headers = alpha.tokenHeaders(BankClient.now());
        headers.put("X-CLIENT-KEY", "NOBODY");
        expectSnapError(alpha, headers, GRANT, 401, "4017300", "Unauthorized. Unknown Client");
    }

    @Test
    void rejectsDisabledPartnerLikeAnUnknownOne() {
        BankClient disabled = bank(TestBank.DISABLED);
        expectSnapError(disabled, disabled.tokenHeaders(BankClient.now()), GRANT, 401, "4017300",
                "Unauthorized. Unknown Client");
    }

    @Test
    void rejectsRequestFromAddressOutsideTheAllowlist() {
        BankClient far = bank(TestBank.FAR_AWAY);
        expectSnapError(far, far.tokenHeaders(BankClient.now()), GRANT, 401, "4017300",
                "Unauthorized. Client Forbidden Access API");
    }

    @Test
    void rejectsUnsupportedGrantType() {
        BankClient alpha = bank(TestBank.ALPHA);
        expectSnapError(alpha, alpha.tokenHeaders(BankClient.now()), "{\"grantType\":\"password\"}", 400, "4007301",
                "Invalid Field Format grantType");
    }

    @Test
    void rejectsMalformedJson() {
        BankClient alpha = bank(TestBank.ALPHA);
        expectSnapError(alpha, alpha.tokenHeaders(BankClient.now()), "{\"grantType\":", 400, "4007300",
                "Bad Request [malformed JSON]");
    }

    @Test
    void internalHandlerIsNotReachableAroundThePipeline() {
        web.post().uri("/internal/snap/access-token").contentType(MediaType.APPLICATION_JSON).bodyValue(GRANT)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/not-found");
    }

    private static void expectSnapError(BankClient client, Map<String, String> headers, String body, int status,
            String code, String message) {
        client.requestToken(headers, body)
                .expectStatus().isEqualTo(status)
                .expectHeader().exists("X-TIMESTAMP")
                .expectBody()
                .jsonPath("$.responseCode").isEqualTo(code)
                .jsonPath("$.responseMessage").isEqualTo(message);
    }
}
