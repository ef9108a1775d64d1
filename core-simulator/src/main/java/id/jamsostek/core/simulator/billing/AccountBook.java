package id.jamsostek.core.simulator.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Billing accounts by every customer number that reaches them (a BPU: NIK and KPJ). */
public final class AccountBook {

    private final Map<String, BillingAccount> byCustomerNo = new ConcurrentHashMap<>();

    /** Not atomic across numbers: accounts are opened by one thread (seed, enrollment), read by many. */
    public synchronized void open(BillingAccount account) {
        for (String customerNo : allCustomerNos(account)) {
            if (byCustomerNo.containsKey(customerNo)) {
                throw new IllegalStateException("customer number already in use");
            }
        }
        allCustomerNos(account).forEach(no -> byCustomerNo.put(no, account));
    }

    public Optional<BillingAccount> find(String customerNo) {
        return Optional.ofNullable(byCustomerNo.get(customerNo));
    }

    private static List<String> allCustomerNos(BillingAccount account) {
        return Stream.concat(Stream.of(account.customerNo()),
                account.otherCustomerNos().stream()).toList();
    }
}
