package id.jamsostek.gateway.partner.administration;

import static id.jamsostek.gateway.partner.administration.PartnerStore.array;
import static id.jamsostek.gateway.partner.administration.PartnerStore.nullable;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.PartnerSettings;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.tls.PartnerCertificates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner lifecycle behind the admin API after registration ({@link PartnerRegistrar}): change, rotate the
 * client secret with an overlap, disable and enable; each change in one transaction with its audit row. Partners the
 * partner file manages may be disabled and enabled here (an emergency cannot wait for a restart) but not otherwise
 * changed: the file would undo it at the next start.
 */
@Service
public class PartnerAdministration {

    private static final String MANAGED_BY_API = "ADMIN_API";

    private static final String CHANGE_BANK = """
            update bank_partner set client_key = coalesce(:clientKey, client_key),
                   public_key_pem = coalesce(:pem, public_key_pem), company_codes = coalesce(:codes, company_codes),
                   channel_ids = coalesce(:channels, channel_ids), ip_allowlist = coalesce(:allowlist, ip_allowlist),
                   path_prefix = coalesce(:prefix, path_prefix), deadline_ms = coalesce(:deadline, deadline_ms),
                   repeated_payment = coalesce(:repeated, repeated_payment),
                   unknown_outcome = coalesce(:unknown, unknown_outcome),
                   max_bill_lines = coalesce(:maxLines, max_bill_lines)
             where partner_id = :id
            """;
    private static final String CHANGE_CLIENT = """
            update oauth_client set jwt_public_key_pem = coalesce(:pem, jwt_public_key_pem),
                   scopes = coalesce(:scopes, scopes)
             where partner_id = :id
            """;
    /** A bank's previous secret is the current one until {@code :until}; with no overlap there is none. */
    private static final String ROTATE_BANK_SECRET = """
            update bank_partner set
                   previous_secret_ciphertext = case when :overlap then client_secret_ciphertext end,
                   previous_kek_id = case when :overlap then kek_id end,
                   previous_secret_expires_at = case when :overlap and client_secret_ciphertext is not null
                                                     then :until end,
                   client_secret_ciphertext = :secret, kek_id = :kek
             where partner_id = :id
            """;
    /** An OAuth client's the same, as hashes: its secret is verified, never used. */
    private static final String ROTATE_CLIENT_SECRET = """
            update oauth_client set
                   previous_secret_hash = case when :overlap then client_secret_hash end,
                   previous_secret_expires_at = case when :overlap and client_secret_hash is not null then :until end,
                   client_secret_hash = :secret
             where partner_id = :id
            """;

    /**
     * The previous public key is the current one until {@code :until}; with no overlap there is none. Formatted with
     * the table, its key column, and the columns of the previous key and of its end.
     */
    private static final String ROTATE_KEY = """
            update %1$s set
                   %3$s = case when :overlap then %2$s end,
                   %4$s = case when :overlap and %2$s is not null then :until end,
                   %2$s = :pem
             where partner_id = :id
            """;

    /** @param previousValidUntil when the previous secret stops working; null when it already has */
    public record Rotated(String clientSecret, Instant previousValidUntil) {}

    /** @param payerKind DONOR or AGENT for a payer, else null */
    private record Locked(String kind, String managedBy, String payerKind) {

        /** The scopes a client of this kind may have; none for a bank. */
        Set<String> scopes() {
            return switch (kind) {
                case "VILLAGE" -> VillagePartner.SCOPES;
                case "EMPLOYER" -> EmployerPlatform.SCOPES;
                case "PAYER" -> PayerPartner.Kind.valueOf(payerKind).scopes();
                default -> Set.of();
            };
        }
    }

    private final DatabaseClient db;
    private final PartnerStore store;
    private final PartnerSecrets secrets;
    private final PartnerAudit audit;
    private final PartnerCertificates certificates;
    private final PartnerSettings settings;
    private final Clock clock;
    private final boolean demoProfile;
    private final RegionList regions;

