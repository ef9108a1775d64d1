package id.jamsostek.gateway.operator;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit of what operators do (table operator_action): one row per admin call and console action, with the
 * subject of the operator's token or session, written before the answer leaves.
 */
@Repository
public class OperatorActions {

    /** One row. */
    public record Action(long id, OffsetDateTime at, String subject, String roles, String method, String path,
            int status, String clientAddress) {}

    private final DatabaseClient db;

    public OperatorActions(DatabaseClient db) {
        this.db = db;
    }

    /** Records what the operator asked of the exchange and the status it was answered with. */
    public Mono<Void> record(Operator operator, ServerWebExchange exchange, int status) {
        return db.sql("insert into operator_action (subject, roles, method, path, status, client_address)"
                        + " values (:subject, :roles, :method, :path, :status, :address)")
                .bind("subject", operator.subject())
                .bind("roles", operator.roles().stream().map(Role::claimValue).sorted()
                        .collect(Collectors.joining(" ")))
                .bind("method", exchange.getRequest().getMethod().name())
                .bind("path", exchange.getRequest().getPath().value())
                .bind("status", status)
                .bind("address", OperatorRefusals.address(exchange))
                .then();
    }

    /** The latest actions of a subject, newest first. */
    public Flux<Action> of(String subject, int limit) {
        return db.sql("select id, at, subject, roles, method, path, status, client_address from operator_action"
                        + " where subject = :subject order by id desc limit :limit")
                .bind("subject", subject).bind("limit", limit)
                .map(row -> new Action(row.get("id", Long.class), row.get("at", OffsetDateTime.class),
                        row.get("subject", String.class), row.get("roles", String.class),
                        row.get("method", String.class), row.get("path", String.class),
                        row.get("status", Integer.class), row.get("client_address", String.class)))
                .all();
    }
}
