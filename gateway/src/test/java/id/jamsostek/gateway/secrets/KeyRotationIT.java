package id.jamsostek.gateway.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.PartnerApiClient;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every key rotated as docs/operations/partners-and-keys.md says, over instances sharing one database: the new key first
 * added behind the old one (instance A), then made current (B), the stored secrets re-sealed, the old key dropped
 * (C). Secrets and tokens keep working through each step; what only the dropped key made stops working.
 */
class KeyRotationIT {

    private static final WireMockServer core = FakeCore.server();
    /** A database of its own: the secrets in it end up under keys the other tests do not have. */
    private static final String DATABASE = TestDatabase.NAME + "_keys";

    private static final String KEK_OLD = "kold:" + random(32);
    private static final String KEK_NEW = "knew:" + random(32);
    private static final String TOKEN_OLD = "told:" + random(32);
    private static final String TOKEN_NEW = "tnew:" + random(32);
    private static final String SIGNING_OLD = "oold:" + rsa();
    private static final String SIGNING_NEW = "onew:" + rsa();

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    /** The internal listener (admin API) of each instance, by its partners' client. */
    private final Map<WebTestClient, WebTestClient> internal = new java.util.HashMap<>();

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private static String random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String rsa() {
        return Base64.getEncoder().encodeToString(PartnerAdminClient.rsaKeys().getPrivate().getEncoded());
    }