    public PartnerAdministration(DatabaseClient db, PartnerStore store, PartnerSecrets secrets, PartnerAudit audit,
            PartnerCertificates certificates, PartnerSettings settings, Clock clock, Environment environment,
            RegionList regions) {
        this.db = db;
        this.regions = regions;
        this.store = store;
        this.secrets = secrets;
        this.audit = audit;
        this.certificates = certificates;
        this.settings = settings;
        this.clock = clock;
        this.demoProfile = environment.matchesProfiles(DemoCredentials.PROFILE);
    }

    public Mono<JsonNode> change(String id, PartnerChange change, String operator) {
        return lockedForChange(id).flatMap(locked -> {
            change.requireFits(locked.kind(), locked.scopes());
            if (change.regions() != null) {
                Registrations.requireKnownRegions(regions, change.regions().stream().map(RegionScope::of).toList());
            }
            if ("BANK".equals(locked.kind()) && !demoProfile) {
                Registrations.refuseDemoCredentials(null, change.clientKey(), change.publicKeyPem());
            }
            Mono<Void> kindRows = "BANK".equals(locked.kind()) ? changeBank(id, change) : changeClient(id, change);
            Mono<Void> partnerRow = change.name() == null ? Mono.empty() : db.sql(
                    "update partner set display_name = :name, updated_at = now() where id = :id")
                    .bind("name", change.name()).bind("id", id).then();
            Mono<Void> mutualTls = !change.changesMutualTls() ? Mono.empty() : certificates.stored(id)
                    .map(change::applyTo).flatMap(certificates::replace);
            return changed(id, PartnerAudit.Action.CHANGE, operator, partnerRow.then(kindRows).then(mutualTls));
        }).as(store::changing);
    }

    private Mono<Void> changeBank(String id, PartnerChange change) {
        PartnerChange.ProfileChange profile = change.profile() == null
                ? new PartnerChange.ProfileChange(null, null, null, null, null) : change.profile();
        var update = db.sql(CHANGE_BANK).bind("id", id);
        update = nullable(update, "clientKey", change.clientKey(), String.class);
        update = nullable(update, "pem", change.publicKeyPem(), String.class);
        update = nullable(update, "codes", array(change.companyCodes()), String[].class);
        update = nullable(update, "channels", array(change.channelIds()), String[].class);
        update = nullable(update, "allowlist", array(change.ipAllowlist()), String[].class);
        update = nullable(update, "prefix", profile.pathPrefix(), String.class);
        update = nullable(update, "deadline", profile.deadlineMillis(), Integer.class);
        update = nullable(update, "repeated", profile.repeatedPayment(), String.class);
        update = nullable(update, "unknown", profile.unknownOutcome(), String.class);
        update = nullable(update, "maxLines", profile.validMaxBillLines(), Integer.class);
        return update.then();
    }

    private Mono<Void> changeClient(String id, PartnerChange change) {
        var client = db.sql(CHANGE_CLIENT).bind("id", id);
        client = nullable(client, "pem", change.publicKeyPem(), String.class);
        client = nullable(client, "scopes", change.sortedScopes(), String[].class);
        Mono<Void> reach = change.regions() != null
                ? db.sql("update village_partner set region_scopes = :reach where partner_id = :id")
                        .bind("reach", array(change.regions())).bind("id", id).then()
                : change.grants() != null
                        ? db.sql("update employer_platform set grants = :reach where partner_id = :id")
                                .bind("reach", array(change.grants())).bind("id", id).then()
                        : Mono.empty();
        return client.then().then(reach);
    }

    /**
     * A new client secret; the previous one keeps working for {@code overlap} (null: the configured default; zero: it
     * stops at once).
     */
    public Mono<Rotated> rotate(String id, Duration overlap, String operator) {
        Duration kept = checkedOverlap(overlap);
        Instant until = clock.instant().plus(kept);
        return lockedForChange(id)
                .zipWith(secrets.issue())
                .flatMap(lockedAndSecret -> {
                    String secret = lockedAndSecret.getT2();
                    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
                    Mono<DatabaseClient.GenericExecuteSpec> update = "BANK".equals(lockedAndSecret.getT1().kind())
                            ? secrets.seal(id, bytes).map(sealed -> db.sql(ROTATE_BANK_SECRET)
                                    .bind("secret", sealed.ciphertext()).bind("kek", sealed.keyId()))
                            : secrets.hash(bytes).map(hash -> db.sql(ROTATE_CLIENT_SECRET)
                                    .bind("secret", hash.encoded()));
                    return update
                            .flatMap(rotate -> changed(id, PartnerAudit.Action.ROTATE_SECRET, operator,
                                    rotate.bind("overlap", !kept.isZero())
                                            .bind("until", until.atOffset(ZoneOffset.UTC)).bind("id", id).then()))
                            .map(partner -> new Rotated(secret, partner.has("previousSecretValidUntil")
                                    && !kept.isZero() ? until : null));
                })
                .as(store::changing);
    }

