package id.jamsostek.gateway.partner.file;

import id.jamsostek.adapters.bankapi.BankEndpoint;
import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PayerRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.tls.CertificateEntry;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner file an operator keeps (docs/operations/partners-and-keys.md, docs/operations/calling-the-banks.md). A secret is given by the
 * name of the environment variable that holds it ({@code clientSecretEnv}); an inline {@code clientSecret} is
 * accepted for demo files only.
 */
public final class PartnerFile {

    record Content(List<Bank> banks, List<Village> villages, List<Platform> employerPlatforms, List<Payer> payers) {}

    record Village(String id, String name, Boolean enabled, String clientId, String clientSecret,
            String clientSecretEnv, String publicKeyPem, List<String> scopes, List<String> regions, String mtls,
            List<CertificateEntry> clientCertificates) {}

    record Platform(String id, String name, Boolean enabled, String clientId, String clientSecret,
            String clientSecretEnv, String publicKeyPem, List<String> scopes, List<String> grants, String mtls,
            List<CertificateEntry> clientCertificates) {}

    /** A donor's or agent's software: kind DONOR or AGENT, payerId its id in the agency's register. */
    record Payer(String id, String name, Boolean enabled, String kind, String payerId, String clientId,
            String clientSecret, String clientSecretEnv, String publicKeyPem, List<String> scopes, String mtls,
            List<CertificateEntry> clientCertificates) {}

    /**
     * Everything a partner file registers.
     *
     * @param clientCertificates one entry per partner of the file, also for those that list none: the file is the
     *                           truth for the partners it names
     */
    public record Registrations(List<BankRegistration> banks, List<VillageRegistration> villages,
            List<EmployerRegistration> employerPlatforms, List<PayerRegistration> payers,
            List<ClientCertificates> clientCertificates) {}

    record Bank(String id, String name, Boolean enabled, String clientKey, String publicKeyPem, String clientSecret,
            String clientSecretEnv, List<String> companyCodes, List<String> channelIds, List<String> ipAllowlist,
            Profile profile, Outbound outbound, String mtls, List<CertificateEntry> clientCertificates) {}

    /** A client certificate by its SHA-256 fingerprint, or as a PEM (its fingerprint and expiry are read from it). */

    record Profile(String pathPrefix, String deadline, String repeatedPayment, String unknownOutcome,
            Integer maxBillLines) {}

    record Outbound(String baseUrl, String clientKey, String clientSecret, String clientSecretEnv, String partnerId,
            String channelId, String reportMethod) {}

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PartnerFile() {}

    /**
     * @param environment  resolves {@code clientSecretEnv} names
     * @param allowInline  whether an inline {@code clientSecret} is acceptable (demo files)
     */
    public static Registrations read(InputStream yaml, UnaryOperator<String> environment,
            boolean allowInline) throws IOException {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
        Content content = MAPPER.convertValue(tree == null ? Map.of() : tree, Content.class);
        List<BankRegistration> banks = content.banks() == null ? List.of()
                : content.banks().stream().map(bank -> registration(bank, environment, allowInline)).toList();
        List<VillageRegistration> villages = content.villages() == null ? List.of()
                : content.villages().stream().map(village -> registration(village, environment, allowInline))
                        .toList();
        List<EmployerRegistration> platforms = content.employerPlatforms() == null ? List.of()
                : content.employerPlatforms().stream()
                        .map(platform -> registration(platform, environment, allowInline)).toList();
        List<PayerRegistration> payers = content.payers() == null ? List.of()
                : content.payers().stream().map(payer -> registration(payer, environment, allowInline)).toList();
        List<ClientCertificates> certificates = new ArrayList<>();
        if (content.banks() != null) {
            content.banks().forEach(bank -> certificates.add(certificates(bank.id(), bank.mtls(),
                    bank.clientCertificates())));
        }
        if (content.villages() != null) {
            content.villages().forEach(village -> certificates.add(certificates(village.id(), village.mtls(),
                    village.clientCertificates())));
        }
        if (content.employerPlatforms() != null) {
            content.employerPlatforms().forEach(platform -> certificates.add(certificates(platform.id(),
                    platform.mtls(), platform.clientCertificates())));
        }
        if (content.payers() != null) {
            content.payers().forEach(payer -> certificates.add(certificates(payer.id(), payer.mtls(),
                    payer.clientCertificates())));
        }
        return new Registrations(banks, villages, platforms, payers, certificates);
    }

