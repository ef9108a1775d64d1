package id.jamsostek.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnapBankRequestTest {

    private static final String TIMESTAMP = "2026-12-07T08:00:00+07:00";
    private static final byte[] SECRET = "a-client-secret-of-32-bytes-0123".getBytes(StandardCharsets.UTF_8);

    private static KeyPair keys;
    private static SnapBankRequest.Bank bank;

    @BeforeAll
    static void aBank() throws NoSuchAlgorithmException {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        keys = rsa.generateKeyPair();
        bank = new SnapBankRequest.Bank("/bank-a", "BANK-A", keys.getPrivate(), SECRET, "88899", "95221");
    }

    @Test
    void signsAnAccessTokenRequestTheGatewayVerifies() {
        SnapBankRequest request = SnapBankRequest.accessToken(bank, TIMESTAMP);
        assertThat(request.path()).isEqualTo("/bank-a/v1.0/access-token/b2b");
        assertThat(request.headers()).containsEntry("X-CLIENT-KEY", "BANK-A").containsEntry("X-TIMESTAMP", TIMESTAMP);
        assertThat(SnapSignatures.verifyAccessToken(keys.getPublic(), "BANK-A", TIMESTAMP,
                request.headers().get("X-SIGNATURE"))).isTrue();
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(SnapBankRequest.TOKEN_BODY);
    }

    @Test
    void signsATransactionOverItsPathTokenAndExactBytes() {
        String body = SnapBankRequest.paymentBody("   88899", "12345678901", "pay-1", "150000.00", null, "N");
        SnapBankRequest request = SnapBankRequest.transaction(bank, SnapBankRequest.VA_PAYMENT, "a-token", body,
                "ext-1", TIMESTAMP);
        assertThat(request.path()).isEqualTo("/bank-a/v1.0/transfer-va/payment");
        assertThat(request.headers()).containsExactly(
                entry("Authorization", "Bearer a-token"),
                entry("X-TIMESTAMP", TIMESTAMP),
                entry("X-SIGNATURE", request.headers().get("X-SIGNATURE")),
                entry("X-PARTNER-ID", "88899"),
                entry("X-EXTERNAL-ID", "ext-1"),
                entry("CHANNEL-ID", "95221"));
        assertThat(SnapSignatures.verifyTransaction(SECRET, "POST", request.path(), "a-token", request.body(),
                TIMESTAMP, request.headers().get("X-SIGNATURE"))).isTrue();
        assertThat(SnapSignatures.verifyTransaction(SECRET, "POST", request.path(), "a-token",
                body.replace("150000.00", "150000.01").getBytes(StandardCharsets.UTF_8), TIMESTAMP,
                request.headers().get("X-SIGNATURE"))).as("another amount, another signature").isFalse();
    }

    @Test
    void writesTheBodiesAsTheBankSendsThem() {
        assertThat(SnapBankRequest.inquiryBody("   88899", "123", "inq-1")).isEqualTo("{\"partnerServiceId\":"
                + "\"   88899\",\"customerNo\":\"123\",\"virtualAccountNo\":\"   88899123\",\"inquiryRequestId\":"
                + "\"inq-1\"}");
        assertThat(SnapBankRequest.paymentBody("   88899", "123", "pay-1", "10.00", TIMESTAMP, "Y"))
                .isEqualTo("{\"partnerServiceId\":\"   88899\",\"customerNo\":\"123\",\"virtualAccountNo\":"
                        + "\"   88899123\",\"paymentRequestId\":\"pay-1\",\"paidAmount\":{\"value\":\"10.00\","
                        + "\"currency\":\"IDR\"},\"trxDateTime\":\"" + TIMESTAMP + "\",\"flagAdvise\":\"Y\"}");
    }
}
