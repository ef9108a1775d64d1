package id.jamsostek.gateway.partner;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.secrets.SecretCipher;
import id.jamsostek.snap.PemKeys;
import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Village partners by OAuth2 client id and by partner id, read from PostgreSQL through the partner cache. */
@Component
public class VillagePartners {

    private static final String SELECT = """
            select p.id, p.display_name, p.enabled, v.client_id, v.client_secret_ciphertext, v.kek_id,
                   v.jwt_public_key_pem, v.region_scopes
              from partner p join village_partner v on v.partner_id = p.id
            """;

    private final SecretCipher cipher;
    private final CachedLookup<VillagePartner> byClientId;
    private final CachedLookup<VillagePartner> byId;

    public VillagePartners(DatabaseClient db, SecretCipher cipher, PartnerSettings settings) {
        this.cipher = cipher;
        this.byClientId = new CachedLookup<>(settings.cacheTtl(), clientId -> db
                .sql(SELECT + " where v.client_id = :key").bind("key", clientId).map(this::partner).one());
        this.byId = new CachedLookup<>(settings.cacheTtl(), id -> db
                .sql(SELECT + " where p.id = :key").bind("key", id).map(this::partner).one());
    }

    public Mono<VillagePartner> byClientId(String clientId) {
        return byClientId.get(clientId);
    }

    public Mono<VillagePartner> byId(String id) {
        return byId.get(id);
    }

    private VillagePartner partner(Readable row) {
        String id = row.get("id", String.class);
        byte[] sealed = row.get("client_secret_ciphertext", byte[].class);
        String pem = row.get("jwt_public_key_pem", String.class);
        return new VillagePartner(
                id,
                row.get("display_name", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                row.get("client_id", String.class),
                Optional.ofNullable(sealed).map(bytes -> new ClientSecret(
                        cipher.open(id, new SecretCipher.Sealed(row.get("kek_id", String.class), bytes)))),
                Optional.ofNullable(pem).map(PemKeys::rsaPublicKey),
                Arrays.stream(row.get("region_scopes", String[].class)).map(RegionScope::of).toList());
    }
}
