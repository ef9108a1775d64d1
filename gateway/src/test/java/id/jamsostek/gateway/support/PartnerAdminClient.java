package id.jamsostek.gateway.support;

import id.jamsostek.gateway.operator.Role;
import id.jamsostek.snap.PemKeys;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Calls the partner admin API as a security officer does (a bearer token of the test provider, subject
 * {@link #OPERATOR}) on the internal listener, and makes partners of each kind with ids
 * of their own (the test database outlives a run, and an id is registered once).
 */
public final class PartnerAdminClient {

    public static final String OPERATOR = "ops-lifecycle";
    private static final List<String> LOCAL = List.of("127.0.0.0/8", "::1/128");

    private final WebTestClient admin;

    /** @param internal a client of the internal listener */
    public PartnerAdminClient(WebTestClient internal) {
        this.admin = TestOperators.as(internal, OPERATOR, Role.SECURITY_OFFICER);
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 44), 36);
    }

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bank body the gateway accepts: a fresh key, a company code of its own, local callers allowed. */
    public static Map<String, Object> bankBody(String id, KeyPair keys) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Bank " + id);
        body.put("clientKey", id.toUpperCase() + "-SNAP");
        body.put("publicKeyPem", PemKeys.toPem(keys.getPublic()));
        body.put("companyCodes", List.of(Integer.toString(ThreadLocalRandom.current().nextInt(60000, 69999))));
        body.put("channelIds", List.of("95221"));
        body.put("ipAllowlist", LOCAL);
        body.put("profile", Map.of("deadline", "3s"));
        return body;
    }

    public static Map<String, Object> villageBody(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "SID " + id);
        body.put("clientId", id);
        body.put("regions", List.of("3603012001"));
        return body;
    }

    public static Map<String, Object> platformBody(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "Payroll " + id);
        body.put("clientId", id);
        body.put("grants", List.of("19012345/*"));
        return body;
    }

    /** A donor or a Perisai agent ({@code kind} DONOR or AGENT) with its id in the agency's register. */
    public static Map<String, Object> payerBody(String id, String kind, String payerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", kind + " " + id);
        body.put("kind", kind);
        body.put("payerId", payerId);
        body.put("clientId", id);
        return body;
    }

    /** The bank a registration made, as a bank's own software holds it, with the secret the gateway issued. */
    @SuppressWarnings("unchecked")
    public static TestBank bank(Map<String, Object> body, KeyPair keys, String secret) {
        return new TestBank((String) body.get("id"), (String) body.get("clientKey"), keys, secret,
                ((List<String>) body.get("companyCodes")).getFirst(), "95221", LOCAL, "", true, "REPLAY", "ACCEPT",
                null);
    }

    public WebTestClient.ResponseSpec register(String kind, Object body) {
        return admin.post().uri("/admin/v1/partners/" + kind)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Registers and answers the registration (the partner and the secret issued). */
    public JsonNode registered(String kind, Object body) {
        return json(register(kind, body).expectStatus().isCreated());
    }

    public WebTestClient.ResponseSpec get(String path) {
        return admin.get().uri("/admin/v1/partners" + path).exchange();
    }

    public WebTestClient.ResponseSpec patch(String id, Object body) {
        return admin.patch().uri("/admin/v1/partners/" + id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** POST to a partner's action ("disable", "enable", "credentials/rotate"), with a JSON body or none. */
    public WebTestClient.ResponseSpec act(String id, String action, Object body) {
        WebTestClient.RequestBodySpec request = admin.post().uri("/admin/v1/partners/" + id + "/" + action);
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public WebTestClient admin() {
        return admin;
    }

    public static JsonNode json(WebTestClient.ResponseSpec response) {
        return BankClient.json(response.expectBody().returnResult().getResponseBodyContent());
    }
}
