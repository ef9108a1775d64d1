package id.jamsostek.gateway.partner.administration;

import static id.jamsostek.gateway.partner.administration.PartnerStore.array;
import static id.jamsostek.gateway.partner.administration.PartnerStore.nullable;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerGrant;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.gateway.tls.ClientCertificates;
import id.jamsostek.gateway.tls.PartnerCertificates;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one writer of partner registrations, for the admin API and for the partner file at start alike: the secret
 * sealed (a bank's) or hashed (an OAuth client's), the kind's rows, the client certificates, and the audit (the whole
 * document when new, else what changed), all in one transaction. The admin API registers new partners only, managed by
 * it from then on ({@code managed_by = 'ADMIN_API'}); the partner file registers its partners or sets them to what it
 * says, and stops the start rather than overwrite a partner the admin API manages.
 */
@Service
public class PartnerRegistrar {

    static final int MIN_BANK_SECRET_BYTES = 32;

    /** Who registers, and so who manages the partner from then on. */
    public enum Source { ADMIN_API, FILE }

    /**
     * A new partner, or for the partner file one it manages set anew; an id taken by another kind, or (for the file)
     * by a partner the admin API manages, updates nothing.
     */
    private static final String UPSERT_PARTNER = """
            insert into partner (id, kind, display_name, enabled, managed_by)
            values (:id, :kind, :name, :enabled, :managedBy)
            on conflict (id) do update set display_name = excluded.display_name, enabled = excluded.enabled,
                                           updated_at = now()
             where partner.kind = excluded.kind and partner.managed_by = 'FILE' and excluded.managed_by = 'FILE'
            """;
    private static final String UPSERT_BANK = """
            insert into bank_partner (partner_id, client_key, public_key_pem, client_secret_ciphertext, kek_id,
                                      company_codes, channel_ids, ip_allowlist, path_prefix, deadline_ms,
                                      repeated_payment, unknown_outcome, max_bill_lines)
            values (:id, :clientKey, :pem, :secret, :kek, :codes, :channels, :allowlist, :prefix, :deadline,
                    :repeated, :unknown, :maxLines)
            on conflict (partner_id) do update set
                client_key = excluded.client_key, public_key_pem = excluded.public_key_pem,
                client_secret_ciphertext = excluded.client_secret_ciphertext, kek_id = excluded.kek_id,
                company_codes = excluded.company_codes, channel_ids = excluded.channel_ids,
                ip_allowlist = excluded.ip_allowlist, path_prefix = excluded.path_prefix,
                deadline_ms = excluded.deadline_ms, repeated_payment = excluded.repeated_payment,
                unknown_outcome = excluded.unknown_outcome, max_bill_lines = excluded.max_bill_lines
            """;
    private static final String UPSERT_OUTBOUND = """
            insert into bank_outbound (partner_id, base_url, client_key, client_secret_ciphertext, kek_id,
                                       x_partner_id, channel_id, report_method)
            values (:id, :baseUrl, :clientKey, :secret, :kek, :partnerId, :channelId, :reportMethod)
            on conflict (partner_id) do update set
                base_url = excluded.base_url, client_key = excluded.client_key,
                client_secret_ciphertext = excluded.client_secret_ciphertext, kek_id = excluded.kek_id,
                x_partner_id = excluded.x_partner_id, channel_id = excluded.channel_id,
                report_method = excluded.report_method
            """;
    private static final String UPSERT_CLIENT = """
            insert into oauth_client (partner_id, client_id, client_secret_hash, jwt_public_key_pem, scopes)
            values (:id, :clientId, :secret, :pem, :scopes)
            on conflict (partner_id) do update set
                client_id = excluded.client_id, client_secret_hash = excluded.client_secret_hash,
                client_secret_ciphertext = null, kek_id = null,
                jwt_public_key_pem = excluded.jwt_public_key_pem, scopes = excluded.scopes
            """;
    private static final String UPSERT_VILLAGE = """
            insert into village_partner (partner_id, region_scopes) values (:id, :reach)
            on conflict (partner_id) do update set region_scopes = excluded.region_scopes
            """;
    private static final String UPSERT_EMPLOYER = """
            insert into employer_platform (partner_id, grants) values (:id, :reach)
            on conflict (partner_id) do update set grants = excluded.grants
            """;

