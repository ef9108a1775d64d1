package id.jamsostek.gateway.messagelog;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The verification reads, written once for both drivers: the gateway reads them over R2DBC, the verify command
 * over JDBC. A row is read through {@link Columns}, which either driver's row provides.
 *
 * @param instance null: every instance
 * @param month    null: every month
 */
record MessageLogReads(String instance, YearMonth month) {

    /** A column of the current row by name, as R2DBC's {@code Row.get} and JDBC's {@code ResultSet.getObject}. */
    interface Columns {
        <T> T get(String column, Class<T> type) throws Exception;
    }

    /** Whether an anchor (from outside the database) belongs to the chains selected. */
    boolean selects(Anchor anchor) {
        return (instance == null || instance.equals(anchor.instance()))
                && (month == null || month.equals(anchor.month()));
    }

    /** The anchors selected, chain by chain in seq order; {@code placeholder} turns a parameter name into its marker. */
    String anchorsSql(Function<String, String> placeholder) {
        return "select instance_id, month, seq, entry_hash, anchored_at, key_id, signature from message_log_anchor"
                + where("", placeholder) + " order by instance_id, month, seq";
    }

    /** The entries selected with their payloads (absent ones null), chain by chain in seq order. */
    String entriesSql(Function<String, String> placeholder) {
        return "select e.*, p.key_id, p.request, p.response from message_log e "
                + "left join message_log_payload p using (instance_id, month, seq)" + where("e.", placeholder)
                + " order by e.instance_id, e.month, e.seq";
    }

    /** The parameters, in the order their placeholders appear. */
    Map<String, Object> parameters() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (instance != null) {
            values.put("instance", instance);
        }
        if (month != null) {
            values.put("month", month.toString());
        }
        return values;
    }

    private String where(String table, Function<String, String> placeholder) {
        List<String> conditions = new ArrayList<>();
        parameters().keySet().forEach(name -> conditions.add(table + (name.equals("instance") ? "instance_id" : name)
                + " = " + placeholder.apply(name)));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static Anchor anchor(Columns row) throws Exception {
        return new Anchor(row.get("instance_id", String.class), YearMonth.parse(row.get("month", String.class)),
                row.get("seq", Long.class), row.get("entry_hash", byte[].class),
                row.get("anchored_at", OffsetDateTime.class).toInstant(), row.get("key_id", String.class),
                row.get("signature", byte[].class));
    }

    static LogVerification.Stored stored(Columns row) throws Exception {
        ChainEntry entry = new ChainEntry(row.get("instance_id", String.class),
                YearMonth.parse(row.get("month", String.class)), row.get("seq", Long.class),
                row.get("logged_at", OffsetDateTime.class).toInstant(), row.get("partner_id", String.class),
                row.get("route_id", String.class), row.get("method", String.class), row.get("path", String.class),
                row.get("status", Integer.class), row.get("request_sha256", byte[].class),
                row.get("response_sha256", byte[].class), row.get("prev_hash", byte[].class),
                row.get("entry_hash", byte[].class));
        String key = row.get("key_id", String.class);
        return new LogVerification.Stored(entry, key == null ? null
                : new PayloadArchive.Sealed(key, row.get("request", byte[].class), row.get("response", byte[].class)));
    }
}
