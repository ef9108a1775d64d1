package id.jamsostek.gateway.partner.administration;

import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.PartnerCertificates;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner tables as the admin API sees them: partners as documents (view partner_document, never a secret), and
 * each change in one transaction, after which this instance reads partners afresh (the others within the cache's time
 * to live, {@code gateway.partners.cache-ttl}).
 */
@Component
public class PartnerStore {

    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final BankPartners banks;
    private final RestPartners restPartners;
    private final PartnerCertificates certificates;
    private final JsonMapper json;

    public PartnerStore(DatabaseClient db, TransactionalOperator transaction, BankPartners banks,
            RestPartners restPartners, PartnerCertificates certificates, JsonMapper json) {
        this.db = db;
        this.transaction = transaction;
        this.banks = banks;
        this.restPartners = restPartners;
        this.certificates = certificates;
        this.json = json;
    }

    /** The partner as the admin API shows it; empty when unknown. */
    public Mono<JsonNode> document(String id) {
        return db.sql("select document::text as document from partner_document where id = :id").bind("id", id)
                .map(row -> json.readTree(row.get("document", String.class))).one();
    }

    /** @param kind BANK, VILLAGE, EMPLOYER or PAYER; null for every kind */
    public Flux<JsonNode> documents(String kind) {
        var select = db.sql("select document::text as document from partner_document"
                + " where cast(:kind as text) is null or kind = :kind order by id");
        return (kind == null ? select.bindNull("kind", String.class) : select.bind("kind", kind))
                .map(row -> json.readTree(row.get("document", String.class))).all();
    }

    /** One transaction; a taken id, client key, client id or payer id is a conflict; this instance's cache forgets. */
    <T> Mono<T> changing(Mono<T> change) {
        return change.as(transaction::transactional)
                .onErrorMap(DuplicateKeyException.class, PartnerStore::conflict)
                .doOnSuccess(done -> forgetCached());
    }

    /** After a change made here: this instance reads partners afresh at once. */
    void forgetCached() {
        banks.forgetAll();
        restPartners.forgetAll();
        certificates.forgetAll();
    }

    private static GatewayException conflict(DuplicateKeyException taken) {
        String message = String.valueOf(taken.getMessage());
        return taken(message.contains("client_key") ? "clientKey" : message.contains("client_id") ? "clientId"
                : message.contains("payer_id") ? "payerId" : "id");
    }

    /** 409: the field's value belongs to another partner. */
    static GatewayException taken(String field) {
        return new GatewayException(Problem.PARTNER_CONFLICT, "another partner has this " + field,
                Map.of("errors", List.of(Map.of("pointer", "/" + field, "detail", "taken"))));
    }

    static String[] array(List<String> values) {
        return values == null ? null : values.toArray(String[]::new);
    }

    static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
            Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
