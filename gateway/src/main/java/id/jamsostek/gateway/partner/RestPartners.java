package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.partner.credentials.SecretHash;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** REST partners by OAuth2 client id and by partner id, read from PostgreSQL through the partner cache. */
@Component
public class RestPartners {

    private static final String SELECT = """
            select p.id, p.kind, p.display_name, p.enabled, c.client_id, c.client_secret_hash, c.previous_secret_hash,
                   c.previous_secret_expires_at,
                   c.jwt_public_key_pem, c.previous_jwt_public_key_pem, c.previous_jwt_public_key_expires_at, c.scopes,
                   v.region_scopes, e.grants, y.payer_kind, y.payer_id
              from partner p
              join oauth_client c on c.partner_id = p.id
              left join village_partner v on v.partner_id = p.id
              left join employer_platform e on e.partner_id = p.id
              left join payer_partner y on y.partner_id = p.id
            """;

    private final CachedLookup<OAuthClient> byClientId;
    private final CachedLookup<OAuthClient> byId;

    public RestPartners(DatabaseClient db, PartnerSettings settings) {
        this.byClientId = new CachedLookup<>(settings.cacheTtl(), clientId -> db
                .sql(SELECT + " where c.client_id = :key").bind("key", clientId).map(this::client).one());
        this.byId = new CachedLookup<>(settings.cacheTtl(), id -> db
                .sql(SELECT + " where p.id = :key").bind("key", id).map(this::client).one());
    }

    public Mono<OAuthClient> byClientId(String clientId) {
        return byClientId.get(clientId);
    }

    public Mono<RestPartner> byId(String id) {
        return byId.get(id).map(OAuthClient::partner);
    }

    /** After a change made here: read afresh on this instance at once (others within the cache's time to live). */
    public void forgetAll() {
        byClientId.forgetAll();
        byId.forgetAll();
    }

    private OAuthClient client(Readable row) {
        String pem = row.get("jwt_public_key_pem", String.class);
        return new OAuthClient(partner(row),
                row.get("client_id", String.class),
                Optional.ofNullable(secretHashes(row)),
                Optional.ofNullable(pem).map(current -> PublicKeys.of(current,
                        row.get("previous_jwt_public_key_pem", String.class),
                        row.get("previous_jwt_public_key_expires_at", OffsetDateTime.class))));
    }

    /** Null when the client has no secret (private_key_jwt only). */
    private static Rotation<SecretHash> secretHashes(Readable row) {
        String current = row.get("client_secret_hash", String.class);
        if (current == null) {
            return null;
        }
        String previous = row.get("previous_secret_hash", String.class);
        return new Rotation<>(SecretHash.parse(current), previous == null ? null : SecretHash.parse(previous),
                previous == null ? null : row.get("previous_secret_expires_at", OffsetDateTime.class).toInstant());
    }

    private static RestPartner partner(Readable row) {
        String id = row.get("id", String.class);
        String name = row.get("display_name", String.class);
        boolean enabled = Boolean.TRUE.equals(row.get("enabled", Boolean.class));
        Set<String> scopes = Set.of(row.get("scopes", String[].class));
        String kind = row.get("kind", String.class);
        return switch (kind) {
            case "VILLAGE" -> new VillagePartner(id, name, enabled, scopes,
                    Arrays.stream(row.get("region_scopes", String[].class)).map(RegionScope::of).toList());
            case "EMPLOYER" -> new EmployerPlatform(id, name, enabled, scopes,
                    Arrays.stream(row.get("grants", String[].class)).map(EmployerGrant::of).toList());
            case "PAYER" -> new PayerPartner(id, name, enabled, scopes,
                    PayerPartner.Kind.valueOf(row.get("payer_kind", String.class)), row.get("payer_id", String.class));
            default -> throw new IllegalStateException("partner " + id + " of kind " + kind + " has an OAuth client");
        };
    }
}
