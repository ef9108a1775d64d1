package id.jamsostek.gateway.bank;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.snap.SnapTimestamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VaInquiryIT extends GatewayIntegrationTest {

    private static final String CUSTOMER = "12345678901234567890";

    private BankClient alpha;
    private String token;

    @BeforeEach
    void signIn() {
        alpha = bank(TestBank.ALPHA);
        token = alpha.token();
        core.resetAll();
    }

    private static MappingBuilder openBill() {
        return get(urlPathEqualTo("/core/v1/bills/open"));
    }

    @Test
    void answersOpenBillWithMaskedNameAndOneLinePerProgram() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));

        byte[] body = alpha.inquiry(alpha.inquiryBody(CUSTOMER), token)
                .expectStatus().isOk()
                .expectHeader().exists("X-TIMESTAMP")
                .expectBody().returnResult().getResponseBodyContent();

        JsonNode data = BankClient.json(body).get("virtualAccountData");
        assertThat(BankClient.json(body).get("responseCode").asString()).isEqualTo("2002400");
        assertThat(data.get("virtualAccountName").asString()).isEqualTo("P* NI*O JU***R");
        assertThat(data.get("virtualAccountNo").asString()).isEqualTo("   77701" + CUSTOMER);
        assertThat(data.get("totalAmount").get("value").asString()).isEqualTo("739200.00");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : data.get("billDetails")) {
            sum = sum.add(new BigDecimal(line.get("billAmount").get("value").asString()));
        }
        assertThat(sum).isEqualByComparingTo("739200.00");
        assertThat(data.get("billDetails")).hasSize(5);
        assertThat(data.get("freeTexts").get(0).get("indonesia").asString()).isEqualTo("Iuran 2026-10");
        core.verify(1, getRequestedFor(urlPathEqualTo("/core/v1/bills/open"))
                .withQueryParam("customerNo", com.github.tomakehurst.wiremock.client.WireMock.equalTo(CUSTOMER)));
    }

    @Test
    void servesTheSameInquiryBehindABanksPrefix() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        BankClient beta = bank(TestBank.BETA);
        beta.inquiry(beta.inquiryBody(CUSTOMER), beta.token())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.responseCode").isEqualTo("2002400");
    }

    @Test
    void answersPaidBillWith4042414() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("PAID"))));
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token), 404, "4042414");
    }

    @Test
    void answersExpiredBillWith4042419() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("EXPIRED"))));
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token), 404, "4042419");
    }

    @Test
    void answersUnknownCustomerWith4042412() {
        core.stubFor(openBill().willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/unknown-customer.json"))));
        expectSnap(alpha.inquiry(alpha.inquiryBody("99999999999"), token), 404, "4042412");
    }

    @Test
    void answersVirtualAccountUnderAnotherCompanyCodeWith4042412WithoutAskingTheCore() {
        String body = alpha.inquiryBody(CUSTOMER).replace("   77701", "   77702");
        expectSnap(alpha.inquiry(body, token), 404, "4042412");
        core.verify(0, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
    }

    @Test
    void rejectsVirtualAccountNoThatIsNotCompanyCodePlusCustomerNo() {
        String body = alpha.inquiryBody(CUSTOMER).replace("\"virtualAccountNo\":\"   77701" + CUSTOMER,
                "\"virtualAccountNo\":\"   777011234");
        expectSnap(alpha.inquiry(body, token), 400, "4002401", "Invalid Field Format virtualAccountNo");
    }

    @Test
    void refusesReusedExternalIdWith4092400AndAsksTheCoreOnce() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        String externalId = BankClient.newExternalId();
        alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isOk();
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token,
                t -> t.headers.put("X-EXTERNAL-ID", externalId)), 409, "4092400");
        core.verify(1, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
    }

    @Test
    void theSameExternalIdOfAnotherBankIsNoConflict() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        String externalId = BankClient.newExternalId();
        BankClient gamma = bank(TestBank.GAMMA);
        gamma.inquiry(gamma.inquiryBody(CUSTOMER), gamma.token(), t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isOk();
        alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isOk();
    }

    // --- authentication faults

    @Test
    void rejectsMissingSignatureHeader() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-SIGNATURE", null)),
                400, "4002402", "Invalid Mandatory Field X-SIGNATURE");
    }

    @Test
    void rejectsMissingExternalId() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", null)),
                400, "4002402", "Invalid Mandatory Field X-EXTERNAL-ID");
    }

    @Test
    void rejectsNonNumericExternalId() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", "abc-1")),
                400, "4002401", "Invalid Field Format X-EXTERNAL-ID");
    }

    @Test
    void rejectsOverlongPartnerId() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token,
                t -> t.headers.put("X-PARTNER-ID", "7".repeat(37))), 400, "4002401",
                "Invalid Field Format X-PARTNER-ID");
    }

    @Test
    void rejectsTimestampOutsideTheSkew() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.timestamp =
                SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA).minusMinutes(10))),
                400, "4002401", "Invalid Field Format X-TIMESTAMP");
    }

    @Test
    void rejectsWrongSignature() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token,
                t -> t.signature = Base64.getEncoder().encodeToString(new byte[64])), 401, "4012400",
                "Unauthorized. Signature");
    }

    @Test
    void rejectsBodyChangedAfterSigning() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> {
            t.signature = sign(t);
            t.body = t.body.replace(CUSTOMER, "12345678901234567891");
        }), 401, "4012400", "Unauthorized. Signature");
    }

    @Test
    void rejectsSignatureOverAnotherPath() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> {
            String path = t.path;
            t.path = "/v1.0/transfer-va/payment";
            t.signature = sign(t);
            t.path = path;
        }), 401, "4012400", "Unauthorized. Signature");
    }

    @Test
    void rejectsGarbageToken() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), "not-a-token"), 401, "4012401");
    }

    @Test
    void rejectsExpiredToken() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("jamsostek-gateway").audience("snap-b2b")
                .subject(TestBank.ALPHA.id()).expirationTime(Date.from(Instant.now().minusSeconds(1))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("it1").build(), claims);
        jwt.sign(new MACSigner(Base64.getDecoder().decode(TEST_TOKEN_KEYS.substring(4))));
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), jwt.serialize()), 401, "4012401");
    }

    @Test
    void rejectsTokenOfAnotherBank() {
        String gammaToken = bank(TestBank.GAMMA).token();
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), gammaToken), 401, "4012400");
    }

    @Test
    void rejectsPartnerIdThatIsNotOneOfTheBanksCompanyCodes() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-PARTNER-ID", "77702")),
                401, "4012400", "Unauthorized. X-PARTNER-ID");
    }

    @Test
    void rejectsUnregisteredChannel() {
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("CHANNEL-ID", "12345")),
                401, "4012400", "Unauthorized. CHANNEL-ID");
    }

    // --- body faults: each leaves the external id unclaimed

    @Test
    void rejectsMalformedJsonAndBurnsNoExternalId() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        String externalId = BankClient.newExternalId();
        expectSnap(alpha.inquiry("{\"partnerServiceId\":\"   77701\",", token,
                t -> t.headers.put("X-EXTERNAL-ID", externalId)), 400, "4002400");
        alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isOk();
    }

    @Test
    void rejectsMissingCustomerNo() {
        String body = "{\"partnerServiceId\":\"   77701\",\"virtualAccountNo\":\"   77701123\","
                + "\"inquiryRequestId\":\"1\"}";
        expectSnap(alpha.inquiry(body, token), 400, "4002402", "Invalid Mandatory Field customerNo");
    }

    @Test
    void rejectsOverlongCustomerNo() {
        expectSnap(alpha.inquiry(alpha.inquiryBody("1".repeat(21)), token), 400, "4002401",
                "Invalid Field Format customerNo");
    }

    @Test
    void rejectsCustomerNoWithLetters() {
        expectSnap(alpha.inquiry(alpha.inquiryBody("12345ABC"), token), 400, "4002401",
                "Invalid Field Format customerNo");
    }

    @Test
    void rejectsBodyOverTheSizeCap() {
        String body = alpha.inquiryBody(CUSTOMER).replace("}", ",\"additionalInfo\":{\"pad\":\""
                + "x".repeat(20_000) + "\"}}");
        expectSnap(alpha.inquiry(body, token), 400, "4002400");
    }

    @Test
    void refusedRequestsLeaveNoRecordAndNeverReachTheCore() {
        String records = "select count(*) from idempotency_record where partner_id = '" + TestBank.ALPHA.id() + "'";
        long before = id.jamsostek.gateway.support.TestDatabase.count(records);
        String body = alpha.inquiryBody(CUSTOMER);
        alpha.inquiry(body, token, t -> t.signature = "AAAA").expectStatus().isUnauthorized();
        alpha.inquiry(body, "garbage").expectStatus().isUnauthorized();
        alpha.inquiry(body, token, t -> t.headers.put("X-PARTNER-ID", "77702")).expectStatus().isUnauthorized();
        alpha.inquiry(alpha.inquiryBody("1".repeat(21)), token).expectStatus().isBadRequest();
        alpha.inquiry("{", token).expectStatus().isBadRequest();
        assertThat(id.jamsostek.gateway.support.TestDatabase.count(records)).isEqualTo(before);
        core.verify(0, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
    }

    // --- the core misbehaves: never a wrong verdict, and the external id is given back

    @Test
    void answersTimeoutWhenTheCoreIsSlowerThanTheDeadline() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID")).withFixedDelay(2_000)));
        expectSnapAndReleasedKey(504, "5042400");
    }

    @Test
    void answersGeneralErrorWhenTheCoreResetsTheConnection() {
        core.stubFor(openBill().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        expectSnapAndReleasedKey(500, "5002400");
    }

    @Test
    void answersGeneralErrorOnAMalformedChunk() {
        core.stubFor(openBill().willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        expectSnapAndReleasedKey(500, "5002400");
    }

    @Test
    void answersGeneralErrorWhenTheCoreAnswers503() {
        core.stubFor(openBill().willReturn(aResponse().withStatus(503)));
        expectSnapAndReleasedKey(500, "5002400");
    }

    @Test
    void answersGeneralErrorWhenTheCoreAnswersGarbage() {
        core.stubFor(openBill().willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"billId\": 12, \"totally\": [")));
        expectSnapAndReleasedKey(500, "5002400");
    }

    @Test
    void answersGeneralErrorWhenTheCoreAnswersABillThatBreaksTheContract() {
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID").replace("\"IDR\"", "\"USD\""))));
        expectSnapAndReleasedKey(500, "5002400");
    }

    private void expectSnapAndReleasedKey(int status, String code) {
        String externalId = BankClient.newExternalId();
        expectSnap(alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", externalId)),
                status, code);
        core.resetAll();
        core.stubFor(openBill().willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        alpha.inquiry(alpha.inquiryBody(CUSTOMER), token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isOk();
    }

    private String sign(BankClient.Transaction t) {
        return id.jamsostek.snap.SnapSignatures.signTransaction(TestBank.ALPHA.secret().getBytes(), "POST", t.path,
                t.token, t.body.getBytes(), t.timestamp);
    }

    private static void expectSnap(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
            int status, String code) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().exists("X-TIMESTAMP")
                .expectBody().jsonPath("$.responseCode").isEqualTo(code);
    }

    private static void expectSnap(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response,
            int status, String code, String message) {
        response.expectStatus().isEqualTo(status)
                .expectBody()
                .jsonPath("$.responseCode").isEqualTo(code)
                .jsonPath("$.responseMessage").isEqualTo(message);
    }

}
