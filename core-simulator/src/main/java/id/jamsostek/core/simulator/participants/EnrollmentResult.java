package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.model.Membership;

/** A new membership and its first bill, as answered when it was made (a replay answers the same). */
public record EnrollmentResult(Membership membership, BillView firstBill) {
}
