package id.jamsostek.gateway.partner.administration;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The trail of partner changes (table partner_audit): who, when, which partner, what; never a secret. */
@Repository
public class PartnerAudit {

    /** The operator named on changes the partner file makes at start. */
    public static final String PARTNER_FILE = "partner-file";

    public enum Action { REGISTER, CHANGE, ROTATE_SECRET, ROTATE_KEY, DISABLE, ENABLE, RESEAL_KEK }

    /** One row of the trail. */
    public record Entry(long id, String partnerId, String operator, Action action, JsonNode changes,
            OffsetDateTime at) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    public PartnerAudit(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Joins the caller's transaction when there is one. @param partnerId null for a change of no one partner */
    public Mono<Void> record(String partnerId, String operator, Action action, JsonNode changes) {
        var insert = db.sql("insert into partner_audit (partner_id, operator, action, changes)"
                        + " values (:partner, :operator, :action, cast(:changes as jsonb))")
                .bind("operator", operator).bind("action", action.name())
                .bind("changes", json.writeValueAsString(changes));
        return (partnerId == null ? insert.bindNull("partner", String.class) : insert.bind("partner", partnerId))
                .then();
    }

    public Flux<Entry> of(String partnerId) {
        return db.sql("select id, partner_id, operator, action, changes::text as changes, at from partner_audit"
                        + " where partner_id = :partner order by id")
                .bind("partner", partnerId)
                .map(row -> new Entry(row.get("id", Long.class), row.get("partner_id", String.class),
                        row.get("operator", String.class), Action.valueOf(row.get("action", String.class)),
                        json.readTree(row.get("changes", String.class)), row.get("at", OffsetDateTime.class)))
                .all();
    }
}
