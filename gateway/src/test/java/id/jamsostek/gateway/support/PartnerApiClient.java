package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Calls a partner REST API as partner software does: a token by client credentials, then Bearer requests. */
public class PartnerApiClient {

    private final WebTestClient web;
    private final String clientId;
    private final String secret;
    private String token;

    public PartnerApiClient(WebTestClient web, String clientId, String secret) {
        this.web = web;
        this.clientId = clientId;
        this.secret = secret;
    }

    public String token() {
        if (token == null) {
            byte[] answer = web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                            .with("client_id", clientId).with("client_secret", secret))
                    .exchange().expectStatus().isOk()
                    .expectBody().returnResult().getResponseBodyContent();
            token = BankClient.json(answer).get("access_token").asString();
        }
        return token;
    }

    public WebTestClient.ResponseSpec post(String path, String body, String idempotencyKey) {
        WebTestClient.RequestBodySpec request = web.post().uri(path)
                .header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    public WebTestClient.ResponseSpec put(String path, String body) {
        return web.put().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    public WebTestClient.ResponseSpec get(String path) {
        return web.get().uri(path).header("Authorization", "Bearer " + token()).exchange();
    }

    /** A contract example, e.g. ("village", "EnrollmentRequest/valid/village-official.json"). */
    public static String example(String channel, String path) {
        try (InputStream in = PartnerApiClient.class.getClassLoader()
                .getResourceAsStream("contracts/" + channel + "/examples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + channel + " example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
