package id.jamsostek.gateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.TestOperators;
import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A corpus of hostile requests against every kind of route: malformed and truncated JSON, huge and deeply nested
 * bodies, wrong content types, Unicode tricks, injected header values, path traversal, forged signatures, stale
 * timestamps, other partners' identifiers and tokens. Each gets a specific 4xx, none a 5xx, and no business state
 * changes.
 */
class HostileInputIT extends GatewayIntegrationTest {

    private static final String UNIT = "/employer/v1/employers/19012345/divisions/000";
    private static final List<String> BUSINESS_TABLES = List.of("bank_payment", "outbox", "batch", "batch_row",
            "payment_exception", "reconciliation_run", "bill_snapshot");

    private record Attack(String name, Function<HostileInputIT, WebTestClient.ResponseSpec> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void quietCore() {
        core.resetAll();
    }

    static Stream<Arguments> corpus() {
        List<Attack> attacks = new ArrayList<>();
        // --- the bank channel, signed correctly unless the attack is the signature ---------------------------------
        String payment = "{\"partnerServiceId\":\"   77701\",\"customerNo\":\"12345678901\",\"virtualAccountNo\":"
                + "\"   7770112345678901\",\"paymentRequestId\":\"1\",\"paidAmount\":{\"value\":\"739200.00\","
                + "\"currency\":\"IDR\"}}";
        for (String[] body : new String[][] {
                {"truncated JSON", payment.substring(0, 40)},
                {"not JSON at all", "<payment amount='1'/>"},
                {"a JSON array", "[" + payment + "]"},
                {"trailing data after the object", payment + "{}"},
                {"duplicated key", payment.replace("{\"partnerServiceId\"", "{\"customerNo\":\"1\",\"partnerServiceId\"")},
                {"deeply nested", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)},
                {"a number where a string belongs", payment.replace("\"12345678901\"", "12345678901")},
                {"full-width digits", payment.replace("\"12345678901\"", "\"１２３４５６７８９０１\"")},
                {"right-to-left override", payment.replace("\"paymentRequestId\":\"1\"",
                        "\"paymentRequestId\":\"1\\u202e2\"")},
                {"NUL in a field", payment.replace("\"paymentRequestId\":\"1\"", "\"paymentRequestId\":\"1\\u0000\"")},
                {"a lone surrogate", payment.replace("\"paymentRequestId\":\"1\"", "\"paymentRequestId\":\"\\ud800\"")},
                {"an amount in scientific notation", payment.replace("739200.00", "7.392E5")},
                {"a negative amount", payment.replace("739200.00", "-739200.00")},
                {"another bank's virtual account", payment.replace("   77701", "   77702")}}) {
            attacks.add(new Attack("payment: " + body[0], test -> test.alpha().payment(body[1], test.token, t -> {})));
        }
        attacks.add(new Attack("payment: a body far over the route's limit",
                test -> test.alpha().payment("{\"x\":\"" + "9".repeat(200_000) + "\"}", test.token, t -> {})));
        attacks.add(new Attack("payment: a forged signature", test -> test.alpha().payment(payment, test.token,
                t -> t.signature = "AAAA" + t.timestamp)));
        attacks.add(new Attack("payment: a timestamp an hour old", test -> test.alpha().payment(payment, test.token,
                t -> t.timestamp = OffsetDateTime.now().minusHours(1)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")))));
        attacks.add(new Attack("payment: a token that is not ours", test -> test.alpha().payment(payment,
                test.token.substring(0, test.token.length() - 3) + "xyz", t -> {})));
        attacks.add(new Attack("payment: another bank's partner id", test -> test.alpha().payment(payment, test.token,
                t -> t.headers.put("X-PARTNER-ID", TestBank.BETA.companyCode()))));
        attacks.add(new Attack("payment: SQL in the external id", test -> test.alpha().payment(payment, test.token,
                t -> t.headers.put("X-EXTERNAL-ID", "1' OR '1'='1"))));
        attacks.add(new Attack("payment: an external id of 200 digits", test -> test.alpha().payment(payment,
                test.token, t -> t.headers.put("X-EXTERNAL-ID", "9".repeat(200)))));
        attacks.add(new Attack("payment: path traversal to the token service", test -> test.web.post()
                .uri("/v1.0/transfer-va/payment/../../access-token/b2b").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"grantType\":\"client_credentials\"}").exchange()));
        attacks.add(new Attack("payment: text/plain", test -> test.web.post().uri("/v1.0/transfer-va/payment")
                .contentType(MediaType.TEXT_PLAIN).header("Authorization", "Bearer " + test.token)
                .bodyValue(payment).exchange()));
        attacks.add(new Attack("token: no signature at all", test -> test.web.post().uri("/v1.0/access-token/b2b")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"grantType\":\"client_credentials\"}")
                .exchange()));
        // --- partner REST APIs -------------------------------------------------------------------------------------
        String enrollment = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json");
        attacks.add(new Attack("village: truncated JSON", test -> test.village().post("/village/v1/enrollments",
                enrollment.substring(0, enrollment.length() / 2), key())));
        attacks.add(new Attack("village: a body over 1 MiB", test -> test.village().post("/village/v1/enrollments",
                "{\"nik\":\"" + "3".repeat(1_100_000) + "\"}", key())));
        attacks.add(new Attack("village: an Idempotency-Key with control characters", test -> test.village()
                .post("/village/v1/enrollments", enrollment, "abc\tdef")));
        attacks.add(new Attack("village: an Idempotency-Key of 500 characters", test -> test.village()
                .post("/village/v1/enrollments", enrollment, "k".repeat(500))));
        attacks.add(new Attack("village: form-encoded", test -> test.web.post().uri("/village/v1/enrollments")
                .header("Authorization", "Bearer " + test.village().token()).header("Idempotency-Key", key())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("nik=1").exchange()));
        attacks.add(new Attack("village: an employer platform's token", test -> test.payroll().post(
                "/village/v1/enrollments", enrollment, key())));
        attacks.add(new Attack("village: a bank's SNAP token", test -> test.web.post().uri("/village/v1/enrollments")
                .header("Authorization", "Bearer " + test.token).header("Idempotency-Key", key())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(enrollment).exchange()));
        attacks.add(new Attack("village: an unsigned JWT (alg none)", test -> test.web.post()
                .uri("/village/v1/enrollments").header("Idempotency-Key", key())
                .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJpdC12aWxsYWdlLXNhZ2EifQ.")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(enrollment).exchange()));
        String employee = EmployerPlatformClient.example(
                "EmployeeRegistrationRequest/valid/indonesian-wage-8000000-all-programs.json");
        attacks.add(new Attack("employer: dot segments to another employer", test -> test.payroll().post(
                UNIT + "/../../../19012347/divisions/000/employees", employee, key())));
        attacks.add(new Attack("employer: encoded dot segments", test -> test.payroll().post(
                "/employer/v1/employers/%2e%2e/divisions/000/employees", employee, key())));
        attacks.add(new Attack("employer: an NPP with a NUL", test -> test.payroll().post(
                "/employer/v1/employers/19012345%00/divisions/000/employees", employee, key())));
        attacks.add(new Attack("employer: another platform's employer", test -> test.payroll().post(
                "/employer/v1/employers/19012347/divisions/000/employees", employee, key())));
        attacks.add(new Attack("employer: a wage report with a period of letters", test -> test.payroll().put(
                UNIT + "/wage-reports/20x6-10", "{\"version\":1,\"wages\":[],\"leavers\":[]}")));
        attacks.add(new Attack("employer: a wage report of 100 MB announced", test -> test.web.put()
                .uri(UNIT + "/wage-reports/2026-10").header("Authorization", "Bearer " + test.payroll().token())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("[" + "0,".repeat(1_500_000) + "0]").exchange()));
        // --- token endpoint and admin -------------------------------------------------------------------------------
        attacks.add(new Attack("oauth: grant_type twice", test -> test.web.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials&grant_type=password&client_id=sid-saga&client_secret=x")
                .exchange()));
        attacks.add(new Attack("oauth: JSON instead of a form", test -> test.web.post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"grant_type\":\"client_credentials\"}")
                .exchange()));
        attacks.add(new Attack("admin: a partner's token", test -> test.internal().get().uri("/admin/v1/outbox")
                .header("Authorization", "Bearer " + test.village().token()).exchange()));
        attacks.add(new Attack("admin: an operator's token on the partners' port", test -> test.web.get()
                .uri("/admin/v1/outbox").header("Authorization", "Bearer " + TestOperators.token("ops1", Role.VIEWER))
                .exchange()));
        attacks.add(new Attack("internal handler reached directly", test -> test.web.post()
                .uri("/internal/village/enrollments").contentType(MediaType.APPLICATION_JSON).bodyValue(enrollment)
                .exchange()));
        return attacks.stream().map(Arguments::of);
    }

    private String token;

    private BankClient alpha() {
        if (token == null) {
            token = bank(TestBank.ALPHA).token();
        }
        return bank(TestBank.ALPHA);
    }

    private VillageClient village() {
        return new VillageClient(web, TestVillage.SAGA);
    }

    private EmployerPlatformClient payroll() {
        return new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private List<Long> businessState() {
        return BUSINESS_TABLES.stream().map(table -> TestDatabase.count("select count(*) from " + table)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void getsASpecific4xxAndChangesNothing(Attack attack) {
        alpha();
        List<Long> before = businessState();
        WebTestClient.ResponseSpec answer = attack.send().apply(this);
        answer.expectStatus().value(status -> assertThat(status).as(attack.name()).isBetween(400, 499));
        answer.expectBody().consumeWith(result -> assertThat(new String(result.getResponseBodyContent() == null
                ? new byte[0] : result.getResponseBodyContent())).as(attack.name() + ": names what is wrong")
                .containsAnyOf("responseCode", "\"type\"", "\"error\""));
        assertThat(businessState()).as(attack.name()).isEqualTo(before);
    }
}
