package id.jamsostek.core.simulator.billing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every bill issued, by id. Ids follow the content, so issuing the same bill twice keeps the first. */
public final class BillBook {

    private final Map<String, Bill> byId = new ConcurrentHashMap<>();

    public Bill issue(Bill bill) {
        Bill existing = byId.putIfAbsent(bill.billId(), bill);
        return existing == null ? bill : existing;
    }

    public Optional<Bill> find(String billId) {
        return Optional.ofNullable(byId.get(billId));
    }
}
