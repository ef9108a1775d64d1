package id.jamsostek.adapters.bankapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bank's SNAP server on WireMock that checks the gateway's requests as a bank does: the token request's
 * SHA256withRSA signature with the public key we registered at the bank, and every transaction's HMAC-SHA512 with
 * the client secret it gave us, over the method, the path as received, the token, the body as received and the
 * timestamp, plus X-PARTNER-ID, X-EXTERNAL-ID and CHANNEL-ID. A request that is not signed right gets the bank's
 * refusal (4017300, or 401xx00 "Unauthorized. Signature"), never the scripted answer, so a signing fault fails the
 * test that expects that answer.
 */
public final class FakeBank {

    /** Our client id at the bank (X-CLIENT-KEY). */
    public static final String CLIENT_KEY = "BPJSTK-SNAP-CLIENT";
    /** Our X-PARTNER-ID at the bank. */
    public static final String PARTNER_ID = "BPJSTK0000000001";
    public static final String CHANNEL_ID = "95221";
    /** The client secret the bank gave us. */
    public static final String SECRET = "client-secret-the-bank-gave-us";
    /** Stands for the gateway's own key pair; the bank holds its public half. */
    public static final KeyPair OUR_KEYS = rsaKeyPair();

    public static final String TOKEN_PATH = "/v1.0/access-token/b2b";
    public static final String STATUS_PATH = "/v1.0/transfer-va/status";
    public static final String REPORT_PATH = "/v1.0/transfer-va/report";
    private static final String TOKENS = "tokens";
    /** Scripted answers; a test may still put a stub of its own before them (priorities 1 to 4). */
    private static final int SCRIPTED = 5;

    private final Stubbing wiremock;
    private final String prefix;
    private final Set<String> knownTokens = ConcurrentHashMap.newKeySet();

    /** @param prefix what the bank puts before /v1.0 ("" or e.g. "/openapi") */
    public FakeBank(Stubbing wiremock, String prefix) {
        this.wiremock = wiremock;
        this.prefix = prefix;
        refusals();
    }

    /**
     * Answers correctly signed token requests with {@code tokens} in turn (the last one from then on), each valid
     * for {@code expiresIn} seconds; {@code delay} holds each answer back.
     */
    public void issuesTokens(String expiresIn, Duration delay, String... tokens) {
        knownTokens.addAll(List.of(tokens));
        for (int i = 0; i < tokens.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "issued-" + i;
            String next = i + 1 < tokens.length ? "issued-" + (i + 1) : state;
            wiremock.stubFor(post(urlEqualTo(prefix + TOKEN_PATH)).atPriority(SCRIPTED)
                    .inScenario(TOKENS).whenScenarioStateIs(state).willSetStateTo(next)
                    .andMatching(FakeBank::signedTokenRequest)
                    .willReturn(snap(200, """
                            {"responseCode":"2007300","responseMessage":"Successful","accessToken":"%s",
                             "tokenType":"Bearer","expiresIn":"%s","additionalInfo":{}}""".formatted(tokens[i], expiresIn))
                            .withFixedDelay((int) delay.toMillis())));
        }
    }

    public void issuesTokens(String expiresIn, String... tokens) {
        issuesTokens(expiresIn, Duration.ZERO, tokens);
    }

    /** Answers every token request, signed or not, with {@code answer}. */
    public void answersTokenRequests(ResponseDefinitionBuilder answer) {
        wiremock.stubFor(post(urlEqualTo(prefix + TOKEN_PATH)).atPriority(SCRIPTED).willReturn(answer));
    }

    /** The bank no longer knows this token (it restarted, or expired it early). */
    public void forgets(String token) {
        knownTokens.remove(token);
    }

    /** The answer to a correctly signed status request (POST) carrying a token the bank knows. */
    public void answersStatus(ResponseDefinitionBuilder answer) {
        wiremock.stubFor(signed(WireMock.post(urlEqualTo(prefix + STATUS_PATH))).willReturn(answer));
    }

