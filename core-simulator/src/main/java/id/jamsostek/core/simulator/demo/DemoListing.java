package id.jamsostek.core.simulator.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.employers.EmployerUnits;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import java.util.List;

/**
 * What {@code GET /sim/v1/demo} shows: each seeded account with its open bill as of now, and for an employer's account
 * the unit (NPP, division) and its employees with this month's wage, to try the employer operations on.
 */
public final class DemoListing {

    /** One row of the listing; status and total are the open bill's right now; employer only for an employer. */
    public record Entry(String customerNo, List<String> otherCustomerNos, String accountType, String holderName,
            String scenario, String status, String billId, String totalAmount, List<String> periods,
            @JsonInclude(JsonInclude.Include.NON_NULL) EmployerUnits.Listing employer) {
    }

    private final List<DemoAccount> seeded;
    private final AccountBook accounts;
    private final OpenBills openBills;
    private final EmployerUnits employers;

    public DemoListing(List<DemoAccount> seeded, AccountBook accounts, OpenBills openBills, EmployerUnits employers) {
        this.seeded = List.copyOf(seeded);
        this.accounts = accounts;
        this.openBills = openBills;
        this.employers = employers;
    }

    public List<Entry> entries() {
        return seeded.stream().map(this::entry).toList();
    }

    private Entry entry(DemoAccount demo) {
        BillingAccount account = accounts.find(demo.customerNo()).orElseThrow();
        EmployerUnits.Listing employer = demo.employer() == null ? null : employers.listing(demo.employer());
        try {
            BillView view = openBills.openBill(demo.customerNo());
            return new Entry(demo.customerNo(), demo.otherCustomerNos(), account.type().name(), account.holderName(),
                    demo.scenario(), view.status().name(), view.bill().billId(), view.bill().total().toWire(),
                    view.bill().periods().stream().map(Object::toString).toList(), employer);
        } catch (CoreProblemException noBill) {
            return new Entry(demo.customerNo(), demo.otherCustomerNos(), account.type().name(), account.holderName(),
                    demo.scenario(), noBill.type().slug(), null, null, List.of(), employer);
        }
    }
}
