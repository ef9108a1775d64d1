package id.jamsostek.gateway.partner.administration;

import static id.jamsostek.gateway.partner.administration.PartnerStore.array;
import static id.jamsostek.gateway.partner.administration.PartnerStore.nullable;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.credentials.DemoCredentials;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.tls.ClientCertificates;
import id.jamsostek.gateway.tls.PartnerCertificates;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Registers partners through the admin API: managed by the API from then on ({@code managed_by = 'ADMIN_API'}), their
 * secret sealed (a bank's) or hashed (an OAuth client's), the registration audited with the whole document, all in one transaction.
 */
@Service
public class PartnerRegistrar {

    static final int MIN_BANK_SECRET_BYTES = 32;

    private static final String INSERT_PARTNER = """
            insert into partner (id, kind, display_name, enabled, managed_by)
            values (:id, :kind, :name, :enabled, 'ADMIN_API')
            """;
    private static final String INSERT_BANK = """
            insert into bank_partner (partner_id, client_key, public_key_pem, client_secret_ciphertext, kek_id,
                                      company_codes, channel_ids, ip_allowlist, path_prefix, deadline_ms,
                                      repeated_payment, unknown_outcome, max_bill_lines)
            values (:id, :clientKey, :pem, :secret, :kek, :codes, :channels, :allowlist, :prefix, :deadline,
                    :repeated, :unknown, :maxLines)
            """;
    private static final String INSERT_CLIENT = """
            insert into oauth_client (partner_id, client_id, client_secret_hash, jwt_public_key_pem, scopes)
            values (:id, :clientId, :secret, :pem, :scopes)
            """;

    private final DatabaseClient db;
    private final PartnerStore store;
    private final PartnerSecrets secrets;
    private final PartnerAudit audit;
    private final PartnerCertificates certificates;
    private final boolean demoProfile;
    private final RegionList regions;

    public PartnerRegistrar(DatabaseClient db, PartnerStore store, PartnerSecrets secrets, PartnerAudit audit,
            PartnerCertificates certificates, Environment environment, RegionList regions) {
        this.db = db;
        this.regions = regions;
        this.store = store;
        this.secrets = secrets;
        this.audit = audit;
        this.certificates = certificates;
        this.demoProfile = environment.matchesProfiles(DemoCredentials.PROFILE);
    }

    /**
     * @param mutualTls the partner's client certificates and whether it must present one
     * @return the partner as stored
     */
    public Mono<JsonNode> register(BankRegistration bank, ClientCertificates mutualTls, String operator) {
        Registrations.require(bank.outbound() == null, "outbound", "outbound settings come from the partner file");
        // HMAC-SHA512 keys: a new one is at least as long as one the gateway issues (the partner file keeps the shorter
        // secrets banks already have)
        Registrations.require(bank.clientSecret().bytes().length >= MIN_BANK_SECRET_BYTES, "clientSecret",
                "a bank's clientSecret has at least " + MIN_BANK_SECRET_BYTES + " bytes");
        Registrations.requirePublicKey("publicKeyPem", bank.publicKeyPem());
        if (!demoProfile) {
            Registrations.refuseDemoCredentials(bank.id(), bank.clientKey(), bank.publicKeyPem());
        }
        BankProfile profile = bank.profile();
        return secrets.seal(bank.id(), bank.clientSecret().bytes())
                .flatMap(sealed -> insertPartner(bank.id(), "BANK", bank.name(), bank.enabled())
                        .then(nullable(db.sql(INSERT_BANK).bind("id", bank.id()).bind("clientKey", bank.clientKey())
                                .bind("pem", bank.publicKeyPem()).bind("secret", sealed.ciphertext())
                                .bind("kek", sealed.keyId()).bind("codes", array(bank.companyCodes()))
                                .bind("channels", array(bank.channelIds()))
                                .bind("allowlist", array(bank.ipAllowlist())).bind("prefix", profile.pathPrefix())
                                .bind("deadline", Math.toIntExact(profile.deadline().toMillis()))
                                .bind("repeated", profile.repeatedPayment().name())
                                .bind("unknown", profile.unknownOutcome().name()),
                                "maxLines", profile.maxBillLines(), Integer.class).then())
                        .then(registered(mutualTls, operator)))
                .as(store::changing);
    }

    public Mono<JsonNode> register(VillageRegistration village, ClientCertificates mutualTls, String operator) {
        Registrations.requireKnownRegions(regions, village.regions());
        return registerClient(village.id(), "VILLAGE", village.name(), village.enabled(), village.client(),
                mutualTls,
                db.sql("insert into village_partner (partner_id, region_scopes) values (:id, :reach)")
                        .bind("id", village.id())
                        .bind("reach", village.regions().stream().map(RegionScope::prefix).toArray(String[]::new))
                        .then(), operator);
    }

    public Mono<JsonNode> register(EmployerRegistration platform, ClientCertificates mutualTls, String operator) {
        return registerClient(platform.id(), "EMPLOYER", platform.name(), platform.enabled(), platform.client(),
                mutualTls,
                db.sql("insert into employer_platform (partner_id, grants) values (:id, :reach)")
                        .bind("id", platform.id())
                        .bind("reach", platform.grants().stream().map(EmployerGrant::toString).toArray(String[]::new))
                        .then(), operator);
    }

    /** @param reach the insert of what the kind may reach (regions, employers) */
    private Mono<JsonNode> registerClient(String id, String kind, String name, boolean enabled,
            ClientRegistration client, ClientCertificates mutualTls, Mono<Void> reach, String operator) {
        if (!demoProfile) {
            Registrations.refuseDemoCredentials(id, null, null);
        }
        Mono<Optional<SecretHash>> hashing = client.clientSecret() == null ? Mono.just(Optional.empty())
                : secrets.hash(client.clientSecret().bytes()).map(Optional::of);
        return hashing
                .flatMap(hash -> {
                    var insert = db.sql(INSERT_CLIENT).bind("id", id).bind("clientId", client.clientId())
                            .bind("scopes", client.scopes().stream().sorted().toArray(String[]::new));
                    insert = nullable(insert, "secret", hash.map(SecretHash::encoded).orElse(null), String.class);
                    insert = nullable(insert, "pem", client.jwtPublicKeyPem(), String.class);
                    return insertPartner(id, kind, name, enabled).then(insert.then()).then(reach)
                            .then(registered(mutualTls, operator));
                })
                .as(store::changing);
    }

    private Mono<Void> insertPartner(String id, String kind, String name, boolean enabled) {
        return db.sql(INSERT_PARTNER).bind("id", id).bind("kind", kind).bind("name", name).bind("enabled", enabled)
                .then();
    }

    private Mono<JsonNode> registered(ClientCertificates mutualTls, String operator) {
        String id = mutualTls.partnerId();
        return certificates.replace(mutualTls).then(store.document(id))
                .flatMap(partner -> audit.record(id, operator, PartnerAudit.Action.REGISTER, partner)
                .thenReturn(partner));
    }
}
