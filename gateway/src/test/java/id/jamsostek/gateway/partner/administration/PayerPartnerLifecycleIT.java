package id.jamsostek.gateway.partner.administration;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.PartnerApiClient;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestPayer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * Donors and Perisai agents registered, listed, changed and disabled through the admin API: a registered payer gets a
 * token at once and its payer API acts for the payerId it was registered with; disabled, its token is refused; a bad
 * registration is a problem naming the field and registers nothing; a payerId another payer has is a conflict.
 */
class PayerPartnerLifecycleIT extends GatewayIntegrationTest {

    private PartnerAdminClient partners;

    @BeforeEach
    void operator() {
        partners = new PartnerAdminClient(internal());
        core.resetAll();
    }

    private static Map<String, Object> donor() {
        return PartnerAdminClient.payerBody(PartnerAdminClient.unique("lc-donor-"), "DONOR",
                PartnerAdminClient.unique("CSR-"));
    }

    private static Map<String, Object> agent() {
        return PartnerAdminClient.payerBody(PartnerAdminClient.unique("lc-agent-"), "AGENT",
                PartnerAdminClient.unique("PERISAI-"));
    }

    /** The payer's software as it holds the registration and the secret issued to it. */
    private PartnerApiClient client(Map<String, Object> body, JsonNode registered) {
        return new PartnerApiClient(web, (String) body.get("clientId"), registered.get("clientSecret").asString());
    }

