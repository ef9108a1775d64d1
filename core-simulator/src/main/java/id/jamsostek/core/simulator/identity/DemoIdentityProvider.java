package id.jamsostek.core.simulator.identity;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small OpenID Connect provider for the local run and the tests, so that operators sign in without an outside
 * service: discovery, JWKS, the authorization code flow (a sign-in form, PKCE) and, for curl against the admin API,
 * the password grant. Its users are the {@link DemoOperator}s; its key pair is made at each start. Demo only: the
 * agency's own provider takes its place in production (docs/operations/operators.md).
 *
 * <p>Why not Spring Authorization Server: it runs on the servlet stack only, and Spring MVC on the gateway's class
 * path stops Spring Cloud Gateway (WebFlux) from starting.
 */
public final class DemoIdentityProvider implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityProvider.class);
    private static final String KEY_ID = "demo-1";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A client the provider knows: the gateway's console. */
    public record Client(String id, String secret, String audience) {}

    private record PendingCode(DemoOperator operator, String clientId, String redirectUri, String nonce,
            String challenge, String challengeMethod, Instant expires) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();
    private final KeyPair keys = rsaKeys();
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final Client client;
    private final List<DemoOperator> operators;
    private final DisposableServer server;
    private final String issuer;
    private final String browserUrl;

    private DemoIdentityProvider(String host, int port, String issuer, String browserUrl, Client client,
            List<DemoOperator> operators) {
        this.client = client;
        this.operators = operators;
        this.server = HttpServer.create().host(host).port(port).route(routes -> routes
                .get("/.well-known/openid-configuration", (request, response) -> json(response, discovery()))
                .get("/jwks", (request, response) -> json(response, jwks()))
                .get("/authorize", (request, response) -> authorizeForm(response,
                        flatten(new QueryStringDecoder(request.uri()).parameters())))
                .post("/authorize", (request, response) -> form(request)
                        .flatMap(form -> signIn(response, form)))
                .post("/token", (request, response) -> form(request)
                        .flatMap(form -> token(request, response, form))))
                .bindNow();
        this.issuer = issuer != null ? issuer : "http://" + host + ":" + server.port();
        this.browserUrl = browserUrl != null ? browserUrl : this.issuer;
        log.info("demo identity provider on {} (operators: {})", this.issuer,
                operators.stream().map(DemoOperator::username).toList());
    }

    /** Starts on that host and port (0: any free one). */
    public static DemoIdentityProvider start(String host, int port, Client client, List<DemoOperator> operators) {
        return new DemoIdentityProvider(host, port, null, null, client, operators);
    }

    /**
     * Starts in a container: listening on {@code host} (0.0.0.0), known to the gateway by {@code issuer} (the
     * service's name), and to the operators' browsers by {@code browserUrl} (a published port), where its sign-in form
     * is.
     */
    public static DemoIdentityProvider start(String host, int port, String issuer, String browserUrl, Client client,
            List<DemoOperator> operators) {
        return new DemoIdentityProvider(host, port, issuer, browserUrl, client, operators);
    }

    /** The issuer ({@code iss}) of its tokens, which is also where its discovery document is found. */
    public String issuer() {
        return issuer;
    }

    public int port() {
        return server.port();
    }

    /** An access token as the password grant would issue it, for a test or a script. */
    public String accessToken(String subject, List<String> roles) {
        return sign(accessClaims(subject, roles));
    }

    /** An access token signed by this provider with whatever claims a test needs (an expired one, another audience). */
    public String signed(Map<String, Object> claims) {
        return sign(claims);
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    private Map<String, Object> discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        // the only endpoint a browser visits; the gateway reaches the others by the issuer
        document.put("authorization_endpoint", browserUrl + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code", "password"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        document.put("code_challenge_methods_supported", List.of("S256", "plain"));
        document.put("scopes_supported", List.of("openid", "profile"));
        document.put("claims_supported", List.of("sub", "name", "preferred_username", "roles"));
        return document;
    }

    private Map<String, Object> jwks() {
        var key = (java.security.interfaces.RSAPublicKey) keys.getPublic();
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("kid", KEY_ID);
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("n", BASE64URL.encodeToString(unsigned(key.getModulus().toByteArray())));
        jwk.put("e", BASE64URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        return Map.of("keys", List.of(jwk));
    }

    private Mono<Void> authorizeForm(HttpServerResponse response, Map<String, String> parameters) {
        if (!client.id().equals(parameters.get("client_id")) || !"code".equals(parameters.get("response_type"))
                || !allowedRedirect(parameters.get("redirect_uri"))) {
            return text(response, HttpResponseStatus.BAD_REQUEST, "unknown client, response type or redirect_uri");
        }
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "response_type", "redirect_uri", "scope", "state", "nonce",
                "code_challenge", "code_challenge_method")) {
            String value = parameters.get(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">\n");
            }
        }
        String page = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Demo sign-in</title></head>
                <body style="font-family:sans-serif;max-width:28em;margin:4em auto">
                <h1>Demo identity provider</h1>
                <p>Demo only: demo-viewer / viewer-demo, demo-operator / operator-demo, demo-security / security-demo</p>
                <form method="post" action="/authorize">
                %s<p><label for="username">User name</label><br><input id="username" name="username" autofocus></p>
                <p><label for="password">Password</label><br><input id="password" name="password" type="password"></p>
                <p><button type="submit">Sign in</button></p>
                </form></body></html>
                """.formatted(hidden);
        return response.status(HttpResponseStatus.OK)
                .header("Content-Type", "text/html; charset=utf-8").header("Cache-Control", "no-store")
                .sendString(Mono.just(page)).then();
    }

    private Mono<Void> signIn(HttpServerResponse response, Map<String, String> form) {
        if (!client.id().equals(form.get("client_id")) || !allowedRedirect(form.get("redirect_uri"))) {
            return text(response, HttpResponseStatus.BAD_REQUEST, "unknown client or redirect_uri");
        }
        Optional<DemoOperator> operator = operator(form.get("username"), form.get("password"));
        if (operator.isEmpty()) {
            // back to the client with access_denied (RFC 6749 4.1.2.1), so that the client counts, audits and
            // throttles failed sign-ins and says why itself; the user name goes nowhere
            return redirect(response, form, "error=access_denied");
        }
        String code = randomString();
        codes.put(code, new PendingCode(operator.get(), form.get("client_id"), form.get("redirect_uri"),
                form.get("nonce"), form.get("code_challenge"), form.getOrDefault("code_challenge_method", "plain"),
                Instant.now().plus(CODE_LIFETIME)));
        return redirect(response, form, "code=" + code);
    }

    /** Back to the client's redirect URI with the answer and the client's state. */
    private static Mono<Void> redirect(HttpServerResponse response, Map<String, String> form, String answer) {
        String state = form.get("state");
        String location = form.get("redirect_uri") + (form.get("redirect_uri").contains("?") ? "&" : "?") + answer
                + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        return response.status(HttpResponseStatus.FOUND).header("Location", location).send();
    }

    private Mono<Void> token(HttpServerRequest request, HttpServerResponse response, Map<String, String> form) {
        if (!clientAuthenticated(request.requestHeaders().get("Authorization"), form)) {
            return oauthError(response, HttpResponseStatus.UNAUTHORIZED, "invalid_client");
        }
        String grant = form.getOrDefault("grant_type", "");
        if (grant.equals("password")) {
            return operator(form.get("username"), form.get("password"))
                    .map(operator -> json(response, tokens(operator, null)))
                    .orElseGet(() -> oauthError(response, HttpResponseStatus.BAD_REQUEST, "invalid_grant"));
        }
        if (!grant.equals("authorization_code")) {
            return oauthError(response, HttpResponseStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        PendingCode pending = codes.remove(form.getOrDefault("code", ""));
        if (pending == null || pending.expires().isBefore(Instant.now())
                || !pending.redirectUri().equals(form.get("redirect_uri"))
                || !proofMatches(pending, form.get("code_verifier"))) {
            return oauthError(response, HttpResponseStatus.BAD_REQUEST, "invalid_grant");
        }
        return json(response, tokens(pending.operator(), pending.nonce()));
    }

    private Map<String, Object> tokens(DemoOperator operator, String nonce) {
        Map<String, Object> id = new LinkedHashMap<>(accessClaims(operator.username(), operator.roles()));
        id.put("aud", client.id());
        id.put("name", operator.name());
        id.put("preferred_username", operator.username());
        id.put("auth_time", Instant.now().getEpochSecond());
        if (nonce != null) {
            id.put("nonce", nonce);
        }
        id.remove("scope");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken(operator.username(), operator.roles()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
        answer.put("scope", "openid profile");
        answer.put("id_token", sign(id));
        return answer;
    }

    private Map<String, Object> accessClaims(String subject, List<String> roles) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", client.audience());
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(TOKEN_LIFETIME).getEpochSecond());
        claims.put("jti", randomString());
        claims.put("scope", "openid profile");
        claims.put("roles", roles);
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        String header = BASE64URL.encodeToString(json.writeValueAsBytes(
                Map.of("alg", "RS256", "kid", KEY_ID, "typ", "JWT")));
        String payload = BASE64URL.encodeToString(json.writeValueAsBytes(claims));
        try {
            java.security.Signature signature = java.security.Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + BASE64URL.encodeToString(signature.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean proofMatches(PendingCode pending, String verifier) {
        if (pending.challenge() == null) {
            return true;
        }
        if (verifier == null) {
            return false;
        }
        String expected = "S256".equals(pending.challengeMethod()) ? BASE64URL.encodeToString(sha256(verifier))
                : verifier;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                pending.challenge().getBytes(StandardCharsets.US_ASCII));
    }

    private boolean clientAuthenticated(String authorization, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return false;
            }
            id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        }
        return client.id().equals(id) && secret != null && MessageDigest.isEqual(
                client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<DemoOperator> operator(String username, String password) {
        return operators.stream().filter(operator -> operator.username().equals(username)
                && password != null && MessageDigest.isEqual(operator.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))).findFirst();
    }

    /** Demo only: the browser comes back to a gateway on this machine. */
    private static boolean allowedRedirect(String uri) {
        return uri != null && (uri.startsWith("http://127.0.0.1:") || uri.startsWith("http://localhost:")
                || uri.startsWith("https://127.0.0.1:") || uri.startsWith("https://localhost:"));
    }

    private static Mono<Map<String, String>> form(HttpServerRequest request) {
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .map(body -> flatten(new QueryStringDecoder(body, StandardCharsets.UTF_8, false).parameters()));
    }

    private static Map<String, String> flatten(Map<String, List<String>> parameters) {
        Map<String, String> flat = new LinkedHashMap<>();
        parameters.forEach((name, values) -> flat.put(name, values.getFirst()));
        return flat;
    }

    private Mono<Void> json(HttpServerResponse response, Object body) {
        return response.header("Content-Type", "application/json").header("Cache-Control", "no-store")
                .sendByteArray(Mono.just(json.writeValueAsBytes(body))).then();
    }

    private Mono<Void> oauthError(HttpServerResponse response, HttpResponseStatus status, String error) {
        return json(response.status(status), Map.of("error", error));
    }

    private static Mono<Void> text(HttpServerResponse response, HttpResponseStatus status, String text) {
        return response.status(status).header("Content-Type", "text/plain; charset=utf-8")
                .sendString(Mono.just(text + "\n")).then();
    }

    private String randomString() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
