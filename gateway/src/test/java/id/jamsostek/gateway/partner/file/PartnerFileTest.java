package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.adapters.bankapi.BankEndpoint;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PayerRegistration;
import id.jamsostek.gateway.secrets.DemoCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PartnerFileTest {

    private static final String SECRET_VALUE = "bank-a-secret-value-123";
    private static final UnaryOperator<String> ENVIRONMENT = Map.of(
            "BANK_A_SECRET", SECRET_VALUE,
            "OTHER_SECRET", "another-secret-value-456")::get;

    private static final String MINIMAL = """
            banks:
              - id: bank-a
                name: Bank A
                clientKey: BANKA-SNAP
                publicKeyPem: unused-here
                clientSecretEnv: BANK_A_SECRET
                companyCodes: ["12345"]
                ipAllowlist: ["203.0.113.0/24"]
            """;

    private static final String PLATFORM = """
            employerPlatforms:
              - id: payroll-a
                name: Payroll A
                clientId: payroll-a
                clientSecretEnv: OTHER_SECRET
                grants: ["19012345/*", "19012346/001"]
            """;

    @Test
    void readsAnEmployerPlatformWithItsGrantsAndEveryEmployerScope() throws IOException {
        EmployerRegistration platform = PartnerFile.read(stream(PLATFORM), ENVIRONMENT, false).employerPlatforms()
                .getFirst();
        assertThat(platform.client().scopes()).isEqualTo(EmployerPlatform.SCOPES);
        EmployerPlatform registered = new EmployerPlatform(platform.id(), platform.name(), true,
                platform.client().scopes(), platform.grants());
        assertThat(registered.mayActFor("19012345", "000")).isTrue();
        assertThat(registered.mayActFor("19012345", "007")).isTrue();
        assertThat(registered.mayActFor("19012346", "001")).isTrue();
        assertThat(registered.mayActFor("19012346", "000")).isFalse();
        assertThat(registered.mayActFor("19012347", "000")).isFalse();
    }

    private static final String DONOR = """
            payers:
              - id: csr-a
                name: CSR A
                kind: DONOR
                payerId: CSR-A-01
                clientId: csr-a
                clientSecretEnv: OTHER_SECRET
            """;

    @Test
    void readsADonorWithItsPayerIdAndEveryDonorScope() throws IOException {
        PayerRegistration donor = PartnerFile.read(stream(DONOR), ENVIRONMENT, false).payers().getFirst();

        assertThat(donor.kind()).isEqualTo(PayerPartner.Kind.DONOR);
        assertThat(donor.payerId()).isEqualTo("CSR-A-01");
        assertThat(donor.client().scopes()).containsExactlyInAnyOrder("donor.sponsor", "donor.read", "donor.bill");
    }

    @Test
    void refusesAPayerOfNoKnownKindAnotherKindsScopesOrAMalformedPayerId() {
        assertThatThrownBy(() -> PartnerFile.read(stream(DONOR.replace("DONOR", "SPONSOR")), ENVIRONMENT, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DONOR or AGENT");
        assertThatThrownBy(() -> PartnerFile.read(stream(DONOR + "    scopes: [agent.bill]\n"), ENVIRONMENT,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes");
        assertThatThrownBy(() -> PartnerFile.read(stream(DONOR.replace("CSR-A-01", "CSR A")), ENVIRONMENT, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payerId");
    }

    @Test
    void refusesMalformedGrantsAndScopesOfAnotherKind() {
        assertThatThrownBy(() -> PartnerFile.read(stream(PLATFORM.replace("19012346/001", "1901234/001")),
                ENVIRONMENT, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NPP/division");
        assertThatThrownBy(() -> PartnerFile.read(stream(PLATFORM.replace("19012346/001", "19012346/all")),
                ENVIRONMENT, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartnerFile.read(stream(PLATFORM + "    scopes: [village.read]\n"),
                ENVIRONMENT, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes");
        assertThatThrownBy(() -> PartnerFile.read(stream(PLATFORM.replace("grants: [\"19012345/*\", \"19012346/001\"]",
                "grants: []")), ENVIRONMENT, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grants");
    }

    @Test
    void readsABankWithTheDefaultProfile() throws IOException {
        List<BankRegistration> banks = read(MINIMAL, false);

        assertThat(banks).singleElement().satisfies(bank -> {
            assertThat(bank.id()).isEqualTo("bank-a");
            assertThat(bank.name()).isEqualTo("Bank A");
            assertThat(bank.enabled()).isTrue();
            assertThat(bank.clientKey()).isEqualTo("BANKA-SNAP");
            assertThat(bank.companyCodes()).containsExactly("12345");
            assertThat(bank.channelIds()).isEmpty();
            assertThat(bank.ipAllowlist()).containsExactly("203.0.113.0/24");
            assertThat(bank.profile()).isEqualTo(new BankProfile("", Duration.ofSeconds(5),
                    BankProfile.RepeatedPayment.REPLAY, BankProfile.UnknownOutcome.ACCEPT));
        });
    }

    @Test
    void resolvesTheClientSecretThroughTheEnvironment() throws IOException {
        BankRegistration bank = read(MINIMAL, false).getFirst();

        assertThat(new String(bank.clientSecret().bytes(), StandardCharsets.UTF_8)).isEqualTo(SECRET_VALUE);
        assertThat(bank.toString()).doesNotContain(SECRET_VALUE);
    }

    @Test
    void readsAnExplicitProfile() throws IOException {
        String yaml = MINIMAL + """
                    enabled: false
                    channelIds: ["6011"]
                    profile:
                      pathPrefix: /openapi
                      deadline: 3s
                      repeatedPayment: INCONSISTENT_REQUEST
                      unknownOutcome: PENDING
                """;

        BankRegistration bank = read(yaml, false).getFirst();

        assertThat(bank.enabled()).isFalse();
        assertThat(bank.channelIds()).containsExactly("6011");
        assertThat(bank.profile()).isEqualTo(new BankProfile("/openapi", Duration.ofSeconds(3),
                BankProfile.RepeatedPayment.INCONSISTENT_REQUEST, BankProfile.UnknownOutcome.PENDING));
    }

    @Test
    void fillsInTheDefaultsOfAPartlyGivenProfile() throws IOException {
        BankRegistration bank = read(MINIMAL + """
                    profile:
                      deadline: 2500ms
                """, false).getFirst();

        assertThat(bank.profile()).isEqualTo(new BankProfile("", Duration.ofMillis(2500),
                BankProfile.RepeatedPayment.REPLAY, BankProfile.UnknownOutcome.ACCEPT));
    }

    private static final String OUTBOUND = MINIMAL + """
                outbound:
                  baseUrl: https://api.bank-a.example/openapi
                  clientKey: BPJSTK-AT-BANK-A
                  clientSecretEnv: OTHER_SECRET
                  partnerId: BPJSTK0001
                  channelId: "95221"
            """;

    @Test
    void readsHowTheGatewayCallsTheBankWithItsSecretFromTheEnvironment() throws IOException {
        BankRegistration bank = read(OUTBOUND, false).getFirst();

        assertThat(bank.outbound().endpoint()).isEqualTo(new BankEndpoint(
                URI.create("https://api.bank-a.example/openapi"), "BPJSTK-AT-BANK-A", "BPJSTK0001", "95221",
                BankEndpoint.ReportMethod.GET));
        assertThat(new String(bank.outbound().clientSecret().bytes(), StandardCharsets.UTF_8))
                .isEqualTo("another-secret-value-456");
        assertThat(bank.toString()).doesNotContain("another-secret-value-456");
        assertThat(read(MINIMAL, false).getFirst().outbound()).isNull();
        assertThat(read(OUTBOUND + "      reportMethod: POST\n", false).getFirst().outbound().endpoint()
                .reportMethod()).isEqualTo(BankEndpoint.ReportMethod.POST);
    }

    @Test
    void refusesOutboundSettingsABankCannotBeCalledWith() {
        assertThatThrownBy(() -> read(OUTBOUND.replace("https://api.bank-a.example/openapi", "api.bank-a.example"),
                false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bank-a outbound").hasMessageContaining("baseUrl");
        assertThatThrownBy(() -> read(OUTBOUND.replace("\"95221\"", "\"952210\""), false))
                .hasMessageContaining("channelId");
        assertThatThrownBy(() -> read(OUTBOUND.replace("      partnerId: BPJSTK0001\n", ""), false))
                .hasMessageContaining("partnerId");
        assertThatThrownBy(() -> read(OUTBOUND + "      reportMethod: PUT\n", false))
                .hasMessageContaining("bank-a outbound");
        assertThatThrownBy(() -> read(OUTBOUND.replace("OTHER_SECRET", "OUTBOUND_SECRET_MISSING"), false))
                .hasMessageContaining("OUTBOUND_SECRET_MISSING").hasMessageNotContaining(SECRET_VALUE);
        assertThatThrownBy(() -> read(OUTBOUND.replace("clientSecretEnv: OTHER_SECRET",
                "clientSecret: inline-outbound-secret"), false)).hasMessageContaining("clientSecretEnv")
                .hasMessageNotContaining("inline-outbound-secret");
    }

    @Test
    void readsAnEmptyFileAsNoBanks() throws IOException {
        assertThat(read("", false)).isEmpty();
        assertThat(read("banks:\n", false)).isEmpty();
    }

    @Test
    void refusesAMissingEnvironmentVariableNamingItButNoValue() {
        String yaml = MINIMAL.replace("BANK_A_SECRET", "BANK_A_SECRET_MISSING");

        assertThatThrownBy(() -> read(yaml, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BANK_A_SECRET_MISSING")
                .hasMessageContaining("bank-a")
                .hasMessageNotContaining(SECRET_VALUE)
                .hasMessageNotContaining("another-secret-value-456");
    }

    @Test
    void refusesAnEmptyEnvironmentVariable() {
        assertThatThrownBy(() -> PartnerFile.read(stream(MINIMAL), name -> "", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BANK_A_SECRET");
    }

    @Test
    void refusesAnInlineClientSecretOutsideDemoFiles() {
        String yaml = MINIMAL.replace("clientSecretEnv: BANK_A_SECRET", "clientSecret: inline-secret-789");

        assertThatThrownBy(() -> read(yaml, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientSecretEnv")
                .hasMessageNotContaining("inline-secret-789");
    }

    @Test
    void acceptsAnInlineClientSecretInDemoFiles() throws IOException {
        String yaml = MINIMAL.replace("clientSecretEnv: BANK_A_SECRET", "clientSecret: inline-secret-789");

        BankRegistration bank = read(yaml, true).getFirst();

        assertThat(new String(bank.clientSecret().bytes(), StandardCharsets.UTF_8)).isEqualTo("inline-secret-789");
    }

    @Test
    void prefersTheEnvironmentVariableOverAnInlineSecret() throws IOException {
        String yaml = MINIMAL + "    clientSecret: inline-secret-789\n";

        BankRegistration bank = read(yaml, true).getFirst();

        assertThat(new String(bank.clientSecret().bytes(), StandardCharsets.UTF_8)).isEqualTo(SECRET_VALUE);
    }

    @Test
    void refusesAnUnknownPropertyNamingIt() {
        String yaml = MINIMAL + "    clientSecrett: inline-secret-789\n";

        assertThatThrownBy(() -> read(yaml, true))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("clientSecrett")
                .hasMessageNotContaining("inline-secret-789");
    }

    @Test
    void refusesAnUnknownProfileProperty() {
        String yaml = MINIMAL + """
                    profile:
                      timeout: 3s
                """;

        assertThatThrownBy(() -> read(yaml, false))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void refusesACompanyCodeThatIsNotDigits() {
        assertThatThrownBy(() -> read(MINIMAL.replace("[\"12345\"]", "[\"12A45\"]"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("companyCodes");
    }

    @Test
    void refusesABankWithoutCompanyCode() {
        assertThatThrownBy(() -> read(MINIMAL.replace("[\"12345\"]", "[]"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("companyCodes");
    }

    @Test
    void refusesAnInvalidCidr() {
        assertThatThrownBy(() -> read(MINIMAL.replace("203.0.113.0/24", "203.0.113.0/33"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("203.0.113.0/33");
    }

    @Test
    void refusesAnEmptyAllowlist() {
        assertThatThrownBy(() -> read(MINIMAL.replace("[\"203.0.113.0/24\"]", "[]"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ipAllowlist");
    }

    @Test
    void refusesAClientKeyWithUnsafeCharacters() {
        assertThatThrownBy(() -> read(MINIMAL.replace("BANKA-SNAP", "\"BANK A/SNAP\""), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clientKey");
    }

    @Test
    void refusesAnIdThatIsNotLowerCase() {
        assertThatThrownBy(() -> read(MINIMAL.replace("id: bank-a", "id: Bank_A"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id");
    }

    @Test
    void refusesAClientSecretShorterThanEightBytes() {
        assertThatThrownBy(() -> PartnerFile.read(stream(MINIMAL), name -> "short", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 bytes")
                .hasMessageNotContaining("short");
    }

    @Test
    void refusesAnUnknownRepeatedPaymentPolicy() {
        String yaml = MINIMAL + """
                    profile:
                      repeatedPayment: IGNORE
                """;

        assertThatThrownBy(() -> read(yaml, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPathPrefixWithoutLeadingSlash() {
        String yaml = MINIMAL + """
                    profile:
                      pathPrefix: openapi
                """;

        assertThatThrownBy(() -> read(yaml, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path prefix");
    }

    @Test
    void readsTheBundledDemoFile() throws IOException {
        List<BankRegistration> banks;
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/partners.yml")) {
            banks = PartnerFile.read(in, name -> null, true).banks();
        }

        assertThat(banks).extracting(BankRegistration::id).containsExactly("demo-bank", "demo-bank-openapi");
        assertThat(banks).allSatisfy(bank -> assertThat(DemoCredentials.isDemo("not-the-demo-key",
                bank.publicKeyPem())).isTrue());
    }

    private static List<BankRegistration> read(String yaml, boolean allowInline) throws IOException {
        return PartnerFile.read(stream(yaml), ENVIRONMENT, allowInline).banks();
    }

    private static ByteArrayInputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