    /** A payer's id in the agency's register belongs to one partner: the unique index refuses a second. */
    private static final String UPSERT_PAYER = """
            insert into payer_partner (partner_id, payer_kind, payer_id) values (:id, :kind, :payerId)
            on conflict (partner_id) do update set payer_kind = excluded.payer_kind, payer_id = excluded.payer_id
            """;

    /**
     * What the secret written is.
     *
     * @param replaced whether it differs from the one stored (the audit says so: the document never shows secrets)
     */
    private record Written<S>(S secret, boolean replaced) {}

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
     * A new bank through the admin API.
     *
     * @param mutualTls the partner's client certificates and whether it must present one
     * @return the partner as stored
     */
    public Mono<JsonNode> register(BankRegistration bank, ClientCertificates mutualTls, String operator) {
        Registrations.require(bank.outbound() == null, "outbound", "outbound settings come from the partner file");
        // HMAC-SHA512 keys: a new one is at least as long as one the gateway issues (the partner file keeps the shorter
        // secrets banks already have)
        Registrations.require(bank.clientSecret().bytes().length >= MIN_BANK_SECRET_BYTES, "clientSecret",
                "a bank's clientSecret has at least " + MIN_BANK_SECRET_BYTES + " bytes");
        if (!demoProfile) {
            Registrations.refuseDemoCredentials(bank.id(), bank.clientKey(), bank.publicKeyPem());
        }
        return register(bank, mutualTls, Source.ADMIN_API, operator);
    }

    public Mono<JsonNode> register(VillageRegistration village, ClientCertificates mutualTls, String operator) {
        refuseDemoId(village.id());
        return register(village, mutualTls, Source.ADMIN_API, operator);
    }

    public Mono<JsonNode> register(EmployerRegistration platform, ClientCertificates mutualTls, String operator) {
        refuseDemoId(platform.id());
        return register(platform, mutualTls, Source.ADMIN_API, operator);
    }

    public Mono<JsonNode> register(PayerRegistration payer, ClientCertificates mutualTls, String operator) {
        refuseDemoId(payer.id());
        return register(payer, mutualTls, Source.ADMIN_API, operator);
    }

    /** A bank registered, or for the partner file set to what it says (its outbound settings included). */
    public Mono<JsonNode> register(BankRegistration bank, ClientCertificates mutualTls, Source source,
            String operator) {
        Registrations.requirePublicKey("publicKeyPem", bank.publicKeyPem());
        BankProfile profile = bank.profile();
        return written(bank.id(), source, before -> bankSecret(bank.id(), bank.clientSecret(), before.isPresent())
                .flatMap(secret -> partnerRow(bank.id(), "BANK", bank.name(), bank.enabled(), source, before)
                        .then(nullable(db.sql(UPSERT_BANK).bind("id", bank.id()).bind("clientKey", bank.clientKey())
                                .bind("pem", bank.publicKeyPem()).bind("secret", secret.secret().ciphertext())
                                .bind("kek", secret.secret().keyId()).bind("codes", array(bank.companyCodes()))
                                .bind("channels", array(bank.channelIds()))
                                .bind("allowlist", array(bank.ipAllowlist())).bind("prefix", profile.pathPrefix())
                                .bind("deadline", Math.toIntExact(profile.deadline().toMillis()))
                                .bind("repeated", profile.repeatedPayment().name())
                                .bind("unknown", profile.unknownOutcome().name()),
                                "maxLines", profile.maxBillLines(), Integer.class).then())
                        .then(outbound(bank.id(), bank.outbound()))
                        .then(registered(bank.id(), before, secret.replaced(), mutualTls, operator))));
    }

