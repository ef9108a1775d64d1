package id.jamsostek.core.simulator.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** Billing accounts by every customer number that reaches them (a BPU: NIK and KPJ). */
public final class AccountBook {

    private final Map<String, BillingAccount> byCustomerNo = new ConcurrentHashMap<>();
    private volatile Function<String, BillingAccount> onDemand = customerNo -> null;

    /**
     * Accounts made on their first look-up (the benchmark range): {@code factory} answers the new account of a
     * customer number it serves, null for any other. Kept once made, so later changes (a payment) stick.
     */
    public void openOnDemand(Function<String, BillingAccount> factory) {
        this.onDemand = java.util.Objects.requireNonNull(factory, "factory");
    }

    /** Not atomic across numbers: accounts are opened by one thread (seed, enrollment), read by many. */
    public synchronized void open(BillingAccount account) {
        for (String customerNo : allCustomerNos(account)) {
            if (byCustomerNo.containsKey(customerNo)) {
                throw new IllegalStateException("customer number already in use");
            }
        }
        allCustomerNos(account).forEach(no -> byCustomerNo.put(no, account));
    }

    /** The account of the customer number, opened with {@code factory} when there is none yet (atomically). */
    public synchronized BillingAccount openIfAbsent(String customerNo, java.util.function.Supplier<BillingAccount> factory) {
        BillingAccount known = byCustomerNo.get(customerNo);
        if (known != null) {
            return known;
        }
        BillingAccount account = factory.get();
        if (!account.customerNo().equals(customerNo)) {
            throw new IllegalArgumentException("the account opened must have the customer number asked for");
        }
        open(account);
        return account;
    }

    public Optional<BillingAccount> find(String customerNo) {
        BillingAccount known = byCustomerNo.get(customerNo);
        if (known != null) {
            return Optional.of(known);
        }
        BillingAccount made = onDemand.apply(customerNo);
        if (made == null) {
            return Optional.empty();
        }
        BillingAccount raced = byCustomerNo.putIfAbsent(customerNo, made);
        return Optional.of(raced != null ? raced : made);
    }

    private static List<String> allCustomerNos(BillingAccount account) {
        return Stream.concat(Stream.of(account.customerNo()),
                account.otherCustomerNos().stream()).toList();
    }
}
