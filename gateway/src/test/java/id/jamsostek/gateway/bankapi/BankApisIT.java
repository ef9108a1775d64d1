package id.jamsostek.gateway.bankapi;

import static id.jamsostek.adapters.bankapi.FakeBank.snap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import id.jamsostek.adapters.bankapi.BankApiClient;
import id.jamsostek.adapters.bankapi.BankReport;
import id.jamsostek.adapters.bankapi.FakeBank;
import id.jamsostek.adapters.bankapi.PaymentStatus;
import id.jamsostek.adapters.bankapi.StatusQuery;
import id.jamsostek.adapters.bankapi.Unknown;
import id.jamsostek.contracts.CompanyCode;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.VirtualAccountNo;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.support.FakeBankServer;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The gateway calls a bank registered with outbound settings in the partner file (TestBank.BETA, its services under
 * /openapi on a WireMock bank that checks our signatures), with the key from the environment and the secret sealed
 * in the database.
 */
class BankApisIT extends GatewayIntegrationTest {

    private static final Duration VERIFY = Duration.ofSeconds(10);
    private static final TestBank BANK = TestBank.BETA;
    private static final CompanyCode COMPANY = CompanyCode.of(BANK.companyCode());
    private static final VirtualAccountNo VA = VirtualAccountNo.of(COMPANY, "23000000001");

    @Autowired
    private BankApis bankApis;

    @Autowired
    private SecretCipher cipher;

    private FakeBank bank;

    @BeforeEach
    void openBank() {
        FakeBankServer.server().resetAll();
        bank = new FakeBank(FakeBankServer.server(), BANK.outboundPrefix());
    }

    @Test
    void asksTheStatusServiceOfABankRegisteredWithOutboundSettings() {
        bank.issuesTokens("900", "token-it-1");
        bank.answersStatus(snap(200, """
                {"responseCode":"2002600","responseMessage":"Successful","virtualAccountData":{
                 "partnerServiceId":"%1$s","customerNo":"23000000001","virtualAccountNo":"%1$s23000000001",
                 "inquiryRequestId":"PRQ-IT-1","paymentRequestId":"PRQ-IT-1",
                 "paidAmount":{"value":"16800.00","currency":"IDR"},"paymentFlagStatus":"00"}}"""
                .formatted(COMPANY.padded())));

        StepVerifier.create(bankApis.client(BANK.id())
                        .flatMap(client -> client.paymentStatus(StatusQuery.ofPayment(VA, "PRQ-IT-1"))))
                .assertNext(status -> assertThat(status).isInstanceOfSatisfying(PaymentStatus.Paid.class,
                        paid -> assertThat(paid.payment().paidAmount()).isEqualTo(Money.parse("16800.00"))))
                .verifyComplete();
        assertThat(bank.statusRequests()).singleElement()
                .satisfies(request -> assertThat(request.getUrl()).isEqualTo("/openapi/v1.0/transfer-va/status"));
    }

    @Test
    void keepsOneClientPerBankSoItsTokenServesLaterCalls() {
        bank.issuesTokens("900", "token-it-2");
        bank.answersReport(RequestMethod.GET, snap(200, """
                {"responseCode":"2003500","responseMessage":"Successful","virtualAccountData":[]}"""));

        BankApiClient first = bankApis.client(BANK.id()).block(VERIFY);
        BankApiClient second = bankApis.client(BANK.id()).block(VERIFY);
        assertThat(second).isSameAs(first);
        LocalDate day = LocalDate.of(2026, 5, 4);
        assertThat(first.report(COMPANY, day).block(VERIFY)).isInstanceOf(BankReport.Listed.class);
        assertThat(second.report(COMPANY, day.minusDays(1)).block(VERIFY)).isInstanceOf(BankReport.Listed.class);
        assertThat(bank.tokenRequests()).hasSize(1);
    }

    @Test
    void aBankThatDoesNotAnswerLeavesTheOutcomeUnknown() {
        bank.issuesTokens("900", "token-it-3");
        bank.answersStatus(snap(503, "{\"responseCode\":\"5032600\",\"responseMessage\":\"Service Unavailable\"}"));

        assertThat(bankApis.client(BANK.id())
                        .flatMap(client -> client.paymentStatus(StatusQuery.ofPayment(VA, "PRQ-IT-3"))).block(VERIFY))
                .isInstanceOfSatisfying(Unknown.class,
                        unknown -> assertThat(unknown.reason()).isEqualTo(Unknown.Reason.SERVER_ERROR));
    }

    @Test
    void aBankWithoutOutboundSettingsHasNoClient() {
        StepVerifier.create(bankApis.client(TestBank.ALPHA.id())).verifyComplete();
        StepVerifier.create(bankApis.client("no-such-bank")).verifyComplete();
    }

    @Test
    void keepsTheBanksSecretOnlySealedAndApartFromItsInboundOne() {
        String sealed = TestDatabase.text("select encode(client_secret_ciphertext, 'hex') from bank_outbound "
                + "where partner_id = '" + BANK.id() + "'");
        assertThat(sealed).isNotNull()
                .doesNotContain(HexFormat.of().formatHex(FakeBank.SECRET.getBytes(StandardCharsets.UTF_8)));
        SecretCipher.Sealed outbound = new SecretCipher.Sealed(TestDatabase.text("select kek_id from bank_outbound "
                + "where partner_id = '" + BANK.id() + "'"), HexFormat.of().parseHex(sealed));
        assertThat(new String(cipher.open(BANK.id() + "#outbound", outbound), StandardCharsets.UTF_8))
                .isEqualTo(FakeBank.SECRET);
        assertThatThrownBy(() -> cipher.open(BANK.id(), outbound)).isInstanceOf(IllegalStateException.class);
        assertThat(TestDatabase.text("select x_partner_id || ' ' || channel_id || ' ' || report_method "
                + "from bank_outbound where partner_id = '" + BANK.id() + "'"))
                .isEqualTo(FakeBank.PARTNER_ID + " " + FakeBank.CHANNEL_ID + " GET");
    }
}