    public Mono<JsonNode> register(VillageRegistration village, ClientCertificates mutualTls, Source source,
            String operator) {
        Registrations.requireKnownRegions(regions, village.regions());
        return registerClient(village.id(), "VILLAGE", village.name(), village.enabled(), village.client(),
                db.sql(UPSERT_VILLAGE).bind("id", village.id())
                        .bind("reach", village.regions().stream().map(RegionScope::prefix).toArray(String[]::new))
                        .then(), mutualTls, source, operator);
    }

    public Mono<JsonNode> register(EmployerRegistration platform, ClientCertificates mutualTls, Source source,
            String operator) {
        return registerClient(platform.id(), "EMPLOYER", platform.name(), platform.enabled(), platform.client(),
                db.sql(UPSERT_EMPLOYER).bind("id", platform.id())
                        .bind("reach", platform.grants().stream().map(EmployerGrant::toString).toArray(String[]::new))
                        .then(), mutualTls, source, operator);
    }

    public Mono<JsonNode> register(PayerRegistration payer, ClientCertificates mutualTls, Source source,
            String operator) {
        return registerClient(payer.id(), "PAYER", payer.name(), payer.enabled(), payer.client(),
                db.sql(UPSERT_PAYER).bind("id", payer.id()).bind("kind", payer.kind().name())
                        .bind("payerId", payer.payerId()).then(), mutualTls, source, operator);
    }

    private void refuseDemoId(String id) {
        if (!demoProfile) {
            Registrations.refuseDemoCredentials(id, null, null);
        }
    }

    /** @param reach the upsert of what the kind may reach (regions, employers) */
    private Mono<JsonNode> registerClient(String id, String kind, String name, boolean enabled,
            ClientRegistration client, Mono<Void> reach, ClientCertificates mutualTls, Source source,
            String operator) {
        return written(id, source, before -> clientSecret(id, client.clientSecret()).flatMap(secret -> {
            var upsert = db.sql(UPSERT_CLIENT).bind("id", id).bind("clientId", client.clientId())
                    .bind("scopes", client.scopes().stream().sorted().toArray(String[]::new));
            upsert = nullable(upsert, "secret", secret.secret().map(SecretHash::encoded).orElse(null), String.class);
            upsert = nullable(upsert, "pem", client.jwtPublicKeyPem(), String.class);
            return partnerRow(id, kind, name, enabled, source, before).then(upsert.then()).then(reach)
                    .then(registered(id, before, secret.replaced(), mutualTls, operator));
        }));
    }

