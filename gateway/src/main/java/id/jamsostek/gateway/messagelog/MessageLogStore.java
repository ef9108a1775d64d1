package id.jamsostek.gateway.messagelog;

import static id.jamsostek.gateway.database.TextArrays.column;

import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The message log's three tables as the gateway uses them: entries (the chains), their sealed payloads, and the
 * signed anchors, appended and read, never changed (its database role may not: migration V16).
 */
@Repository
public class MessageLogStore {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    /** A data-modifying CTE is all or nothing: one round trip, one commit. A partner id "" is none. */
    private static final String APPEND = """
            with entries as (
                insert into message_log (instance_id, month, seq, logged_at, partner_id, route_id, method, path,
                                         status, request_sha256, response_sha256, prev_hash, entry_hash)
                select i, m, s::bigint, a::timestamptz, nullif(p, ''), r, me, pa, st::integer, decode(rq, 'base64'),
                       decode(rs, 'base64'), decode(pv, 'base64'), decode(h, 'base64')
                  from unnest(:instances::text[], :months::text[], :seqs::text[], :ats::text[], :partners::text[],
                              :routes::text[], :methods::text[], :paths::text[], :statuses::text[], :requests::text[],
                              :responses::text[], :prevs::text[], :hashes::text[])
                       as row (i, m, s, a, p, r, me, pa, st, rq, rs, pv, h)
            )
            insert into message_log_payload (instance_id, month, seq, key_id, request, response)
            select i, m, s::bigint, k, decode(q, 'base64'), decode(r, 'base64')
              from unnest(:instances::text[], :months::text[], :seqs::text[], :keys::text[], :sealedRequests::text[],
                          :sealedResponses::text[]) as row (i, m, s, k, q, r)
            """;

    private final DatabaseClient db;

    public MessageLogStore(DatabaseClient db) {
        this.db = db;
    }

    /** An entry with its sealed payload, as the writer appends them. */
    record Sequenced(ChainEntry entry, PayloadArchive.Sealed payload) {}

    /** The last committed entry of a chain, or its genesis when it has none. */
    Mono<ChainHead> head(String instance, YearMonth month) {
        return db.sql("select seq, entry_hash from message_log where instance_id = :instance and month = :month "
                        + "order by seq desc limit 1")
                .bind("instance", instance).bind("month", month.toString())
                .map(row -> new ChainHead(instance, month, row.get("seq", Long.class), row.get("entry_hash",
                        byte[].class)))
                .one()
                .defaultIfEmpty(ChainHead.genesis(instance, month));
    }

    /**
     * Appends entries and their payloads in one statement: all or none. A seq another writer took first (two
     * processes under one instance id) fails the whole batch with a duplicate key. The rows travel as one array per
     * column, so the statement's text is the same for every batch (prepared once, not parsed again for each batch
     * size); bytes go as base64 text, which every driver binds as an array.
     */
    Mono<Void> append(List<Sequenced> rows) {
        return db.sql(APPEND)
                .bind("instances", column(rows, row -> row.entry().instance()))
                .bind("months", column(rows, row -> row.entry().month().toString()))
                .bind("seqs", column(rows, row -> Long.toString(row.entry().seq())))
                .bind("ats", column(rows, row -> row.entry().loggedAt().toString()))
                .bind("partners", column(rows, row -> row.entry().partner() == null ? "" : row.entry().partner()))
                .bind("routes", column(rows, row -> row.entry().route()))
                .bind("methods", column(rows, row -> row.entry().method()))
                .bind("paths", column(rows, row -> row.entry().path()))
                .bind("statuses", column(rows, row -> Integer.toString(row.entry().status())))
                .bind("requests", column(rows, row -> BASE64.encodeToString(row.entry().requestSha256())))
                .bind("responses", column(rows, row -> BASE64.encodeToString(row.entry().responseSha256())))
                .bind("prevs", column(rows, row -> BASE64.encodeToString(row.entry().prevHash())))
                .bind("hashes", column(rows, row -> BASE64.encodeToString(row.entry().entryHash())))
                .bind("keys", column(rows, row -> row.payload().keyId()))
                .bind("sealedRequests", column(rows, row -> BASE64.encodeToString(row.payload().request())))
                .bind("sealedResponses", column(rows, row -> BASE64.encodeToString(row.payload().response())))
                .then();
    }


    /** Stores an anchor; the same head anchored twice (two writers under one id) is kept once. */
    Mono<Void> anchor(Anchor anchor) {
        return db.sql("""
                        insert into message_log_anchor (instance_id, month, seq, entry_hash, anchored_at, key_id,
                                                        signature)
                        values (:instance, :month, :seq, :hash, :at, :key, :signature)
                        on conflict (instance_id, month, seq) do nothing
                        """)
                .bind("instance", anchor.instance()).bind("month", anchor.month().toString())
                .bind("seq", anchor.seq()).bind("hash", anchor.entryHash())
                .bind("at", anchor.anchoredAt().atOffset(java.time.ZoneOffset.UTC)).bind("key", anchor.keyId())
                .bind("signature", anchor.signature())
                .then();
    }

    /** The anchors selected, chain by chain in seq order. */
    Flux<Anchor> anchors(MessageLogReads reads) {
        return db.sql(reads.anchorsSql(name -> ":" + name)).bindValues(reads.parameters())
                .map(row -> unchecked(() -> MessageLogReads.anchor(row::get)))
                .all();
    }

    /** The entries selected with their payloads, chain by chain in seq order. */
    Flux<LogVerification.Stored> entries(MessageLogReads reads) {
        return db.sql(reads.entriesSql(name -> ":" + name)).bindValues(reads.parameters())
                .map(row -> unchecked(() -> MessageLogReads.stored(row::get)))
                .all();
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> read) {
        try {
            return read.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
