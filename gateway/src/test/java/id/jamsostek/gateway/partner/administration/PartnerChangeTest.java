package id.jamsostek.gateway.partner.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.tls.CertificateEntry;
import id.jamsostek.gateway.tls.CertificatePin;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerChangeTest {

    private static PartnerChange regions(List<String> regions) {
        return new PartnerChange(null, null, null, null, null, null, null, null, regions, null, null, null);
    }

    private static PartnerChange profile(PartnerChange.ProfileChange profile) {
        return new PartnerChange(null, null, null, null, null, null, profile, null, null, null, null, null);
    }

    private static PartnerChange scopes(List<String> scopes) {
        return new PartnerChange(null, null, null, null, null, null, null, scopes, null, null, null, null);
    }

    private static void refused(Runnable change, String field) {
        assertThatThrownBy(change::run).isInstanceOf(InvalidRegistration.class)
                .satisfies(error -> assertThat(((InvalidRegistration) error).field()).isEqualTo(field));
    }

    @Test
    void checksEachGivenSettingByTheRegistrationsRules() {
        refused(() -> regions(List.of()), "regions");
        refused(() -> regions(List.of("36O3")), "regions");
        refused(() -> new PartnerChange(null, null, null, List.of("12A45"), null, null, null, null, null, null, null,
                null), "companyCodes");
        refused(() -> new PartnerChange(null, null, null, null, null, List.of("10.0.0.0/40"), null, null, null, null,
                null, null), "ipAllowlist");
        refused(() -> new PartnerChange(" ", null, null, null, null, null, null, null, null, null, null, null), "name");
        refused(() -> new PartnerChange(null, null, "not a key", null, null, null, null, null, null, null, null, null),
                "publicKeyPem");
        refused(() -> profile(new PartnerChange.ProfileChange(null, "50ms", null, null, null)), "profile.deadline");
        refused(() -> profile(new PartnerChange.ProfileChange("openapi", null, null, null, null)), "profile.pathPrefix");
        refused(() -> profile(new PartnerChange.ProfileChange(null, null, null, "MAYBE", null)), "profile.unknownOutcome");
    }

    @Test
    void refusesASettingOfAnotherKindNamingIt() {
        refused(() -> regions(List.of("3603")).requireFits("BANK", Set.of()), "regions");
        refused(() -> regions(List.of("3603")).requireFits("EMPLOYER", EmployerPlatform.SCOPES), "regions");
        refused(() -> profile(new PartnerChange.ProfileChange(null, "5s", null, null, null))
                .requireFits("VILLAGE", VillagePartner.SCOPES), "profile");
        refused(() -> scopes(List.of("village.read")).requireFits("BANK", Set.of()), "scopes");
        refused(() -> scopes(List.of("village.read")).requireFits("EMPLOYER", EmployerPlatform.SCOPES), "scopes");
        scopes(List.of("village.read")).requireFits("VILLAGE", VillagePartner.SCOPES);
        regions(List.of("3603")).requireFits("VILLAGE", VillagePartner.SCOPES);
    }

    @Test
    void givesAPayerOnlyTheScopesOfItsOwnKind() {
        scopes(List.of("donor.read")).requireFits("PAYER", PayerPartner.Kind.DONOR.scopes());
        refused(() -> scopes(List.of("donor.read", "agent.enroll")).requireFits("PAYER",
                PayerPartner.Kind.DONOR.scopes()), "scopes");
        refused(() -> regions(List.of("3603")).requireFits("PAYER", PayerPartner.Kind.AGENT.scopes()), "regions");
    }

    @Test
    void keepsRegionsAndGrantsInTheirStoredForm() {
        assertThat(regions(List.of("3603012001", "36")).regions()).containsExactly("3603012001", "36");
        assertThat(new PartnerChange(null, null, null, null, null, null, null, null, null, List.of(" 19012345/000"),
                null, null).grants()).containsExactly("19012345/000");
        assertThat(profile(new PartnerChange.ProfileChange(null, "2500ms", null, null, null)).profile().deadlineMillis())
                .isEqualTo(2500);
    }

    private static PartnerChange mutualTls(String mtls, List<CertificateEntry> certificates) {
        return new PartnerChange(null, null, null, null, null, null, null, null, null, null, mtls, certificates);
    }

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private static final ClientCertificates REQUIRED_A = new ClientCertificates("bank-x",
            ClientCertificates.MutualTls.REQUIRED, List.of(CertificatePin.ofFingerprint(SHA_A)));

    @Test
    void checksMutualTlsByTheFilesRules() {
        refused(() -> mutualTls("SOMETIMES", null), "mtls");
        refused(() -> mutualTls(null, List.of(new CertificateEntry(null, "-----BEGIN CERTIFICATE-----\nAAAA\n"
                + "-----END CERTIFICATE-----\n"))), "clientCertificates");
        refused(() -> mutualTls(null, List.of(new CertificateEntry("12:34", null))), "clientCertificates");
        refused(() -> mutualTls(null, List.of(new CertificateEntry(SHA_A, "pem too"))), "clientCertificates");
        refused(() -> mutualTls(null, List.of(new CertificateEntry(SHA_A, null), new CertificateEntry(SHA_A, null)))
                .applyTo(REQUIRED_A), "clientCertificates");
        refused(() -> mutualTls(null, List.of()).applyTo(REQUIRED_A), "clientCertificates");
        refused(() -> mutualTls("REQUIRED", null).applyTo(ClientCertificates.none("bank-x")), "clientCertificates");
    }

    @Test
    void changesOnlyTheMutualTlsSettingsGiven() {
        assertThat(mutualTls(null, null).changesMutualTls()).isFalse();
        ClientCertificates both = mutualTls(null, List.of(new CertificateEntry(SHA_A, null),
                new CertificateEntry(SHA_B.toUpperCase(), null))).applyTo(REQUIRED_A);
        assertThat(both.mtls()).isEqualTo(ClientCertificates.MutualTls.REQUIRED);
        assertThat(both.fingerprints()).containsExactlyInAnyOrder(SHA_A, SHA_B);
        ClientCertificates optional = mutualTls("OPTIONAL", null).applyTo(REQUIRED_A);
        assertThat(optional.mtls()).isEqualTo(ClientCertificates.MutualTls.OPTIONAL);
        assertThat(optional.fingerprints()).containsExactly(SHA_A);
    }
}
