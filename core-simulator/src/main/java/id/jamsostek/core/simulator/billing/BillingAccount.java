package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.model.ContributionSource;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What one customer number (virtual account) bills: an employer, a non-wage earner or a collective payer.
 * Changes of its state are serialised on the account; reads take the current state without a lock.
 *
 * @see AccountBook
 */
public final class BillingAccount {

    private final String customerNo;
    private final List<String> otherCustomerNos;
    private final AccountType type;
    private final String holderName;
    private final ContributionSource contributions;
    private volatile AccountState state;

    public BillingAccount(String customerNo, List<String> otherCustomerNos, AccountType type, String holderName,
            ContributionSource contributions, YearMonth paidThrough) {
        this.customerNo = Objects.requireNonNull(customerNo, "customerNo");
        this.otherCustomerNos = List.copyOf(otherCustomerNos);
        this.type = Objects.requireNonNull(type, "type");
        this.holderName = Objects.requireNonNull(holderName, "holderName");
        this.contributions = Objects.requireNonNull(contributions, "contributions");
        this.state = new AccountState(Objects.requireNonNull(paidThrough, "paidThrough"), null, null);
    }

    public String customerNo() {
        return customerNo;
    }

    public List<String> otherCustomerNos() {
        return otherCustomerNos;
    }

    public AccountType type() {
        return type;
    }

    public String holderName() {
        return holderName;
    }

    public ContributionSource contributions() {
        return contributions;
    }

    public AccountState state() {
        return state;
    }

    /** Runs a change under the account's lock, so checks and the change it makes see no concurrent payment. */
    public synchronized <T> T change(Change<T> change) {
        return change.apply(this);
    }

    /** Only inside {@link #change}. */
    void updateState(UnaryOperator<AccountState> update) {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("account state changes only inside change()");
        }
        state = update.apply(state);
    }

    /** A change of an account, made while holding its lock. */
    @FunctionalInterface
    public interface Change<T> {
        T apply(BillingAccount account);
    }

    @Override
    public String toString() {
        return "BillingAccount[" + type + ", paidThrough=" + state.paidThrough() + "]";
    }
}
