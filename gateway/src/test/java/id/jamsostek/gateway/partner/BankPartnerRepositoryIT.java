package id.jamsostek.gateway.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.bankapi.BankEndpoint;
import id.jamsostek.adapters.bankapi.FakeBank;
import id.jamsostek.gateway.support.FakeBankServer;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestBank;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The bank partners as the test partner file registered them, read back from PostgreSQL with their sealed secrets
 * opened: by client key (token requests), by id (transactions), and how the gateway calls a bank.
 */
class BankPartnerRepositoryIT extends GatewayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    BankPartnerRepository partners;

    @Test
    void readsABankByItsClientKeyWithItsKeySecretCodesAddressesAndProfile() throws Exception {
        TestBank alpha = TestBank.ALPHA;

        StepVerifier.create(partners.byClientKey(alpha.clientKey()))
                .assertNext(bank -> {
                    assertThat(bank.id()).isEqualTo(alpha.id());
                    assertThat(bank.enabled()).isTrue();
                    assertThat(bank.publicKeys().current()).isEqualTo(alpha.keys().getPublic());
                    assertThat(bank.publicKeys().previous()).isNull();
                    assertThat(bank.clientSecrets().current().bytes())
                            .isEqualTo(alpha.secret().getBytes(StandardCharsets.UTF_8));
                    assertThat(bank.companyCodes()).containsExactly(alpha.companyCode());
                    assertThat(bank.channelIds()).containsExactly(alpha.channelId());
                    assertThat(bank.allows(loopback())).isTrue();
                    assertThat(bank.profile().pathPrefix()).isEmpty();
                    assertThat(bank.profile().deadline()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(bank.profile().repeatedPayment()).isEqualTo(BankProfile.RepeatedPayment.REPLAY);
                    assertThat(bank.profile().unknownOutcome()).isEqualTo(BankProfile.UnknownOutcome.ACCEPT);
                })
                .verifyComplete();
    }

    @Test
    void readsABankByIdWithItsOwnProfileAndADisabledOneAsDisabled() {
        StepVerifier.create(partners.byId(TestBank.BETA.id()))
                .assertNext(bank -> {
                    assertThat(bank.clientKey()).isEqualTo(TestBank.BETA.clientKey());
                    assertThat(bank.profile().pathPrefix()).isEqualTo("/openapi");
                    assertThat(bank.profile().repeatedPayment())
                            .isEqualTo(BankProfile.RepeatedPayment.INCONSISTENT_REQUEST);
                    assertThat(bank.profile().unknownOutcome()).isEqualTo(BankProfile.UnknownOutcome.PENDING);
                })
                .verifyComplete();
        StepVerifier.create(partners.byId(TestBank.DISABLED.id()))
                .assertNext(bank -> assertThat(bank.enabled()).isFalse())
                .verifyComplete();
        StepVerifier.create(partners.byId(TestBank.FAR_AWAY.id()))
                .assertNext(bank -> assertThat(bank.allows(loopback())).isFalse())
                .verifyComplete();
    }

    @Test
    void findsNoBankForAnUnknownClientKeyOrIdOrAVillagesId() {
        StepVerifier.create(partners.byClientKey("NOBODY")).verifyComplete();
        StepVerifier.create(partners.byId("it-bank-nobody")).verifyComplete();
        StepVerifier.create(partners.byId("it-village-saga")).as("a partner, but no bank").verifyComplete();
    }

    @Test
    void readsHowTheGatewayCallsABankWithItsOutboundSecretOpenedAndNothingForABankWithout() {
        StepVerifier.create(partners.outboundOf(TestBank.BETA.id()))
                .assertNext(outbound -> {
                    assertThat(outbound.endpoint()).isEqualTo(new BankEndpoint(
                            URI.create(FakeBankServer.server().baseUrl() + "/openapi"), FakeBank.CLIENT_KEY,
                            FakeBank.PARTNER_ID, FakeBank.CHANNEL_ID, outbound.endpoint().reportMethod()));
                    assertThat(outbound.clientSecret().bytes())
                            .isEqualTo(FakeBank.SECRET.getBytes(StandardCharsets.UTF_8));
                    assertThat(outbound.clientSecret().bytes()).as("sealed apart from the inbound secret")
                            .isNotEqualTo(TestBank.BETA.secret().getBytes(StandardCharsets.UTF_8));
                })
                .verifyComplete();
        StepVerifier.create(partners.outboundOf(TestBank.ALPHA.id())).verifyComplete();
    }

    private static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }
}
