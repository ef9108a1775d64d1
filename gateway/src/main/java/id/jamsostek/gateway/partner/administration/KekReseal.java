package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.BankOutbound;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.secrets.SecretCipher;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Moves every stored partner secret onto the current key-encryption key, so that the old key can be dropped
 * (docs/operations/partners-and-keys.md). Idempotent: a secret already under the current key is left alone; each secret is
 * replaced only if it is still the one read, so a rotation meanwhile is never undone. A secret that does not open
 * (its key is not configured) is reported, not touched.
 */
@Service
public class KekReseal {

    /**
     * Where sealed secrets live (OAuth client secrets are hashes since V35: nothing to reseal). The names are fixed
     * here, never taken from a request.
     *
     * @param suffix what is appended to the partner id as associated data ({@link BankOutbound#sealingId})
     */
    record Slot(String table, String ciphertext, String kekId, String suffix) {

        String sealingId(String partnerId) {
            return partnerId + suffix;
        }
    }

    static final List<Slot> SLOTS = List.of(
            new Slot("bank_partner", "client_secret_ciphertext", "kek_id", ""),
            new Slot("bank_partner", "previous_secret_ciphertext", "previous_kek_id", ""),
            new Slot("bank_outbound", "client_secret_ciphertext", "kek_id", BankOutbound.sealingId("")));

    /**
     * @param resealed   how many secrets moved to the current key in this call
     * @param unopened   secrets that could not be opened ("partner id: column"), left as they were
     * @param stored     how many stored secrets each key-encryption key seals, after the call
     */
    public record Result(String current, int resealed, List<String> unopened, Map<String, Long> stored) {}

    private record Found(Slot slot, String partnerId, String kekId, byte[] ciphertext) {}

    private final DatabaseClient db;
    private final SecretCipher cipher;
    private final PartnerSecrets secrets;
    private final PartnerAudit audit;
    private final PartnerStore store;

    public KekReseal(DatabaseClient db, SecretCipher cipher, PartnerSecrets secrets, PartnerAudit audit,
            PartnerStore store) {
        this.db = db;
        this.cipher = cipher;
        this.secrets = secrets;
        this.audit = audit;
        this.store = store;
    }

    public Mono<Result> reseal(String operator) {
        String current = cipher.currentKeyId();
        List<String> unopened = new CopyOnWriteArrayList<>();
        return Flux.fromIterable(SLOTS)
                .concatMap(slot -> db.sql("select partner_id, %s as kek_id, %s as ciphertext from %s where %s <> :current"
                                .formatted(slot.kekId(), slot.ciphertext(), slot.table(), slot.kekId()))
                        .bind("current", current)
                        .map(row -> new Found(slot, row.get("partner_id", String.class), row.get("kek_id", String.class),
                                row.get("ciphertext", byte[].class)))
                        .all())
                .concatMap(found -> resealOne(found).onErrorResume(IllegalStateException.class, unopenable -> {
                    unopened.add(found.partnerId() + ": " + found.slot().table() + "." + found.slot().ciphertext());
                    return Mono.just(0L);
                }))
                .reduce(0L, Long::sum)
                .flatMap(resealed -> stored().flatMap(stored -> {
                    Result result = new Result(current, Math.toIntExact(resealed), List.copyOf(unopened), stored);
                    ObjectNode changes = JsonNodeFactory.instance.objectNode();
                    changes.put("current", current);
                    changes.put("resealed", result.resealed());
                    changes.putPOJO("stored", stored);
                    changes.putPOJO("unopened", result.unopened());
                    return audit.record(null, operator, PartnerAudit.Action.RESEAL_KEK, changes).thenReturn(result);
                }))
                .doOnSuccess(done -> store.forgetCached());
    }

    private Mono<Long> resealOne(Found found) {
        String sealingId = found.slot().sealingId(found.partnerId());
        return secrets.reseal(sealingId, new SecretCipher.Sealed(found.kekId(), found.ciphertext()))
                .flatMap(sealed -> db.sql("update %s set %s = :sealed, %s = :kek where partner_id = :id and %s = :old"
                                .formatted(found.slot().table(), found.slot().ciphertext(), found.slot().kekId(),
                                        found.slot().ciphertext()))
                        .bind("sealed", sealed.ciphertext()).bind("kek", sealed.keyId())
                        .bind("id", found.partnerId()).bind("old", found.ciphertext())
                        .fetch().rowsUpdated());
    }

    /** How many stored secrets each key-encryption key seals: a key may be dropped once it seals none. */
    public Mono<Map<String, Long>> stored() {
        return Flux.fromIterable(SLOTS)
                .concatMap(slot -> db.sql("select %s as kek_id, count(*) as n from %s where %s is not null group by 1"
                                .formatted(slot.kekId(), slot.table(), slot.kekId()))
                        .map(row -> Map.entry(row.get("kek_id", String.class), row.get("n", Long.class))).all())
                .collect(TreeMap<String, Long>::new, (counts, entry) -> counts.merge(entry.getKey(), entry.getValue(),
                        Long::sum))
                .map(Collections::unmodifiableMap);
    }
}
