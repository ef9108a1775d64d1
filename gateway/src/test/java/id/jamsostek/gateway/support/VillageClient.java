package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Calls the village API as village software does: a token by client credentials, then Bearer requests. */
public final class VillageClient {

    private final WebTestClient web;
    private final TestVillage village;
    private String token;

    public VillageClient(WebTestClient web, TestVillage village) {
        this.web = web;
        this.village = village;
    }

    public String token() {
        if (token == null) {
            byte[] answer = web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                            .with("client_id", village.clientId()).with("client_secret", village.secret()))
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

    /** A contract example of the village channel, e.g. "EnrollmentRequest/valid/village-official.json". */
    public static String example(String path) {
        try (InputStream in = VillageClient.class.getClassLoader()
                .getResourceAsStream("contracts/village/examples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no village example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