    /** The answer to a correctly signed report request by {@code method} carrying a token the bank knows. */
    public void answersReport(RequestMethod method, ResponseDefinitionBuilder answer) {
        wiremock.stubFor(signed(WireMock.request(method.getName(), urlEqualTo(prefix + REPORT_PATH)))
                .willReturn(answer));
    }

    public List<LoggedRequest> tokenRequests() {
        return wiremock.findAll(anyRequestedFor(urlPathEqualTo(prefix + TOKEN_PATH)));
    }

    public List<LoggedRequest> statusRequests() {
        return wiremock.findAll(anyRequestedFor(urlPathEqualTo(prefix + STATUS_PATH)));
    }

    public List<LoggedRequest> reportRequests() {
        return wiremock.findAll(anyRequestedFor(urlPathEqualTo(prefix + REPORT_PATH)));
    }

    /** A SNAP answer: JSON with the response's X-TIMESTAMP. */
    public static ResponseDefinitionBuilder snap(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-TIMESTAMP", "2026-05-04T10:00:00+07:00").withBody(json);
    }

    /** The bank's answers to requests it does not accept, below every scripted answer. */
    private void refusals() {
        wiremock.stubFor(post(urlEqualTo(prefix + TOKEN_PATH)).atPriority(10)
                .willReturn(snap(401, """
                        {"responseCode":"4017300","responseMessage":"Unauthorized. Signature"}""")));
        for (String path : List.of(STATUS_PATH, REPORT_PATH)) {
            String service = path.equals(STATUS_PATH) ? "26" : "35";
            wiremock.stubFor(any(urlEqualTo(prefix + path)).atPriority(9).andMatching(this::signedWithAnyToken)
                    .willReturn(snap(401, """
                            {"responseCode":"401%s01","responseMessage":"Invalid Token (B2B)"}""".formatted(service))));
            wiremock.stubFor(any(urlEqualTo(prefix + path)).atPriority(10)
                    .willReturn(snap(401, """
                            {"responseCode":"401%s00","responseMessage":"Unauthorized. Signature"}""".formatted(service))));
        }
    }

    private MappingBuilder signed(MappingBuilder request) {
        return request.atPriority(SCRIPTED).andMatching(this::signedWithKnownToken);
    }

    private static MatchResult signedTokenRequest(Request request) {
        String timestamp = header(request, "X-TIMESTAMP");
        String contentType = header(request, "Content-Type");
        return MatchResult.of(CLIENT_KEY.equals(header(request, "X-CLIENT-KEY"))
                && isTimestamp(timestamp)
                && contentType != null && contentType.startsWith("application/json")
                && request.getBodyAsString().replace(" ", "").contains("\"grantType\":\"client_credentials\"")
                && SnapSignatures.verifyAccessToken(OUR_KEYS.getPublic(), CLIENT_KEY, timestamp,
                        header(request, "X-SIGNATURE")));
    }

    private MatchResult signedWithKnownToken(Request request) {
        return MatchResult.of(signedWithAnyToken(request).isExactMatch() && knownTokens.contains(token(request)));
    }

    private MatchResult signedWithAnyToken(Request request) {
        String token = token(request);
        String timestamp = header(request, "X-TIMESTAMP");
        String externalId = header(request, "X-EXTERNAL-ID");
        return MatchResult.of(token != null
                && isTimestamp(timestamp)
                && PARTNER_ID.equals(header(request, "X-PARTNER-ID"))
                && externalId != null && externalId.matches("[0-9]{1,36}")
                && CHANNEL_ID.equals(header(request, "CHANNEL-ID"))
                && SnapSignatures.verifyTransaction(SECRET.getBytes(StandardCharsets.UTF_8),
                        request.getMethod().getName(), request.getUrl(), token, request.getBody(), timestamp,
                        header(request, "X-SIGNATURE")));
    }

    private static String token(Request request) {
        String authorization = header(request, "Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    private static String header(Request request, String name) {
        return request.containsHeader(name) ? request.getHeader(name) : null;
    }

    private static boolean isTimestamp(String value) {
        try {
            SnapTimestamp.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