    private WebTestClient instance(String kek, String tokenKeys, String signingKeys) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .run(GatewayTestProperties.asArguments(core.baseUrl(), Map.of(
                        "spring.r2dbc.url", TestDatabase.r2dbcUrl(DATABASE),
                        "spring.flyway.url", TestDatabase.jdbcUrl(DATABASE),
                        "gateway.secrets.kek", kek,
                        "gateway.secrets.token-keys", tokenKeys,
                        "gateway.secrets.oauth-signing-keys", signingKeys)));
        instances.add(context);
        WebTestClient partners = GatewayIntegrationTest.client("http://127.0.0.1:"
                + context.getEnvironment().getProperty("local.server.port"));
        internal.put(partners, GatewayIntegrationTest.client("http://127.0.0.1:"
                + context.getEnvironment().getProperty("local.internal.port")));
        return partners;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(DATABASE), TestDatabase.USER, "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int inquiry(WebTestClient instance, TestBank bank, String token) {
        String customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
        BankClient client = new BankClient(instance, bank);
        return client.inquiry(client.inquiryBody(customer), token).returnResult(byte[].class).getStatus().value();
    }

    /** A route that needs a valid village token and then finds nothing: 404 when the token is good, 401 if not. */
    private static int villageRead(WebTestClient instance, String token) {
        return instance.get().uri("/village/v1/enrollment-batches/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token).exchange().returnResult(byte[].class).getStatus().value();
    }

    private static TestBank registerBank(PartnerAdminClient admin) {
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("kr-bank-"), keys);
        return PartnerAdminClient.bank(body, keys, admin.registered("banks", body).get("clientSecret").asString());
    }

    private static JsonNode reseal(PartnerAdminClient admin) {
        return PartnerAdminClient.json(admin.admin().post().uri("/admin/v1/keys/kek/reseal").exchange()
                .expectStatus().isOk());
    }

    @Test
    void rotatesEveryKeyWithoutARefusedRequestAndDropsTheOldOneOnceNothingNeedsIt() {
        TestDatabase.fresh(DATABASE);

        // A: the new keys are known but not yet current
        WebTestClient a = instance(KEK_OLD + "," + KEK_NEW, TOKEN_OLD + "," + TOKEN_NEW,
                SIGNING_OLD + "," + SIGNING_NEW);
        PartnerAdminClient adminA = new PartnerAdminClient(internal.get(a));
        TestBank first = registerBank(adminA);
        TestBank rotated = new TestBank(first.id(), first.clientKey(), first.keys(),
                PartnerAdminClient.json(adminA.act(first.id(), "credentials/rotate", Map.of("overlap", "1h"))
                        .expectStatus().isOk()).get("clientSecret").asString(),
                first.companyCode(), first.channelId(), first.allowlist(), "", true, "REPLAY", "ACCEPT", null);
        String village = PartnerAdminClient.unique("kr-sid-");
        String villageSecret = adminA.registered("villages", PartnerAdminClient.villageBody(village))
                .get("clientSecret").asString();
        String tokenFromA = new BankClient(a, first).token();
        String villageTokenFromA = new PartnerApiClient(a, village, villageSecret).token();

        // B: the new keys current, the old ones still known
        WebTestClient b = instance(KEK_NEW + "," + KEK_OLD, TOKEN_NEW + "," + TOKEN_OLD,
                SIGNING_NEW + "," + SIGNING_OLD);
        PartnerAdminClient adminB = new PartnerAdminClient(internal.get(b));
        TestBank second = registerBank(adminB);
        String tokenFromB = new BankClient(b, second).token();
        String firstTokenFromB = new BankClient(b, first).token();
        String villageTokenFromB = new PartnerApiClient(b, village, villageSecret).token();

        assertThat(inquiry(a, second, tokenFromB)).as("A opens what B sealed and takes B's token").isEqualTo(200);
        assertThat(inquiry(b, first, tokenFromA)).as("B opens what A sealed and takes A's token").isEqualTo(200);
        assertThat(inquiry(b, rotated, tokenFromA)).isEqualTo(200);
        assertThat(villageRead(a, villageTokenFromB)).isEqualTo(404);
        assertThat(villageRead(b, villageTokenFromA)).isEqualTo(404);
        a.get().uri("/oauth2/jwks").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.keys[*].kid").value(kids -> assertThat(kids.toString()).contains("oold", "onew"))
                .jsonPath("$.keys[0].d").doesNotExist();
        JsonNode keys = PartnerAdminClient.json(adminB.admin().get().uri("/admin/v1/keys").exchange()
                .expectStatus().isOk());
        assertThat(keys.at("/kek/current").asString()).isEqualTo("knew");
        // the first bank's secret and the one before its rotation (OAuth client secrets are hashes, not sealed)
        assertThat(keys.at("/kek/stored/kold").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(keys.at("/tokenKeys/configured").toString()).isEqualTo("[\"tnew\",\"told\"]");
        assertThat(keys.toString()).doesNotContain(KEK_NEW.substring(5)).doesNotContain(TOKEN_NEW.substring(5));

        // a secret whose key is gone is reported and left alone
        String lost = registerBank(adminB).id();
        execute("update bank_partner set kek_id = 'gone' where partner_id = '" + lost + "'");

        JsonNode resealed = reseal(adminB);
        assertThat(resealed.get("current").asString()).isEqualTo("knew");
        assertThat(resealed.get("resealed").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(resealed.get("unopened").toString()).contains(lost + ": bank_partner.client_secret_ciphertext");
        assertThat(resealed.at("/stored/kold").isMissingNode()).isTrue();
        assertThat(resealed.at("/stored/gone").asLong()).isEqualTo(1);
        JsonNode again = reseal(adminB);
        assertThat(again.get("resealed").asInt()).as("idempotent").isZero();
        assertThat(count("select count(*) from partner_audit where action = 'RESEAL_KEK' and operator = '"
                + PartnerAdminClient.OPERATOR + "' and partner_id is null")).isEqualTo(2);

        // C: the old keys dropped
        WebTestClient c = instance(KEK_NEW, TOKEN_NEW, SIGNING_NEW);
        assertThat(inquiry(c, rotated, new BankClient(c, first).token())).isEqualTo(200);
        assertThat(inquiry(c, first, firstTokenFromB)).as("the previous secret was re-sealed too").isEqualTo(200);
        assertThat(inquiry(c, second, tokenFromB)).isEqualTo(200);
        assertThat(inquiry(c, rotated, tokenFromA)).as("a token only the dropped key signed").isEqualTo(401);
        assertThat(villageRead(c, new PartnerApiClient(c, village, villageSecret).token())).isEqualTo(404);
        assertThat(villageRead(c, villageTokenFromA)).isEqualTo(401);
    }
}