    /**
     * Runs {@code write} with the partner as it is before (empty when new), in one transaction: the admin API
     * registers new partners only, the partner file those it manages.
     */
    private Mono<JsonNode> written(String id, Source source, Function<Optional<JsonNode>, Mono<JsonNode>> write) {
        return store.document(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(before -> {
                    if (before.isPresent() && source == Source.ADMIN_API) {
                        return Mono.error(PartnerStore.taken("id"));
                    }
                    if (before.isPresent() && !"FILE".equals(before.get().path("managedBy").asString())) {
                        return Mono.error(new IllegalStateException("partner " + id + " is managed through the "
                                + "admin API; remove it from the partner file and change it through the admin API"));
                    }
                    return write.apply(before);
                })
                .as(store::changing);
    }

    private Mono<Void> partnerRow(String id, String kind, String name, boolean enabled, Source source,
            Optional<JsonNode> before) {
        return db.sql(UPSERT_PARTNER).bind("id", id).bind("kind", kind).bind("name", name).bind("enabled", enabled)
                .bind("managedBy", source.name()).fetch().rowsUpdated()
                .flatMap(rows -> rows > 0 ? Mono.<Void>empty()
                        : Mono.error(source == Source.ADMIN_API || before.isEmpty() ? PartnerStore.taken("id")
                                : new IllegalArgumentException("partner " + id + " is registered as another kind than "
                                        + kind)));
    }

    /** Sealed anew; replaced when the stored one (if any) is another secret or no longer opens. */
    private Mono<Written<SecretCipher.Sealed>> bankSecret(String id, ClientSecret secret, boolean known) {
        Mono<Boolean> replaced = !known ? Mono.just(false) : db.sql(
                "select client_secret_ciphertext, kek_id from bank_partner where partner_id = :id").bind("id", id)
                .map(row -> new SecretCipher.Sealed(row.get("kek_id", String.class),
                        row.get("client_secret_ciphertext", byte[].class)))
                .one()
                .flatMap(stored -> secrets.sealedIs(id, stored, secret.bytes()).map(same -> !same))
                .defaultIfEmpty(true);
        return replaced.zipWith(secrets.seal(id, secret.bytes()), (isReplaced, sealed) -> new Written<>(sealed,
                isReplaced));
    }

    /**
     * The hash to store: the stored one while the secret is the same (a hash is salted: hashing again would say
     * nothing new), else a new one; none for a client without a secret.
     */
    private Mono<Written<Optional<SecretHash>>> clientSecret(String id, ClientSecret secret) {
        return db.sql("select client_secret_hash from oauth_client where partner_id = :id").bind("id", id)
                .map(row -> Optional.ofNullable(row.get("client_secret_hash", String.class)).map(SecretHash::parse))
                .one()
                .flatMap(stored -> clientSecret(secret, stored, true))
                .switchIfEmpty(Mono.defer(() -> clientSecret(secret, Optional.empty(), false)));
    }

    /** @param registered whether the client is registered already (a new secret for it is a replaced one) */
    private Mono<Written<Optional<SecretHash>>> clientSecret(ClientSecret secret, Optional<SecretHash> stored,
            boolean registered) {
        if (secret == null) {
            return Mono.just(new Written<>(Optional.empty(), stored.isPresent()));
        }
        Mono<Boolean> same = stored.isEmpty() ? Mono.just(false) : secrets.verifies(stored.get(), secret.bytes());
        return same.flatMap(unchanged -> unchanged ? Mono.just(new Written<>(stored, false))
                : secrets.hash(secret.bytes()).map(fresh -> new Written<>(Optional.of(fresh), registered)));
    }

    /** The registration is the truth for a bank: without outbound settings, the bank is no longer called. */
    private Mono<Void> outbound(String id, BankOutbound outbound) {
        if (outbound == null) {
            return db.sql("delete from bank_outbound where partner_id = :id").bind("id", id).then();
        }
        return secrets.seal(BankOutbound.sealingId(id), outbound.clientSecret().bytes())
                .flatMap(sealed -> db.sql(UPSERT_OUTBOUND).bind("id", id)
                        .bind("baseUrl", outbound.endpoint().baseUrl().toString())
                        .bind("clientKey", outbound.endpoint().clientKey())
                        .bind("secret", sealed.ciphertext()).bind("kek", sealed.keyId())
                        .bind("partnerId", outbound.endpoint().partnerId())
                        .bind("channelId", outbound.endpoint().channelId())
                        .bind("reportMethod", outbound.endpoint().reportMethod().name()).then());
    }

    /** Its certificates replaced, then one audit row: the whole partner when new, else what changed (if anything). */
    private Mono<JsonNode> registered(String id, Optional<JsonNode> before, boolean secretReplaced,
            ClientCertificates mutualTls, String operator) {
        return certificates.replace(mutualTls).then(store.document(id)).flatMap(after -> {
            if (before.isEmpty()) {
                return audit.record(id, operator, PartnerAudit.Action.REGISTER, after).thenReturn(after);
            }
            ObjectNode changes = PartnerChanges.between(before.get(), after);
            if (secretReplaced) {
                changes.put("clientSecret", "replaced");
            }
            return changes.isEmpty() ? Mono.just(after)
                    : audit.record(id, operator, PartnerAudit.Action.CHANGE, changes).thenReturn(after);
        });
    }
}
