package id.jamsostek.gateway.partner.administration;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.tls.CertificateEntry;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings an operator changes on a registered partner; null leaves a setting as it is. Each given setting is checked
 * by the same rules as a registration; {@link #requireFits} refuses settings of another kind of partner.
 *
 * @param publicKeyPem a bank's key for its token signatures, or a REST client's key for private_key_jwt
 * @param profile      a bank's profile settings, each null to keep it
 * @param mtls         OPTIONAL or REQUIRED (mutual TLS)
 * @param clientCertificates the partner's certificates from now on (all of them: during a change of certificate,
 *                     first the old and the new, later the new one alone)
 */
public record PartnerChange(
        String name,
        String clientKey,
        String publicKeyPem,
        List<String> companyCodes,
        List<String> channelIds,
        List<String> ipAllowlist,
        ProfileChange profile,
        List<String> scopes,
        List<String> regions,
        List<String> grants,
        String mtls,
        List<CertificateEntry> clientCertificates) {

    /** @param deadline a duration like "5s" or "2500ms" */
    public record ProfileChange(String pathPrefix, String deadline, String repeatedPayment, String unknownOutcome,
            Integer maxBillLines) {

        /** The deadline given, in milliseconds; null when not given. */
        Integer deadlineMillis() {
            return deadline == null ? null : Math.toIntExact(valid().deadline().toMillis());
        }

        /** The line limit given, checked; null when not given. */
        Integer validMaxBillLines() {
            return maxBillLines == null ? null : valid().maxBillLines();
        }

        /** Each given setting checked on its own (the defaults stand in for the others). */
        private BankProfile valid() {
            return BankProfile.of(pathPrefix, deadline, repeatedPayment, unknownOutcome, maxBillLines);
        }
    }

    public PartnerChange {
        if (name != null) {
            Registrations.requireName(name);
        }
        if (clientKey != null) {
            Registrations.requireClientKey(clientKey);
        }
        if (publicKeyPem != null) {
            Registrations.requirePublicKey("publicKeyPem", publicKeyPem);
        }
        companyCodes = companyCodes == null ? null : Registrations.companyCodes(companyCodes);
        channelIds = channelIds == null ? null : Registrations.channelIds(channelIds);
        ipAllowlist = ipAllowlist == null ? null : Registrations.ipAllowlist(ipAllowlist);
        if (profile != null) {
            profile.valid();
        }
        if (regions != null) {
            regions = Registrations.regions(regions).stream().map(RegionScope::prefix).toList();
        }
        if (grants != null) {
            grants = Registrations.grants(grants).stream().map(EmployerGrant::toString).toList();
        }
        if (mtls != null) {
            ClientCertificates.MutualTls.of(mtls);
        }
        if (clientCertificates != null) {
            clientCertificates = List.copyOf(clientCertificates);
            clientCertificates.forEach(CertificateEntry::pin);
        }
    }

    /** Whether the partner's mutual TLS changes. */
    boolean changesMutualTls() {
        return mtls != null || clientCertificates != null;
    }

    /** The partner's mutual TLS after this change: what is given, the rest as it is; checked as a whole. */
    ClientCertificates applyTo(ClientCertificates current) {
        return new ClientCertificates(current.partnerId(),
                mtls == null ? current.mtls() : ClientCertificates.MutualTls.of(mtls),
                clientCertificates == null ? current.pins()
                        : clientCertificates.stream().map(CertificateEntry::pin).toList());
    }

    /**
     * Refuses a setting the partner's kind does not have, naming it; checks scopes against the kind's.
     *
     * @param kindScopes the scopes a client of the partner's kind may have (a payer's: its donor's or agent's)
     */
    void requireFits(String kind, Set<String> kindScopes) {
        Map<String, Object> foreign = new LinkedHashMap<>();
        if (!"BANK".equals(kind)) {
            foreign.put("clientKey", clientKey);
            foreign.put("companyCodes", companyCodes);
            foreign.put("channelIds", channelIds);
            foreign.put("ipAllowlist", ipAllowlist);
            foreign.put("profile", profile);
        } else {
            foreign.put("scopes", scopes);
        }
        if (!"VILLAGE".equals(kind)) {
            foreign.put("regions", regions);
        }
        if (!"EMPLOYER".equals(kind)) {
            foreign.put("grants", grants);
        }
        foreign.forEach((field, value) -> Registrations.require(value == null, field,
                field + " is not a setting of a " + kind + " partner"));
        if (scopes != null) {
            Registrations.scopes(scopes, kindScopes);
        }
    }

    /** Scopes in the order they are stored. */
    String[] sortedScopes() {
        return scopes == null ? null : Set.copyOf(scopes).stream().sorted().toArray(String[]::new);
    }
}
