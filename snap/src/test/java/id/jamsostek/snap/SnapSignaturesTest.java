package id.jamsostek.snap;

import static id.jamsostek.snap.SnapVectors.text;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SnapSignaturesTest {

    private static final PublicKey PUBLIC_KEY = SnapVectors.demoPublicKey();
    private static final PrivateKey PRIVATE_KEY = SnapVectors.demoPrivateKey();
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Nested
    class PublishedVectors {

        @Test
        void vectorAReproducesPublishedAccessTokenSignature() {
            JsonNode a = SnapVectors.vector("A ");

            assertThat(SnapSignatures.accessTokenStringToSign(text(a, "clientKey"), text(a, "timestamp")))
                    .isEqualTo(text(a, "stringToSign"));
            assertThat(SnapSignatures.signAccessToken(PRIVATE_KEY, text(a, "clientKey"), text(a, "timestamp")))
                    .isEqualTo(text(a, "signature"));
            assertThat(SnapSignatures.verifyAccessToken(
                    PUBLIC_KEY, text(a, "clientKey"), text(a, "timestamp"), text(a, "signature"))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"B ", "C "})
        void transactionVectorsReproducePublishedDigestStringToSignAndSignature(String name) {
            JsonNode v = SnapVectors.vector(name);
            byte[] secret = text(v, "clientSecret").getBytes(UTF_8);
            byte[] body = text(v, "body").getBytes(UTF_8);

            assertThat(SnapSignatures.bodyDigestHex(body)).isEqualTo(text(v, "bodySha256Hex"));
            assertThat(SnapSignatures.transactionStringToSign(text(v, "method"), text(v, "path"),
                    text(v, "accessToken"), body, text(v, "timestamp"))).isEqualTo(text(v, "stringToSign"));
            assertThat(SnapSignatures.signTransaction(secret, text(v, "method"), text(v, "path"),
                    text(v, "accessToken"), body, text(v, "timestamp"))).isEqualTo(text(v, "signature"));
            assertThat(SnapSignatures.verifyTransaction(secret, text(v, "method"), text(v, "path"),
                    text(v, "accessToken"), body, text(v, "timestamp"), text(v, "signature"))).isTrue();
        }

        @Test
        void vectorCAccessTokenSignatureForSameTimestamp() {
            JsonNode c = SnapVectors.vector("C ");
            JsonNode token = c.required("accessTokenSignatureForSameTimestamp");
            String timestamp = text(c, "timestamp");

            assertThat(SnapSignatures.accessTokenStringToSign(text(token, "clientKey"), timestamp))
                    .isEqualTo(text(token, "stringToSign"));
            assertThat(SnapSignatures.signAccessToken(PRIVATE_KEY, text(token, "clientKey"), timestamp))
                    .isEqualTo(text(token, "signature"));
            assertThat(SnapSignatures.verifyAccessToken(
                    PUBLIC_KEY, text(token, "clientKey"), timestamp, text(token, "signature"))).isTrue();
        }
    }

    @Nested
    class AccessToken {

        private final JsonNode a = SnapVectors.vector("A ");
        private final String clientKey = text(a, "clientKey");
        private final String timestamp = text(a, "timestamp");
        private final String signature = text(a, "signature");

        @Test
        void rejectsSignatureOfAnotherClientKey() {
            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, "OTHER-SNAP", timestamp, signature)).isFalse();
        }

        @Test
        void rejectsSignatureOfAnotherTimestamp() {
            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, clientKey, "2024-03-01T08:27:50.024Z", signature))
                    .isFalse();
        }

        @Test
        void rejectsSignatureMadeWithAnotherKey() throws GeneralSecurityException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String foreign = SnapSignatures.signAccessToken(generator.generateKeyPair().getPrivate(), clientKey, timestamp);

            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, clientKey, timestamp, foreign)).isFalse();
        }

        @Test
        void rejectsSignatureWithOneBitFlipped() {
            byte[] raw = Base64.getDecoder().decode(signature);
            raw[raw.length / 2] ^= 1;

            assertThat(SnapSignatures.verifyAccessToken(
                    PUBLIC_KEY, clientKey, timestamp, Base64.getEncoder().encodeToString(raw))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"not base64!", "", "QUJD", "@@@@", "WzW49tYIgKIBmBi/gVBHGLAkhEaZ"})
        void returnsFalseWithoutThrowingForMalformedOrTruncatedSignature(String presented) {
            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, clientKey, timestamp, presented)).isFalse();
        }

        @Test
        void returnsFalseForMissingSignature() {
            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, clientKey, timestamp, null)).isFalse();
            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, null, timestamp, signature)).isFalse();
        }

        @Test
        void signThenVerifyRoundTrips() {
            String signed = SnapSignatures.signAccessToken(PRIVATE_KEY, "BANK-X", "2025-01-02T03:04:05+07:00");

            assertThat(SnapSignatures.verifyAccessToken(PUBLIC_KEY, "BANK-X", "2025-01-02T03:04:05+07:00", signed))
                    .isTrue();
        }
    }

    @Nested
    class Transaction {

        private final JsonNode c = SnapVectors.vector("C ");
        private final byte[] secret = text(c, "clientSecret").getBytes(UTF_8);
        private final String method = text(c, "method");
        private final String path = text(c, "path");
        private final String token = text(c, "accessToken");
        private final String body = text(c, "body");
        private final String timestamp = text(c, "timestamp");
        private final String signature = text(c, "signature");

        private boolean verifies(byte[] secret, String method, String path, String token, String body,
                String timestamp, String signature) {
            return SnapSignatures.verifyTransaction(secret, method, path, token, body.getBytes(UTF_8), timestamp, signature);
        }

        @Test
        void acceptsTheUntouchedRequest() {
            assertThat(verifies(secret, method, path, token, body, timestamp, signature)).isTrue();
        }

        @Test
        void rejectsAnotherRequestsSignature() {
            assertThat(verifies(secret, method, path, token, body, timestamp, text(SnapVectors.vector("B "), "signature")))
                    .isFalse();
        }

        @Test
        void rejectsWrongSecret() {
            assertThat(verifies("otherclientsecret".getBytes(UTF_8), method, path, token, body, timestamp, signature))
                    .isFalse();
        }

        @Test
        void rejectsTamperedBody() {
            String tampered = body.replace("12345678901234567890", "12345678901234567891");

            assertThat(verifies(secret, method, path, token, tampered, timestamp, signature)).isFalse();
        }

        @Test
        void rejectsDifferentPath() {
            assertThat(verifies(secret, method, "/openapi" + path, token, body, timestamp, signature)).isFalse();
            assertThat(verifies(secret, method, path + "?x=1", token, body, timestamp, signature)).isFalse();
        }

        @Test
        void rejectsDifferentTimestamp() {
            assertThat(verifies(secret, method, path, token, body, "2024-03-05T10:37:17+07:00", signature)).isFalse();
        }

        @Test
        void rejectsDifferentAccessTokenOrMethod() {
            assertThat(verifies(secret, method, path, "tok124", body, timestamp, signature)).isFalse();
            assertThat(verifies(secret, "PUT", path, token, body, timestamp, signature)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"not base64!", "", "====", "l4LiEhQbaSIoX5I5"})
        void returnsFalseForMalformedOrTruncatedSignature(String presented) {
            assertThat(verifies(secret, method, path, token, body, timestamp, presented)).isFalse();
        }

        @Test
        void returnsFalseForMissingSignature() {
            assertThat(verifies(secret, method, path, token, body, timestamp, null)).isFalse();
        }

        @Test
        void whitespaceOutsideStringsVerifiesAsMinified() {
            String pretty = body.replace("{", "{\n  ").replace(",", ",\r\n\t  ").replace(":", " : ")
                    .replace("}", "\n}\n");
            assertThat(pretty).isNotEqualTo(body);

            assertThat(SnapSignatures.bodyDigestHex(pretty.getBytes(UTF_8))).isEqualTo(text(c, "bodySha256Hex"));
            assertThat(verifies(secret, method, path, token, pretty, timestamp, signature)).isTrue();
        }

        @Test
        void emptyBodyHashesTheEmptyString() {
            assertThat(SnapSignatures.bodyDigestHex(new byte[0])).isEqualTo(EMPTY_SHA256);
            assertThat(SnapSignatures.bodyDigestHex(null)).isEqualTo(EMPTY_SHA256);
            assertThat(SnapSignatures.transactionStringToSign("GET", "/v1.0/transfer-va/report?date=2024-03-05",
                    token, new byte[0], timestamp))
                    .isEqualTo("GET:/v1.0/transfer-va/report?date=2024-03-05:tok123:" + EMPTY_SHA256 + ":" + timestamp);
        }

        @Test
        void emptyBodySignatureMatchesIndependentHmac() throws GeneralSecurityException {
            String stringToSign = "GET:/v1.0/transfer-va/report:" + token + ":" + EMPTY_SHA256 + ":" + timestamp;

            String signed = SnapSignatures.signTransaction(secret, "GET", "/v1.0/transfer-va/report", token, null, timestamp);

            assertThat(signed).isEqualTo(referenceHmac(secret, stringToSign));
            assertThat(verifies(secret, "GET", "/v1.0/transfer-va/report", token, "", timestamp, signed)).isTrue();
        }

        @Test
        void refusesEmptySecret() {
            assertThatThrownBy(() -> SnapSignatures.signTransaction(new byte[0], method, path, token, null, timestamp))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("secret");
        }
    }

    @Nested
    class InteropVariants {

        private final JsonNode c = SnapVectors.vector("C ");
        private final byte[] secret = text(c, "clientSecret").getBytes(UTF_8);
        private final String path = text(c, "path");
        private final String token = text(c, "accessToken");
        private final String timestamp = text(c, "timestamp");

        @Test
        void clientStrippingWhitespaceInsideStringsDoesNotVerifyOverBytesReceived() throws GeneralSecurityException {
            String received = text(c, "body");
            String overStripped = received.replace(" ", "");
            assertThat(overStripped).contains("\"partnerServiceId\":\"88899\"");
            String clientStringToSign =
                    "POST:" + path + ":" + token + ":" + sha256Hex(overStripped.getBytes(UTF_8)) + ":" + timestamp;
            String clientSignature = referenceHmac(secret, clientStringToSign);

            assertThat(SnapSignatures.verifyTransaction(
                    secret, "POST", path, token, received.getBytes(UTF_8), timestamp, clientSignature)).isFalse();
            assertThat(SnapSignatures.verifyTransaction(
                    secret, "POST", path, token, received.getBytes(UTF_8), timestamp, text(c, "signature"))).isTrue();
        }

        @Test
        void phpEscapesAreHashedAsReceived() throws GeneralSecurityException {
            String php = "{\"partnerServiceId\":\"   88899\",\"callbackUrl\":\"https:\\/\\/bank.example\\/cb\","
                    + "\"virtualAccountName\":\"Jos\\u00e9\"}";
            String reserialised = "{\"partnerServiceId\":\"   88899\",\"callbackUrl\":\"https://bank.example/cb\","
                    + "\"virtualAccountName\":\"José\"}";
            byte[] received = php.getBytes(UTF_8);

            assertThat(SnapSignatures.bodyDigestHex(received)).isEqualTo(sha256Hex(received));
            assertThat(SnapSignatures.bodyDigestHex(received))
                    .isNotEqualTo(SnapSignatures.bodyDigestHex(reserialised.getBytes(UTF_8)));

            String phpClientSignature = referenceHmac(secret,
                    "POST:" + path + ":" + token + ":" + sha256Hex(received) + ":" + timestamp);
            assertThat(SnapSignatures.verifyTransaction(secret, "POST", path, token, received, timestamp, phpClientSignature))
                    .isTrue();
            assertThat(SnapSignatures.verifyTransaction(
                    secret, "POST", path, token, reserialised.getBytes(UTF_8), timestamp, phpClientSignature)).isFalse();
        }

        @Test
        void nonAsciiUtf8IsHashedAsReceived() {
            byte[] received = "{\"virtualAccountName\":\"José Ñandú\"}".getBytes(UTF_8);

            assertThat(SnapSignatures.bodyDigestHex(received)).isEqualTo(sha256Hex(received));
        }
    }

    @Test
    void signsAndVerifiesCorrectlyFromManyThreadsAtOnce() throws Exception {
        JsonNode b = SnapVectors.vector("B ");
        JsonNode a = SnapVectors.vector("A ");
        byte[] secret = text(b, "clientSecret").getBytes(UTF_8);
        byte[] body = text(b, "body").getBytes(UTF_8);
        Callable<Boolean> work = () -> {
            for (int i = 0; i < 200; i++) {
                boolean ok = SnapSignatures.signTransaction(secret, text(b, "method"), text(b, "path"),
                                text(b, "accessToken"), body, text(b, "timestamp")).equals(text(b, "signature"))
                        && SnapSignatures.bodyDigestHex(body).equals(text(b, "bodySha256Hex"))
                        && (i % 20 != 0 || SnapSignatures.verifyAccessToken(
                                PUBLIC_KEY, text(a, "clientKey"), text(a, "timestamp"), text(a, "signature")));
                if (!ok) {
                    return false;
                }
            }
            return true;
        };
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tasks.add(work);
            }
            for (Future<Boolean> result : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String referenceHmac(byte[] secret, String stringToSign) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(secret, "HmacSHA512"));
        return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(UTF_8)));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
