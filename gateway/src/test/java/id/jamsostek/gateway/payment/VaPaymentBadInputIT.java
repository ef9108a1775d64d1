package id.jamsostek.gateway.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every invalid payment example of the contract gets the SNAP code that names its fault, and changes nothing: no
 * payment, no outbox row, no claimed X-EXTERNAL-ID, no call to the core.
 */
class VaPaymentBadInputIT extends GatewayIntegrationTest {

    private BankClient alpha;
    private String token;

    @BeforeEach
    void signIn() {
        core.resetAll();
        alpha = bank(TestBank.ALPHA);
        token = alpha.token();
    }

    static List<Arguments> invalidPayments() {
        JsonNode manifest = read("contracts/bank/examples/manifest.json");
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode example : manifest.get("examples")) {
            if ("PaymentRequest".equals(example.get("type").asString())
                    && "invalid".equals(example.get("label").asString())) {
                JsonNode expected = example.get("expected");
                String code = switch (expected.get("kind").asString()) {
                    case "MALFORMED" -> "4002500";
                    case "MISSING" -> "4002502";
                    default -> "4002501";
                };
                cases.add(Arguments.of(example.get("file").asString(), code,
                        expected.has("field") ? expected.get("field").asString() : null));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidPayments")
    void refusesWithItsSnapCodeAndChangesNothing(String file, String code, String field) {
        String body = text("contracts/bank/examples/" + file);
        String externalId = BankClient.newExternalId();
        long payments = TestDatabase.count("select count(*) from bank_payment");
        long outbox = TestDatabase.count("select count(*) from outbox");

        byte[] answer = alpha.payment(body, token, t -> t.headers.put("X-EXTERNAL-ID", externalId))
                .expectStatus().isBadRequest()
                .expectHeader().exists("X-TIMESTAMP")
                .expectBody().returnResult().getResponseBodyContent();

        JsonNode json = BankClient.json(answer);
        assertThat(json.get("responseCode").asString()).isEqualTo(code);
        if (field != null) {
            assertThat(json.get("responseMessage").asString()).endsWith(" " + field);
        }
        assertThat(TestDatabase.count("select count(*) from bank_payment")).isEqualTo(payments);
        assertThat(TestDatabase.count("select count(*) from outbox")).isEqualTo(outbox);
        assertThat(TestDatabase.count("select count(*) from idempotency_record where idem_key = '" + externalId + "'"))
                .isZero();
        core.verify(0, anyRequestedFor(anyUrl()));
    }

    private static JsonNode read(String location) {
        return JsonMapper.builder().build().readTree(text(location));
    }

    private static String text(String location) {
        try (InputStream in = VaPaymentBadInputIT.class.getClassLoader().getResourceAsStream(location)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