    /**
     * A new public key (a bank's for its token signatures, a client's for private_key_jwt); signatures by the previous
     * one keep verifying for {@code overlap} (null: the configured default; zero: they stop at once).
     */
    public Mono<JsonNode> rotateKey(String id, String publicKeyPem, Duration overlap, String operator) {
        Registrations.requirePublicKey("publicKeyPem", publicKeyPem);
        Duration kept = checkedOverlap(overlap);
        Instant until = clock.instant().plus(kept);
        return lockedForChange(id)
                .flatMap(locked -> {
                    boolean bank = "BANK".equals(locked.kind());
                    if (bank && !demoProfile) {
                        Registrations.refuseDemoCredentials(null, null, publicKeyPem);
                    }
                    String update = bank
                            ? ROTATE_KEY.formatted("bank_partner", "public_key_pem", "previous_public_key_pem",
                                    "previous_public_key_expires_at")
                            : ROTATE_KEY.formatted("oauth_client", "jwt_public_key_pem", "previous_jwt_public_key_pem",
                                    "previous_jwt_public_key_expires_at");
                    return changed(id, PartnerAudit.Action.ROTATE_KEY, operator, db.sql(update)
                            .bind("overlap", !kept.isZero()).bind("until", until.atOffset(ZoneOffset.UTC))
                            .bind("pem", publicKeyPem).bind("id", id).then());
                })
                .as(store::changing);
    }

    /** Disabled: refused on every channel, by every instance within the cache's time to live. */
    public Mono<JsonNode> enable(String id, boolean enabled, String operator) {
        return locked(id)
                .flatMap(locked -> changed(id, enabled ? PartnerAudit.Action.ENABLE : PartnerAudit.Action.DISABLE,
                        operator, db.sql("update partner set enabled = :enabled, updated_at = now() where id = :id")
                                .bind("enabled", enabled).bind("id", id).then()))
                .as(store::changing);
    }

    /**
     * Runs {@code update} between two readings of the partner and records what differs; a secret rotation adds
     * {@code clientSecret: "rotated"}, since the document never shows a secret. Nothing changed, nothing recorded.
     */
    private Mono<JsonNode> changed(String id, PartnerAudit.Action action, String operator, Mono<Void> update) {
        return store.document(id).flatMap(before -> update.then(store.document(id)).flatMap(after -> {
            ObjectNode changes = PartnerChanges.between(before, after);
            if (action == PartnerAudit.Action.ROTATE_SECRET) {
                changes.put("clientSecret", "rotated");
            }
            return changes.isEmpty() ? Mono.just(after)
                    : audit.record(id, operator, action, changes).thenReturn(after);
        }));
    }

    private Duration checkedOverlap(Duration overlap) {
        Duration kept = overlap == null ? settings.rotationOverlap() : overlap;
        Registrations.require(!kept.isNegative() && kept.compareTo(settings.maxRotationOverlap()) <= 0, "overlap",
                "overlap is between 0 and " + settings.maxRotationOverlap());
        return kept;
    }

    private Mono<Locked> locked(String id) {
        return db.sql("""
                select p.kind, p.managed_by, y.payer_kind from partner p
                  left join payer_partner y on y.partner_id = p.id
                 where p.id = :id for update of p
                """).bind("id", id)
                .map(row -> new Locked(row.get("kind", String.class), row.get("managed_by", String.class),
                        row.get("payer_kind", String.class))).one()
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "partner")));
    }

    private Mono<Locked> lockedForChange(String id) {
        return locked(id).doOnNext(locked -> {
            if (!MANAGED_BY_API.equals(locked.managedBy())) {
                throw new GatewayException(Problem.PARTNER_MANAGED_BY_FILE, "partner " + id);
            }
        });
    }
}
