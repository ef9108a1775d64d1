package id.jamsostek.core.simulator.billing;

import java.util.List;
import java.util.Optional;

/** Read access to the payments posted, for tests and the "was this key posted?" query. */
public interface Ledger {

    int postingsForBill(String billId);

    int postingsForKey(String idempotencyKey);

    int totalPostings();

    /** In posting order. */
    List<Posting> postings();

    Optional<Posting> postingForKey(String idempotencyKey);
}