    private static ClientCertificates certificates(String partner, String mtls, List<CertificateEntry> listed) {
        try {
            return ClientCertificates.of(partner, mtls, listed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("partner " + partner + ": " + e.getMessage(), e);
        }
    }

    private static VillageRegistration registration(Village village, UnaryOperator<String> environment,
            boolean allowInline) {
        return new VillageRegistration(village.id(), village.name(), village.enabled() == null || village.enabled(),
                client(village.id(), village.clientId(), village.clientSecret(), village.clientSecretEnv(),
                        village.publicKeyPem(), village.scopes(), VillagePartner.SCOPES,
                        environment, allowInline),
                village.regions() == null ? List.of() : village.regions().stream().map(RegionScope::of).toList());
    }

    private static EmployerRegistration registration(Platform platform, UnaryOperator<String> environment,
            boolean allowInline) {
        return new EmployerRegistration(platform.id(), platform.name(), platform.enabled() == null || platform.enabled(),
                client(platform.id(), platform.clientId(), platform.clientSecret(), platform.clientSecretEnv(),
                        platform.publicKeyPem(), platform.scopes(),
                        EmployerPlatform.SCOPES, environment, allowInline),
                platform.grants() == null ? List.of() : platform.grants().stream().map(EmployerGrant::of).toList());
    }

    private static PayerRegistration registration(Payer payer, UnaryOperator<String> environment,
            boolean allowInline) {
        PayerPartner.Kind kind;
        try {
            kind = PayerPartner.Kind.of(payer.kind());
        } catch (InvalidRegistration e) {
            throw new IllegalArgumentException("partner " + payer.id() + ": " + e.getMessage(), e);
        }
        return new PayerRegistration(payer.id(), payer.name(), payer.enabled() == null || payer.enabled(),
                client(payer.id(), payer.clientId(), payer.clientSecret(), payer.clientSecretEnv(),
                        payer.publicKeyPem(), payer.scopes(), kind.scopes(), environment, allowInline),
                kind, payer.payerId());
    }

    /** Without {@code scopes}, every scope of the partner's kind. */
    private static ClientRegistration client(String partner, String clientId, String inline, String variable,
            String publicKeyPem, List<String> scopes, Set<String> kindScopes, UnaryOperator<String> environment,
            boolean allowInline) {
        String secret = variable == null && inline == null ? null
                : secret(partner, inline, variable, environment, allowInline);
        return new ClientRegistration(clientId,
                secret == null ? null : new ClientSecret(secret.getBytes(StandardCharsets.UTF_8)),
                publicKeyPem, scopes == null ? kindScopes : Set.copyOf(scopes));
    }

    private static BankRegistration registration(Bank bank, UnaryOperator<String> environment, boolean allowInline) {
        Profile profile = bank.profile() == null ? new Profile(null, null, null, null, null) : bank.profile();
        return new BankRegistration(
                bank.id(),
                bank.name(),
                bank.enabled() == null || bank.enabled(),
                bank.clientKey(),
                bank.publicKeyPem(),
                new ClientSecret(secret(bank.id(), bank.clientSecret(), bank.clientSecretEnv(), environment,
                        allowInline).getBytes(StandardCharsets.UTF_8)),
                bank.companyCodes(),
                bank.channelIds() == null ? List.of() : bank.channelIds(),
                bank.ipAllowlist(),
                BankProfile.of(profile.pathPrefix(), profile.deadline(), profile.repeatedPayment(),
                        profile.unknownOutcome(), profile.maxBillLines()),
                bank.outbound() == null ? null : outbound(bank.id(), bank.outbound(), environment, allowInline));
    }

    /** The report is asked by GET, as the standard names it, unless the bank takes it by POST. */
    private static BankOutbound outbound(String bank, Outbound outbound, UnaryOperator<String> environment,
            boolean allowInline) {
        ClientSecret secret = new ClientSecret(secret(bank, outbound.clientSecret(), outbound.clientSecretEnv(),
                environment, allowInline).getBytes(StandardCharsets.UTF_8));
        try {
            return new BankOutbound(
                    new BankEndpoint(
                            outbound.baseUrl() == null ? null : URI.create(outbound.baseUrl()),
                            outbound.clientKey(),
                            outbound.partnerId(),
                            outbound.channelId(),
                            BankEndpoint.ReportMethod.valueOf(
                                    outbound.reportMethod() == null ? "GET" : outbound.reportMethod())),
                    secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("partner " + bank + " outbound: " + e.getMessage(), e);
        }
    }

    private static String secret(String partner, String inline, String variable, UnaryOperator<String> environment,
            boolean allowInline) {
        if (variable != null) {
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("partner " + partner + ": environment variable " + variable
                        + " is not set");
            }
            return value;
        }
        if (inline != null && allowInline) {
            return inline;
        }
        throw new IllegalArgumentException("partner " + partner + ": give clientSecretEnv, the name of the "
                + "environment variable that holds its client secret");
    }
}