    private void coreKnows(String path) {
        core.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"items\":[]}")));
    }

    private int token(String clientId, String secret, String scope) {
        var form = BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                .with("client_secret", secret);
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(scope == null ? form : form.with("scope", scope))
                .exchange().returnResult(byte[].class).getStatus().value();
    }

    private List<String> auditActions(String id) {
        List<String> actions = new ArrayList<>();
        PartnerAdminClient.json(partners.get("/" + id + "/audit").expectStatus().isOk())
                .forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }

    private static long partnerRows(Object id) {
        return TestDatabase.count("select count(*) from partner where id = '" + id + "'")
                + TestDatabase.count("select count(*) from partner_audit where partner_id = '" + id + "'");
    }

    @Test
    void registersADonorAndAnAgentWhoseTokensReachTheirOwnPayerApiForTheirPayerId() {
        Map<String, Object> donorBody = donor();
        String donorId = (String) donorBody.get("id");
        String donorPayerId = (String) donorBody.get("payerId");
        JsonNode donor = PartnerAdminClient.json(partners.register("payers", donorBody).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/admin/v1/partners/" + donorId)
                .expectHeader().valueEquals("Cache-Control", "no-store"));
        assertThat(donor.at("/partner/kind").asString()).isEqualTo("PAYER");
        assertThat(donor.at("/partner/payerKind").asString()).isEqualTo("DONOR");
        assertThat(donor.at("/partner/payerId").asString()).isEqualTo(donorPayerId);
        assertThat(donor.at("/partner/managedBy").asString()).isEqualTo("ADMIN_API");
        assertThat(donor.at("/partner/scopes").toString())
                .isEqualTo("[\"donor.bill\",\"donor.read\",\"donor.sponsor\"]");
        String donorSecret = donor.get("clientSecret").asString();
        assertThat(donorSecret).hasSizeGreaterThanOrEqualTo(43);

        coreKnows("/core/v1/donors/" + donorPayerId + "/sponsored");
        PartnerApiClient donorSoftware = client(donorBody, donor);
        donorSoftware.get("/donor/v1/participants").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(0);
        core.verify(1, getRequestedFor(urlPathEqualTo("/core/v1/donors/" + donorPayerId + "/sponsored")));
        donorSoftware.get("/agent/v1/participants").expectStatus().isForbidden();

        Map<String, Object> agentBody = agent();
        String agentPayerId = (String) agentBody.get("payerId");
        JsonNode agent = partners.registered("payers", agentBody);
        assertThat(agent.at("/partner/payerKind").asString()).isEqualTo("AGENT");
        assertThat(agent.at("/partner/scopes").toString())
                .isEqualTo("[\"agent.bill\",\"agent.enroll\",\"agent.read\"]");
        coreKnows("/core/v1/agents/" + agentPayerId + "/participants");
        client(agentBody, agent).get("/agent/v1/participants").expectStatus().isOk();
        core.verify(1, getRequestedFor(urlPathEqualTo("/core/v1/agents/" + agentPayerId + "/participants")));

        String listed = new String(partners.get("?kind=PAYER").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(listed).contains("\"id\":\"" + donorId + "\"", "\"id\":\"" + agentBody.get("id") + "\"",
                "\"id\":\"" + TestPayer.CSR.id() + "\"").doesNotContain(donorSecret)
                .doesNotContain("\"kind\":\"VILLAGE\"");
        assertThat(TestDatabase.text("select changes::text from partner_audit where partner_id = '" + donorId + "'"))
                .contains(donorPayerId).doesNotContain(donorSecret);

        partners.act(donorId, "disable", null).expectStatus().isOk().expectBody().jsonPath("$.enabled")
                .isEqualTo(false);
        donorSoftware.get("/donor/v1/participants").expectStatus().isUnauthorized();
        assertThat(token(donorId, donorSecret, null)).isEqualTo(401);
        partners.act(donorId, "enable", null).expectStatus().isOk();
        assertThat(token(donorId, donorSecret, null)).isEqualTo(200);
        assertThat(auditActions(donorId)).containsExactly("REGISTER", "DISABLE", "ENABLE");
    }

    @Test
    void changesAPayersNameAndScopesWithinItsKindAndRotatesItsSecret() {
        Map<String, Object> body = donor();
        String id = (String) body.get("id");
        String secret = partners.registered("payers", body).get("clientSecret").asString();

        partners.patch(id, Map.of("name", "CSR renamed", "scopes", List.of("donor.read"))).expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("CSR renamed").jsonPath("$.scopes[0]").isEqualTo("donor.read")
                .jsonPath("$.scopes.length()").isEqualTo(1);
        assertThat(token(id, secret, "donor.sponsor")).isEqualTo(400);
        assertThat(token(id, secret, "donor.read")).isEqualTo(200);

        partners.patch(id, Map.of("scopes", List.of("donor.read", "agent.enroll"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/scopes");
        partners.patch(id, Map.of("payerId", "CSR-OTHER-01")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/payerId");
        partners.patch(id, Map.of("regions", List.of("3603"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/regions");
        partners.get("/" + id).expectStatus().isOk().expectBody().jsonPath("$.scopes.length()").isEqualTo(1)
                .jsonPath("$.payerId").isEqualTo(body.get("payerId"));

        String rotated = PartnerAdminClient.json(partners.act(id, "credentials/rotate", Map.of("overlap", "0s"))
                .expectStatus().isOk()).get("clientSecret").asString();
        assertThat(token(id, secret, null)).isEqualTo(401);
        assertThat(token(id, rotated, null)).isEqualTo(200);
        assertThat(auditActions(id)).containsExactly("REGISTER", "CHANGE", "ROTATE_SECRET");
    }

    @Test
    void refusesBadPayerRegistrationsNamingTheFieldAndRegistersNothing() {
        Map<String, Object> valid = donor();
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("/kind", Map.of("kind", "SPONSOR")),
                Map.entry("/kind", Map.of("kind", "")),
                Map.entry("/payerId", Map.of("payerId", "CSR A")),
                Map.entry("/payerId", Map.of("payerId", "-CSR")),
                Map.entry("/scopes", Map.of("scopes", List.of("donor.read", "agent.enroll"))),
                Map.entry("/scopes", Map.of("scopes", List.of())),
                Map.entry("/regions", Map.of("regions", List.of("3603"))),
                Map.entry("/clientId", Map.of("clientId", "a b")),
                Map.entry("/clientSecret", Map.of("issueSecret", false)),
                Map.entry("/id", Map.of("id", "demo-donor-x")),
                Map.entry("/name", Map.of("name", " ")));
        cases.forEach(bad -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.putAll(bad.getValue());
            partners.register("payers", body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").value(type -> assertThat((String) type)
                            .endsWith("/invalid-field-format"))
                    .jsonPath("$.errors[0].pointer").isEqualTo(bad.getKey());
        });
        Map<String, Object> noKind = new LinkedHashMap<>(valid);
        noKind.remove("kind");
        partners.register("payers", noKind).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/kind");
        admin("ops", Role.OPERATOR, Role.VIEWER).post().uri("/admin/v1/partners/payers")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/role-refused"));
        internal().post().uri("/admin/v1/partners/payers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(valid).exchange().expectStatus().isUnauthorized();

        assertThat(partnerRows(valid.get("id"))).isZero();
        assertThat(TestDatabase.count("select count(*) from payer_partner where payer_id = '"
                + valid.get("payerId") + "'")).isZero();
    }

    @Test
    void refusesAPayerIdOrAnIdAnotherPartnerHasWithAConflictAndChangesNothing() {
        Map<String, Object> first = donor();
        partners.registered("payers", first);
        long partnersBefore = TestDatabase.count("select count(*) from partner");

        Map<String, Object> samePayer = donor();
        samePayer.put("payerId", first.get("payerId"));
        partners.register("payers", samePayer).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/partner-conflict"))
                .jsonPath("$.errors[0].pointer").isEqualTo("/payerId");
        Map<String, Object> demoPayer = donor();
        demoPayer.put("payerId", TestPayer.CSR.payerId());
        partners.register("payers", demoPayer).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].pointer").isEqualTo("/payerId");
        Map<String, Object> sameId = agent();
        sameId.put("id", first.get("id"));
        partners.register("payers", sameId).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].pointer").isEqualTo("/id");
        Map<String, Object> takenClientId = agent();
        takenClientId.put("clientId", TestPayer.AGENT.clientId());
        partners.register("payers", takenClientId).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].pointer").isEqualTo("/clientId");

        assertThat(TestDatabase.count("select count(*) from partner")).isEqualTo(partnersBefore);
        assertThat(partnerRows(samePayer.get("id")) + partnerRows(takenClientId.get("id"))).isZero();
    }
}
