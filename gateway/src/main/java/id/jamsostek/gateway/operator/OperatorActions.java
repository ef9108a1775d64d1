package id.jamsostek.gateway.operator;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The audit of what operators do and are refused (table operator_action): one row per admin call and console request,
 * with the subject of the operator's token or session, written before the answer leaves; one row per refused admin
 * call or console request and per failed sign-in, with the subject when one was authenticated. The path only, never
 * the query or a header: no sign-in code, no token, nothing a person typed.
 */
@Repository
public class OperatorActions {

    private final DatabaseClient db;

    public OperatorActions(DatabaseClient db) {
        this.db = db;
    }

    /** Records what the operator asked of the exchange and the status it was answered with. */
    public Mono<Void> record(Operator operator, ServerWebExchange exchange, int status) {
        return insert(Optional.of(operator), exchange, status, null);
    }

    /** Records a refusal, as whom when someone was authenticated (a call without the role), and why. */
    Mono<Void> refused(Optional<Operator> operator, ServerWebExchange exchange, int status,
            OperatorRefusals.Reason reason) {
        return insert(operator, exchange, status, reason.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Mono<Void> insert(Optional<Operator> operator, ServerWebExchange exchange, int status, String refused) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("insert into operator_action"
                        + " (subject, roles, method, path, status, client_address, refused)"
                        + " values (:subject, :roles, :method, :path, :status, :address, :refused)")
                .bind("roles", operator.map(known -> known.roles().stream().map(Role::claimValue).sorted()
                        .collect(Collectors.joining(" "))).orElse(""))
                .bind("method", exchange.getRequest().getMethod().name())
                .bind("path", exchange.getRequest().getPath().value())
                .bind("status", status)
                .bind("address", OperatorRefusals.address(exchange));
        insert = orNull(insert, "subject", operator.map(Operator::subject).orElse(null));
        return orNull(insert, "refused", refused).then();
    }

    private static DatabaseClient.GenericExecuteSpec orNull(DatabaseClient.GenericExecuteSpec insert, String name,
            String value) {
        return value == null ? insert.bindNull(name, String.class) : insert.bind(name, value);
    }
}
