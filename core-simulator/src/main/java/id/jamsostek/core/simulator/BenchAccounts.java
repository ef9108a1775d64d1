package id.jamsostek.core.simulator;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.billing.AccountType;
import id.jamsostek.core.simulator.billing.BillComposer;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.model.NonWageEarner;
import id.jamsostek.core.simulator.model.NonWageEarnerGroupContributions;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Many distinct unpaid bills for load tests (bench/run.sh), at no cost until used: customer numbers {@value #FIRST}
 * to {@code FIRST + count - 1} (16 digits, "77" then the index on 14 digits) are each a non-wage earner on the lowest
 * income band without JHT, paid through last month, so each owes exactly one bill (the current month) of
 * {@link #total()}. An account is made on its first look-up and then behaves like any other (a second payment of
 * its bill is refused as paid). The participant behind them is one synthetic person, not registered: the
 * accounts exist for billing only.
 */
public final class BenchAccounts {

    /** The first customer number of the range. */
    public static final String FIRST = "7700000000000000";
    /** Index digits after the "77" prefix. */
    static final int INDEX_DIGITS = 14;
    public static final long MAX_COUNT = 100_000_000_000_000L;
    private static final String PREFIX = "77";

    private final long count;
    private final BillComposer composer;
    private final BusinessClock clock;
    private final NonWageEarnerGroupContributions contributions;

    BenchAccounts(long count, Tariffs tariffs, BillComposer composer, BusinessClock clock) {
        this.count = count;
        this.composer = composer;
        this.clock = clock;
        NonWageEarner template = new NonWageEarner("22099999999", "3603010101900001", "PESERTA BENCH",
                LocalDate.of(1990, 1, 1), BpuTerms.selfPaid(tariffs.incomeBands().lowest(), false),
                clock.today().minusYears(1));
        this.contributions = new NonWageEarnerGroupContributions(List.of(template), tariffs.nonWageEarners());
    }

    /** The customer number of the index-th account of the range (0 is {@value #FIRST}). */
    public static String customerNo(long index) {
        if (index < 0 || index >= MAX_COUNT) {
            throw new IllegalArgumentException("a bench account index is 0-" + (MAX_COUNT - 1) + ", was " + index);
        }
        return PREFIX + String.format("%0" + INDEX_DIGITS + "d", index);
    }

    /** The account of a customer number in the range (made fresh, owing the current month), else null. */
    BillingAccount make(String customerNo) {
        if (customerNo.length() != PREFIX.length() + INDEX_DIGITS || !customerNo.startsWith(PREFIX)) {
            return null;
        }
        long index = 0;
        for (int i = PREFIX.length(); i < customerNo.length(); i++) {
            char c = customerNo.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            index = index * 10 + (c - '0');
        }
        if (index >= count) {
            return null;
        }
        return account(customerNo);
    }

    private BillingAccount account(String customerNo) {
        return new BillingAccount(customerNo, List.of(), AccountType.PARTICIPANT, "PESERTA BENCH", contributions,
                YearMonth.from(clock.today()).minusMonths(1));
    }

    public long count() {
        return count;
    }

    /** The total of every bench account's bill this month (what a payment must carry). */
    public Money total() {
        return composer.regularBill(account(FIRST), FIRST, clock.today()).orElseThrow().total();
    }

    /** What {@code GET /sim/v1/bench} shows. */
    public Description describe() {
        return new Description(FIRST, count, total().toWire(), YearMonth.from(clock.today()).toString());
    }

    /** The range and the amount each of its bills asks for. */
    public record Description(String firstCustomerNo, long count, String totalAmount, String period) {
    }
}
