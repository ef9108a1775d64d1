package id.jamsostek.gateway.support;

import id.jamsostek.gateway.outbox.OutboxRelay;
import java.time.Duration;

/** A batch's rows as the database holds them, for tests that run them through the relay themselves. */
public final class BatchRowRecords {

    private BatchRowRecords() {}

    /** Drains the relay until no row of the batch is pending; false if some still are after 30 s. */
    public static boolean drainedUntilSettled(OutboxRelay relay, String batchId) {
        return Poll.until(Duration.ofSeconds(30), () -> {
            relay.drain().block(Duration.ofSeconds(20));
            return TestDatabase.count("select count(*) from batch_row where batch_id = '" + batchId
                    + "' and outcome = 'PENDING'") == 0;
        });
    }

    /** How many rows of the batch were rejected with a problem whose text has these parts, in this order. */
    public static long rejectedWith(String batchId, String... parts) {
        return TestDatabase.count("select count(*) from batch_row where batch_id = '" + batchId
                + "' and outcome = 'REJECTED' and problem::text like '%" + String.join("%", parts) + "%'");
    }
}
