package id.jamsostek.gateway.partner.administration;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.support.TestOperators;
import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.PemKeys;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * Partners registered, changed, rotated, disabled and enabled through the admin API: each kind works on its channel
 * at once, a rotated secret's predecessor works until its overlap ends and not after, a disabled partner is refused,
 * every change leaves an audit row without secrets, every bad input a problem naming the field and no change.
 */
class PartnerLifecycleIT extends GatewayIntegrationTest {

    private PartnerAdminClient partners;

    @BeforeEach
    void operator() {
        partners = new PartnerAdminClient(internal());
        core.resetAll();
    }

    private void coreHasOpenBill(String customer) {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
    }

    private static String customer() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    /** An inquiry signed with the bank's secret as the test holds it: its HTTP status. */
    private HttpStatus inquiry(TestBank bank, String token) {
        String customer = customer();
        coreHasOpenBill(customer);
        BankClient client = bank(bank);
        return HttpStatus.valueOf(client.inquiry(client.inquiryBody(customer), token).returnResult(byte[].class)
                .getStatus().value());
    }

    private int oauthToken(String clientId, String secret) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret))
                .exchange().returnResult(byte[].class).getStatus().value();
    }

    private List<String> auditActions(String id) {
        List<String> actions = new ArrayList<>();
        PartnerAdminClient.json(partners.get("/" + id + "/audit").expectStatus().isOk())
                .forEach(entry -> actions.add(entry.get("action").asString() + " by " + entry.get("operator").asString()));
        return actions;
    }

    private static long rows(String table, String id) {
        return TestDatabase.count("select count(*) from " + table + " where " + (table.equals("partner") ? "id"
                : "partner_id") + " = '" + id + "'");
    }

    @Test
    void refusesABankSecretGivenShorterThan32Bytes() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(PartnerAdminClient.bankBody(
                PartnerAdminClient.unique("lc-bank-short-"), PartnerAdminClient.rsaKeys()));
        body.put("clientSecret", "a-31-byte-secret-0123456789abcd");
        partners.register("banks", body).expectStatus().isBadRequest()
                .expectBody(String.class).value(problem -> assertThat(problem).contains("clientSecret"));
        partners.get("/" + body.get("id")).expectStatus().isNotFound();

        body.put("clientSecret", "a-32-byte-secret-0123456789abcde");
        partners.register("banks", body).expectStatus().isCreated();
    }

    @Test
    void registersABankThatAtOnceGetsATokenAndInquiresWithTheSecretIssuedShownOnceOnly() {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        String id = (String) body.get("id");

        JsonNode registered = PartnerAdminClient.json(partners.register("banks", body).expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/admin/v1/partners/" + id)
                .expectHeader().valueEquals("Cache-Control", "no-store"));
        String secret = registered.get("clientSecret").asString();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(registered.at("/partner/kind").asString()).isEqualTo("BANK");
        assertThat(registered.at("/partner/managedBy").asString()).isEqualTo("ADMIN_API");
        assertThat(registered.at("/partner/profile/deadline").asString()).isEqualTo("3000ms");

        TestBank bank = PartnerAdminClient.bank(body, keys, secret);
        assertThat(inquiry(bank, bank(bank).token())).isEqualTo(HttpStatus.OK);

        String shown = new String(partners.get("/" + id).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(shown).contains("\"clientSecret\":\"set\"").doesNotContain(secret);
        assertThat(new String(partners.get("?kind=BANK").expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent())).contains("\"id\":\"" + id + "\"").doesNotContain(secret);
        assertThat(auditActions(id)).containsExactly("REGISTER by " + PartnerAdminClient.OPERATOR);
        assertThat(TestDatabase.text("select changes::text from partner_audit where partner_id = '" + id + "'"))
                .doesNotContain(secret);
    }

    @Test
    void registersVillageSoftwareAndAnEmployerPlatformWhoseSecretsGetTokens() {
        String village = PartnerAdminClient.unique("lc-sid-");
        JsonNode registeredVillage = partners.registered("villages", PartnerAdminClient.villageBody(village));
        assertThat(registeredVillage.at("/partner/scopes").toString())
                .isEqualTo("[\"village.bill\",\"village.enroll\",\"village.read\"]");
        assertThat(oauthToken(village, registeredVillage.get("clientSecret").asString())).isEqualTo(200);
        assertThat(oauthToken(village, "not-" + registeredVillage.get("clientSecret").asString())).isEqualTo(401);

        String platform = PartnerAdminClient.unique("lc-payroll-");
        JsonNode registeredPlatform = partners.registered("employer-platforms",
                PartnerAdminClient.platformBody(platform));
        assertThat(registeredPlatform.at("/partner/grants/0").asString()).isEqualTo("19012345/*");
        assertThat(oauthToken(platform, registeredPlatform.get("clientSecret").asString())).isEqualTo(200);

        Map<String, Object> keyOnly = PartnerAdminClient.villageBody(PartnerAdminClient.unique("lc-sid-jwt-"));
        keyOnly.put("issueSecret", false);
        keyOnly.put("publicKeyPem", PemKeys.toPem(PartnerAdminClient.rsaKeys().getPublic()));
        JsonNode jwtOnly = partners.registered("villages", keyOnly);
        assertThat(jwtOnly.has("clientSecret")).isFalse();
        assertThat(jwtOnly.at("/partner/clientSecret").asString()).isEqualTo("none");
    }

    @Test
    void keepsTheRotatedBankSecretWorkingUntilItsOverlapEndsAndNotAfter() {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        String id = (String) body.get("id");
        TestBank before = PartnerAdminClient.bank(body, keys,
                partners.registered("banks", body).get("clientSecret").asString());
        String token = bank(before).token();

        JsonNode rotated = PartnerAdminClient.json(partners.act(id, "credentials/rotate", Map.of("overlap", "1h"))
                .expectStatus().isOk().expectHeader().valueEquals("Cache-Control", "no-store"));
        TestBank after = PartnerAdminClient.bank(body, keys, rotated.get("clientSecret").asString());
        assertThat(after.secret()).isNotEqualTo(before.secret());
        assertThat(rotated.get("previousSecretValidUntil").asString()).isNotBlank();

        assertThat(inquiry(before, token)).isEqualTo(HttpStatus.OK);
        assertThat(inquiry(after, token)).isEqualTo(HttpStatus.OK);

        TestDatabase.execute("update bank_partner set previous_secret_expires_at = now() - interval '1 second'"
                + " where partner_id = '" + id + "'");
        assertThat(Poll.until(Duration.ofSeconds(10), () -> inquiry(before, token) == HttpStatus.UNAUTHORIZED))
                .isTrue();
        assertThat(inquiry(after, token)).isEqualTo(HttpStatus.OK);
        assertThat(auditActions(id)).containsExactly("REGISTER by " + PartnerAdminClient.OPERATOR,
                "ROTATE_SECRET by " + PartnerAdminClient.OPERATOR);
        assertThat(TestDatabase.text("select string_agg(changes::text, ' ') from partner_audit where partner_id = '"
                + id + "'")).doesNotContain(before.secret()).doesNotContain(after.secret());
    }

    @Test
    void keepsTheRotatedBankKeyVerifyingUntilItsOverlapEndsAndNotAfter() {
        KeyPair first = PartnerAdminClient.rsaKeys();
        KeyPair second = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-key-"), first);
        String id = (String) body.get("id");
        String secret = partners.registered("banks", body).get("clientSecret").asString();
        TestBank signingWithFirst = PartnerAdminClient.bank(body, first, secret);
        TestBank signingWithSecond = PartnerAdminClient.bank(body, second, secret);

        JsonNode rotated = PartnerAdminClient.json(partners.act(id, "credentials/rotate-key",
                Map.of("publicKeyPem", PemKeys.toPem(second.getPublic()), "overlap", "1h")).expectStatus().isOk());
        assertThat(rotated.get("publicKeyPem").asString()).isEqualTo(PemKeys.toPem(second.getPublic()));
        assertThat(rotated.get("previousPublicKeyValidUntil").asString()).isNotBlank();

        String token = bank(signingWithFirst).token();
        assertThat(bank(signingWithSecond).token()).isNotBlank();
        assertThat(inquiry(signingWithFirst, token)).isEqualTo(HttpStatus.OK);

        TestDatabase.execute("update bank_partner set previous_public_key_expires_at = now() - interval '1 second'"
                + " where partner_id = '" + id + "'");
        assertThat(Poll.until(Duration.ofSeconds(10), () -> bank(signingWithFirst)
                .requestToken(bank(signingWithFirst).tokenHeaders(BankClient.now()),
                        "{\"grantType\":\"client_credentials\"}")
                .returnResult(byte[].class).getStatus().value() == 401)).isTrue();
        assertThat(bank(signingWithSecond).token()).isNotBlank();
        assertThat(auditActions(id)).containsExactly("REGISTER by " + PartnerAdminClient.OPERATOR,
                "ROTATE_KEY by " + PartnerAdminClient.OPERATOR);
    }

    @Test
    void rotatesAClientsAssertionKeyAtOnceWithoutOverlapAndRefusesABadRotation() throws Exception {
        KeyPair first = PartnerAdminClient.rsaKeys();
        KeyPair second = PartnerAdminClient.rsaKeys();
        String village = PartnerAdminClient.unique("lc-sid-key-");
        Map<String, Object> body = PartnerAdminClient.villageBody(village);
        body.put("issueSecret", false);
        body.put("publicKeyPem", PemKeys.toPem(first.getPublic()));
        partners.registered("villages", body);
        assertThat(assertionToken(village, first)).isEqualTo(200);

        partners.act(village, "credentials/rotate-key", Map.of("publicKeyPem", "not a key")).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/publicKeyPem");
        partners.act(village, "credentials/rotate-key", Map.of("publicKeyPem", PemKeys.toPem(second.getPublic()),
                "overlap", "30d")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/overlap");
        partners.act("no-such-partner", "credentials/rotate-key", Map.of("publicKeyPem",
                PemKeys.toPem(second.getPublic()))).expectStatus().isNotFound();
        assertThat(assertionToken(village, first)).as("nothing changed").isEqualTo(200);

        partners.act(village, "credentials/rotate-key", Map.of("publicKeyPem", PemKeys.toPem(second.getPublic()),
                "overlap", "0s")).expectStatus().isOk();
        assertThat(assertionToken(village, first)).isEqualTo(401);
        assertThat(assertionToken(village, second)).isEqualTo(200);
    }

    /** The token endpoint's answer to a private_key_jwt client assertion signed with {@code keys}. */
    private int assertionToken(String clientId, KeyPair keys) throws Exception {
        SignedJWT assertion = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .issuer(clientId).subject(clientId).audience("http://127.0.0.1:8080/oauth2/token")
                .jwtID(UUID.randomUUID().toString()).expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        assertion.sign(new RSASSASigner(keys.getPrivate()));
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                        .with("client_assertion", assertion.serialize()))
                .exchange().returnResult(byte[].class).getStatus().value();
    }

    @Test
    void keepsTheRotatedClientSecretWorkingUntilItsOverlapEndsAndStopsItAtOnceWithoutOverlap() {
        String village = PartnerAdminClient.unique("lc-sid-");
        String first = partners.registered("villages", PartnerAdminClient.villageBody(village)).get("clientSecret")
                .asString();
        String second = PartnerAdminClient.json(partners.act(village, "credentials/rotate", null).expectStatus().isOk())
                .get("clientSecret").asString();
        assertThat(oauthToken(village, first)).isEqualTo(200);
        assertThat(oauthToken(village, second)).isEqualTo(200);
        assertThat(TestDatabase.text("select previous_secret_expires_at > now() + interval '23 hours'"
                + " from oauth_client where partner_id = '" + village + "'")).isEqualTo("t");

        TestDatabase.execute("update oauth_client set previous_secret_expires_at = now() - interval '1 second'"
                + " where partner_id = '" + village + "'");
        assertThat(Poll.until(Duration.ofSeconds(10), () -> oauthToken(village, first) == 401)).isTrue();
        assertThat(oauthToken(village, second)).isEqualTo(200);

        String third = PartnerAdminClient.json(partners.act(village, "credentials/rotate", Map.of("overlap", "0s"))
                .expectStatus().isOk()).get("clientSecret").asString();
        assertThat(oauthToken(village, second)).isEqualTo(401);
        assertThat(oauthToken(village, third)).isEqualTo(200);
    }

    @Test
    void refusesADisabledPartnerOnItsChannelAndServesItAgainOnceEnabled() {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        String id = (String) body.get("id");
        TestBank bank = PartnerAdminClient.bank(body, keys,
                partners.registered("banks", body).get("clientSecret").asString());
        String token = bank(bank).token();

        partners.act(id, "disable", null).expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(false);
        assertThat(inquiry(bank, token)).isEqualTo(HttpStatus.UNAUTHORIZED);
        bank(bank).requestToken(bank(bank).tokenHeaders(BankClient.now()), "{\"grantType\":\"client_credentials\"}")
                .expectStatus().isUnauthorized();

        partners.act(id, "enable", null).expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(true);
        assertThat(inquiry(bank, token)).isEqualTo(HttpStatus.OK);

        String platform = PartnerAdminClient.unique("lc-payroll-");
        String secret = partners.registered("employer-platforms", PartnerAdminClient.platformBody(platform))
                .get("clientSecret").asString();
        partners.act(platform, "disable", null).expectStatus().isOk();
        assertThat(oauthToken(platform, secret)).isEqualTo(401);
        assertThat(auditActions(id)).containsExactly("REGISTER by " + PartnerAdminClient.OPERATOR,
                "DISABLE by " + PartnerAdminClient.OPERATOR, "ENABLE by " + PartnerAdminClient.OPERATOR);
    }

    @Test
    void aBankThatShowsFewLinesGetsTheRestFoldedIntoOneWithTheSameTotal() {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        body.put("profile", Map.of("deadline", "3s", "maxBillLines", 3));
        JsonNode registered = partners.registered("banks", body);
        assertThat(registered.at("/partner/profile/maxBillLines").asInt()).isEqualTo(3);
        TestBank bank = PartnerAdminClient.bank(body, keys, registered.get("clientSecret").asString());
        String customer = customer();
        coreHasOpenBill(customer);

        BankClient client = bank(bank);
        JsonNode data = BankClient.json(client.inquiry(client.inquiryBody(customer), client.token())
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent()).get("virtualAccountData");

        assertThat(data.get("billDetails")).hasSize(3);
        assertThat(data.at("/billDetails/2/billShortName").asString()).isEqualTo("LAIN");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : data.get("billDetails")) {
            sum = sum.add(new BigDecimal(line.at("/billAmount/value").asString()));
        }
        assertThat(sum).isEqualByComparingTo(data.at("/totalAmount/value").asString());
        partners.patch((String) body.get("id"), Map.of("profile", Map.of("maxBillLines", 5))).expectStatus().isOk()
                .expectBody().jsonPath("$.profile.maxBillLines").isEqualTo(5);
    }

    @Test
    void changesScopeAndProfileAndAuditsWhatChangedFromWhatToWhat() {
        String village = PartnerAdminClient.unique("lc-sid-");
        String secret = partners.registered("villages", PartnerAdminClient.villageBody(village)).get("clientSecret")
                .asString();
        partners.patch(village, Map.of("scopes", List.of("village.read"), "regions", List.of("3603", "3201012001")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.scopes[0]").isEqualTo("village.read")
                .jsonPath("$.regions.length()").isEqualTo(2);
        web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", village)
                        .with("client_secret", secret).with("scope", "village.enroll"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("invalid_scope");

        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        String bank = (String) body.get("id");
        partners.registered("banks", body);
        partners.patch(bank, Map.of("profile", Map.of("deadline", "7s", "unknownOutcome", "PENDING"),
                        "ipAllowlist", List.of("203.0.113.0/24")))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.profile.deadline").isEqualTo("7000ms")
                .jsonPath("$.profile.unknownOutcome").isEqualTo("PENDING")
                .jsonPath("$.profile.repeatedPayment").isEqualTo("REPLAY")
                .jsonPath("$.ipAllowlist[0]").isEqualTo("203.0.113.0/24");
        TestBank moved = PartnerAdminClient.bank(body, keys, "unused-here");
        bank(moved).requestToken(bank(moved).tokenHeaders(BankClient.now()), "{\"grantType\":\"client_credentials\"}")
                .expectStatus().isUnauthorized();

        JsonNode trail = PartnerAdminClient.json(partners.get("/" + bank + "/audit").expectStatus().isOk());
        JsonNode change = trail.get(1);
        assertThat(change.get("action").asString()).isEqualTo("CHANGE");
        assertThat(change.at("/changes/profile/from/deadline").asString()).isEqualTo("3000ms");
        assertThat(change.at("/changes/profile/to/deadline").asString()).isEqualTo("7000ms");
        assertThat(change.at("/changes/ipAllowlist/to/0").asString()).isEqualTo("203.0.113.0/24");
        assertThat(change.get("at").asString()).isNotBlank();

        partners.patch(bank, Map.of("profile", Map.of("deadline", "7s"))).expectStatus().isOk();
        assertThat(auditActions(bank)).hasSize(2);
    }

    @Test
    void auditsWhatThePartnerFileRegisteredAndKeepsItsPartnersForTheFile() {
        assertThat(TestDatabase.count("select count(*) from partner_audit where partner_id = '" + TestBank.ALPHA.id()
                + "' and operator = 'partner-file'")).isPositive();
        partners.patch(TestBank.ALPHA.id(), Map.of("name", "renamed")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type)
                        .endsWith("/partner-managed-by-file"));
        partners.act(TestBank.ALPHA.id(), "credentials/rotate", null).expectStatus().isEqualTo(409);
        assertThat(TestDatabase.text("select display_name from partner where id = '" + TestBank.ALPHA.id() + "'"))
                .isEqualTo(TestBank.ALPHA.id());
    }

    @Test
    void refusesBadBankRegistrationsNamingTheFieldAndRegistersNothing() {
        String id = PartnerAdminClient.unique("lc-bank-");
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> valid = PartnerAdminClient.bankBody(id, keys);
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("/companyCodes", Map.of("companyCodes", List.of("12A45"))),
                Map.entry("/publicKeyPem", Map.of("publicKeyPem", "not a key")),
                Map.entry("/profile/deadline", Map.of("profile", Map.of("deadline", "soon"))),
                Map.entry("/profile/repeatedPayment", Map.of("profile", Map.of("repeatedPayment", "IGNORE"))),
                Map.entry("/profile/maxBillLines", Map.of("profile", Map.of("maxBillLines", 1))),
                Map.entry("/ipAllowlist", Map.of("ipAllowlist", List.of("10.1/33"))),
                Map.entry("/clientKey", Map.of("clientKey", "BANK A/SNAP")),
                Map.entry("/id", Map.of("id", "Bank_A")),
                Map.entry("/colour", Map.of("colour", "blue")),
                Map.entry("/companyCodes/0", Map.of("companyCodes", List.of(Map.of("code", 1)))),
                Map.entry("/clientKey", Map.of("clientKey", DemoCredentials.CLIENT_KEY)),
                Map.entry("/publicKeyPem", Map.of("publicKeyPem", DemoCredentials.PUBLIC_KEY_PEM)),
                Map.entry("/id", Map.of("id", "demo-bank-x")));
        cases.forEach(bad -> {
            Map<String, Object> body = new java.util.LinkedHashMap<>(valid);
            body.putAll(bad.getValue());
            partners.register("banks", body).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").value(type -> assertThat((String) type)
                            .endsWith("/invalid-field-format"))
                    .jsonPath("$.errors[0].pointer").isEqualTo(bad.getKey());
        });
        partners.admin().post().uri("/admin/v1/partners/banks")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"id\":").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/bad-request"));
        partners.admin().post().uri("/admin/v1/partners/banks")
                .contentType(MediaType.TEXT_PLAIN).bodyValue("id=x").exchange().expectStatus().isEqualTo(415);
        admin("ops", Role.OPERATOR, Role.VIEWER).post().uri("/admin/v1/partners/banks")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/role-refused"));
        internal().post().uri("/admin/v1/partners/banks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(valid).exchange().expectStatus().isUnauthorized();
        web.post().uri("/admin/v1/partners/banks").header("Authorization", "Bearer " + TestOperators.token("ops",
                Role.SECURITY_OFFICER)).contentType(MediaType.APPLICATION_JSON).bodyValue(valid).exchange()
                .expectStatus().isNotFound();

        assertThat(rows("partner", id)).isZero();
        assertThat(rows("partner_audit", id)).isZero();
    }

    @Test
    void refusesBadVillageAndPlatformRegistrationsNamingTheField() {
        String village = PartnerAdminClient.unique("lc-sid-");
        Map<String, Object> badRegion = PartnerAdminClient.villageBody(village);
        badRegion.put("regions", List.of("36O3"));
        partners.register("villages", badRegion).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/regions");
        Map<String, Object> unknownRegion = PartnerAdminClient.villageBody(village);
        unknownRegion.put("regions", List.of("3603", "3603019999"));
        partners.register("villages", unknownRegion).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/regions")
                .jsonPath("$.errors[0].detail").value(detail -> assertThat((String) detail)
                        .contains("3603019999", "Kemendagri"));
        Map<String, Object> foreignScope = PartnerAdminClient.villageBody(village);
        foreignScope.put("scopes", List.of("employer.bills"));
        partners.register("villages", foreignScope).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/scopes");
        Map<String, Object> noKeyNoSecret = PartnerAdminClient.villageBody(village);
        noKeyNoSecret.put("issueSecret", false);
        partners.register("villages", noKeyNoSecret).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/clientSecret");
        Map<String, Object> grantsOnAVillage = PartnerAdminClient.villageBody(village);
        grantsOnAVillage.put("grants", List.of("19012345/*"));
        partners.register("villages", grantsOnAVillage).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/grants");

        String platform = PartnerAdminClient.unique("lc-payroll-");
        Map<String, Object> badGrant = PartnerAdminClient.platformBody(platform);
        badGrant.put("grants", List.of("19012345"));
        partners.register("employer-platforms", badGrant).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/grants");
        Map<String, Object> noGrants = PartnerAdminClient.platformBody(platform);
        noGrants.put("grants", List.of());
        partners.register("employer-platforms", noGrants).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/grants");

        assertThat(rows("partner", village) + rows("partner", platform)).isZero();
    }

    @Test
    void refusesATakenIdClientKeyOrClientIdWithAConflictAndChangesNothing() {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        partners.registered("banks", body);
        long partnersBefore = TestDatabase.count("select count(*) from partner");

        Map<String, Object> sameId = new java.util.LinkedHashMap<>(body);
        sameId.put("clientKey", "OTHER-" + body.get("clientKey"));
        partners.register("banks", sameId).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].pointer").isEqualTo("/id");
        Map<String, Object> takenKey = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        takenKey.put("clientKey", TestBank.ALPHA.clientKey());
        partners.register("banks", takenKey).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/partner-conflict"))
                .jsonPath("$.errors[0].pointer").isEqualTo("/clientKey");
        Map<String, Object> takenClientId = PartnerAdminClient.villageBody(PartnerAdminClient.unique("lc-sid-"));
        takenClientId.put("clientId", "sid-saga");
        partners.register("villages", takenClientId).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.errors[0].pointer").isEqualTo("/clientId");

        assertThat(TestDatabase.count("select count(*) from partner")).isEqualTo(partnersBefore);
    }

    @Test
    void refusesAChangeToARegionTheKemendagriListLacksAndKeepsTheRegions() {
        String village = PartnerAdminClient.unique("lc-sid-");
        partners.registered("villages", PartnerAdminClient.villageBody(village));

        partners.patch(village, Map.of("regions", List.of("360399"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/regions");
        partners.patch(village, Map.of("regions", List.of("3603012014"))).expectStatus().isOk();
    }

    @Test
    void answersUnknownPartnersWithNotFoundAndBadChangesWithTheField() {
        String nobody = PartnerAdminClient.unique("lc-nobody-");
        partners.get("/" + nobody).expectStatus().isNotFound();
        partners.get("/" + nobody + "/audit").expectStatus().isNotFound();
        partners.patch(nobody, Map.of("name", "x")).expectStatus().isNotFound();
        partners.act(nobody, "disable", null).expectStatus().isNotFound();
        partners.act(nobody, "credentials/rotate", null).expectStatus().isNotFound();
        partners.get("?kind=TELLER").expectStatus().isBadRequest();

        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("lc-bank-"), keys);
        String bank = (String) body.get("id");
        partners.registered("banks", body);
        partners.patch(bank, Map.of("regions", List.of("3603"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/regions");
        partners.patch(bank, Map.of("enabled", false)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/enabled");
        partners.patch(bank, Map.of("profile", Map.of("deadline", "90s"))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/profile/deadline");
        partners.act(bank, "credentials/rotate", Map.of("overlap", "8d")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/overlap");
        partners.act(bank, "credentials/rotate", Map.of("overlap", "a while")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/overlap");
        admin("viewer1", Role.VIEWER).post().uri("/admin/v1/partners/" + bank + "/disable").exchange()
                .expectStatus().isForbidden();

        partners.get("/" + bank).expectStatus().isOk().expectBody()
                .jsonPath("$.enabled").isEqualTo(true)
                .jsonPath("$.profile.deadline").isEqualTo("3000ms")
                .jsonPath("$.previousSecretValidUntil").doesNotExist();
        assertThat(auditActions(bank)).containsExactly("REGISTER by " + PartnerAdminClient.OPERATOR);
    }
}
