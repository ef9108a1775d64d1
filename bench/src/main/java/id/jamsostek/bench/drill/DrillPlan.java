package id.jamsostek.bench.drill;

import id.jamsostek.core.simulator.BenchAccounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a drill pays, drawn from a seed: one payment per bench account (an unpaid bill each), a bank for each, and
 * the duplicates a real bank's retries make of some of them. Of the payments, about
 * <ul>
 *   <li>90 % are looked up first (an inquiry, 0.5-8 s before the payment, as a customer at an ATM takes a moment
 *       to confirm), so a payment made while the core is down can be checked against what the inquiry saw;</li>
 *   <li>25 % are sent 2-5 more times at once with the same X-EXTERNAL-ID (a storm of the very same request);</li>
 *   <li>20 % are sent 1-3 more times at once with the same paymentRequestId under new X-EXTERNAL-IDs;</li>
 *   <li>30 % get 1-2 advices (flagAdvise "Y", new X-EXTERNAL-IDs) 1-4 s later;</li>
 *   <li>5 % of the bills are paid a second time 0-2 s later by the other bank under another paymentRequestId.</li>
 * </ul>
 */
public record DrillPlan(List<Payment> payments) {

    /**
     * One payment of the plan.
     *
     * @param secondPaymentRequestId the id of a second payment of the same bill by {@code secondBank}, or null
     */
    public record Payment(int bank, String customerNo, String paymentRequestId, boolean inquiry,
            Duration inquiryLead, int sameExternalIdCopies, int samePaymentRequestIdCopies, int advices, Duration adviceDelay,
            String secondPaymentRequestId, int secondBank, Duration secondPaymentDelay) {
    }

    public DrillPlan {
        payments = List.copyOf(payments);
    }

    /**
     * @param runId             digits that make this run's paymentRequestIds new (the gateway keeps them for days)
     * @param firstBenchAccount the index of the first bench account to pay (a simulator's range starts at 0)
     * @param banks             how many banks pay (the second payments need 2)
     */
    public static DrillPlan draw(long seed, int count, String runId, long firstBenchAccount, int banks) {
        if (count < 1 || banks < 1) {
            throw new IllegalArgumentException("a drill needs at least one payment and one bank");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Payment> payments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int bank = random.nextInt(banks);
            String id = runId + String.format("%07d", i);
            boolean second = banks > 1 && chance(random, 5);
            payments.add(new Payment(bank, BenchAccounts.customerNo(firstBenchAccount + i), id, chance(random, 90),
                    Duration.ofMillis(random.nextLong(500, 8_001)),
                    chance(random, 25) ? random.nextInt(2, 6) : 0,
                    chance(random, 20) ? random.nextInt(1, 4) : 0,
                    chance(random, 30) ? random.nextInt(1, 3) : 0,
                    Duration.ofMillis(random.nextLong(1_000, 4_001)),
                    second ? runId + String.format("%07d", count + i) : null, (bank + 1) % banks,
                    Duration.ofMillis(random.nextLong(0, 2_001))));
        }
        return new DrillPlan(payments);
    }

    private static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }
}
