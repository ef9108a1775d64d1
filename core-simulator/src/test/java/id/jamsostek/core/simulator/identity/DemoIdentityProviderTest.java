package id.jamsostek.core.simulator.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class DemoIdentityProviderTest {

    private static final DemoIdentityProvider PROVIDER = DemoIdentityProvider.start("127.0.0.1", 0,
            new DemoIdentityProvider.Client("console", "console-secret", "gateway"), DemoOperator.DEMO);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void publishesItsDiscoveryDocumentAndKeys() throws Exception {
        JsonNode discovery = JSON.readTree(get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(PROVIDER.issuer());
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(PROVIDER.issuer() + "/token");
        JsonNode key = JSON.readTree(get("/jwks").body()).get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();
    }

    @Test
    void saysWhereItListensWhenItStarts(CapturedOutput output) {
        try (DemoIdentityProvider started = DemoIdentityProvider.start("127.0.0.1", 0,
                new DemoIdentityProvider.Client("console", "s", "gateway"), DemoOperator.DEMO)) {
            assertThat(output.getAll()).contains("demo identity provider on http://127.0.0.1:" + started.port() + " ");
        }
    }

    @Test
    void inAContainerItIsKnownToTheGatewayByItsServiceAndToBrowsersByThePublishedPort() throws Exception {
        DemoIdentityProviderMain.Options options = DemoIdentityProviderMain.parse(new String[] {"--host", "127.0.0.1",
                "--port", "0", "--issuer", "http://identity-provider:8083", "--browser-url", "http://127.0.0.1:8083"});
        try (DemoIdentityProvider contained = DemoIdentityProvider.start(options.host(), options.port(),
                options.issuer(), options.browserUrl(), new DemoIdentityProvider.Client("console", "s", "gateway"),
                DemoOperator.DEMO)) {
            JsonNode discovery = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + contained.port() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(discovery.get("issuer").asString()).isEqualTo("http://identity-provider:8083");
            assertThat(discovery.get("token_endpoint").asString()).isEqualTo("http://identity-provider:8083/token");
            assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo("http://127.0.0.1:8083/authorize");
        }
    }

    @Test
    void issuesADemoOperatorsTokenWithItsRolesForTheRightPasswordOnly() throws Exception {
        HttpResponse<String> token = token("console:console-secret",
                "grant_type=password&username=demo-security&password=security-demo");
        assertThat(token.statusCode()).isEqualTo(200);
        String access = JSON.readTree(token.body()).get("access_token").asString();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(access.split("\\.")[1]));
        assertThat(claims.get("sub").asString()).isEqualTo("demo-security");
        assertThat(claims.get("iss").asString()).isEqualTo(PROVIDER.issuer());
        assertThat(claims.get("aud").asString()).isEqualTo("gateway");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("security-officer");

        assertThat(token("console:console-secret", "grant_type=password&username=demo-security&password=nope")
                .statusCode()).isEqualTo(400);
        assertThat(token("console:wrong", "grant_type=password&username=demo-security&password=security-demo")
                .statusCode()).isEqualTo(401);
        assertThat(token("console:console-secret", "grant_type=authorization_code&code=made-up&redirect_uri=x")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void showsItsSignInFormOnlyToItsClientComingBackToThisMachine() throws Exception {
        assertThat(get("/authorize?response_type=code&client_id=console&redirect_uri=http://127.0.0.1:1/cb&state=s")
                .body()).contains("name=\"username\"", "value=\"s\"");
        assertThat(get("/authorize?response_type=code&client_id=console&redirect_uri=https://evil.example/cb")
                .statusCode()).isEqualTo(400);
        assertThat(get("/authorize?response_type=code&client_id=other&redirect_uri=http://127.0.0.1:1/cb")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void sendsAWrongPasswordBackToTheClientAsAccessDeniedWithItsStateAndNoUserName() throws Exception {
        HttpResponse<String> refused = form("/authorize", "client_id=console&response_type=code"
                + "&redirect_uri=http://127.0.0.1:1/cb&state=s1&username=demo-operator&password=wrong");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValue("http://127.0.0.1:1/cb?error=access_denied&state=s1");
        HttpResponse<String> signedIn = form("/authorize", "client_id=console&response_type=code"
                + "&redirect_uri=http://127.0.0.1:1/cb&state=s2&username=demo-operator&password=operator-demo");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow())
                .startsWith("http://127.0.0.1:1/cb?code=").endsWith("&state=s2");
    }

    private static HttpResponse<String> form(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> token(String client, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        client.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
