package id.jamsostek.bench.drill;

import id.jamsostek.bench.drill.PaymentAttempt.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The banks' side of a drill: sends a {@link DrillPlan}'s payments, storms and advices spread evenly over a time,
 * round-robin over the gateway instances (a refused connection is tried on the next instance, as a load balancer
 * does), then settles: advices for every payment without a verdict until each has one and every accepted payment is
 * posted, or a bound passes. Every answer is kept for {@link ExactlyOnceAudit}. Requests in flight are capped; each
 * payment runs on a virtual thread.
 */
public final class DrillTraffic {

    private final BankLine line;
    private final String amount;
    private final Semaphore inFlight;
    private final AtomicLong externalIds;
    private final AtomicInteger nextInstance = new AtomicInteger();
    private final Queue<DrillAnswer> answers = new ConcurrentLinkedQueue<>();
    /** Every payment's first request, to send its advices from. */
    private final Map<String, PaymentAttempt> firstAttempts = new ConcurrentHashMap<>();
    private final Map<Role, AtomicLong> sentByRole = new EnumMap<>(Role.class);
    private final AtomicLong inquiriesAnswered = new AtomicLong();
    private final AtomicLong inquiriesFailed = new AtomicLong();

    /**
     * @param amount          what each bill asks for (every bench bill owes the same)
     * @param maxInFlight     the most requests waiting for an answer at once
     * @param firstExternalId where this run's X-EXTERNAL-IDs start (new for the banks on this Jakarta day)
     */
    public DrillTraffic(BankLine line, String amount, int maxInFlight, long firstExternalId) {
        this.line = line;
        this.amount = amount;
        this.inFlight = new Semaphore(maxInFlight);
        this.externalIds = new AtomicLong(firstExternalId);
        for (Role role : Role.values()) {
            sentByRole.put(role, new AtomicLong());
        }
    }

    /** Sends every payment of the plan spread over {@code duration}; returns once all of them have been answered. */
    public void load(DrillPlan plan, Duration duration) throws InterruptedException {
        List<Thread> payments = new ArrayList<>();
        long start = System.nanoTime();
        long interval = duration.toNanos() / plan.payments().size();
        for (int i = 0; i < plan.payments().size(); i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            DrillPlan.Payment payment = plan.payments().get(i);
            payments.add(Thread.ofVirtual().name("drill-payment-" + i).start(() -> pay(payment)));
        }
        for (Thread payment : payments) {
            payment.join();
        }
    }

    private void pay(DrillPlan.Payment payment) {
        if (payment.inquiry()) {
            inquire(payment.bank(), payment.customerNo(), payment.paymentRequestId());
            pause(payment.inquiryLead());
        }
        PaymentAttempt first = new PaymentAttempt(payment.bank(), payment.customerNo(), payment.paymentRequestId(),
                amount, nextExternalId(), Role.FIRST);
        firstAttempts.put(first.paymentRequestId(), first);
        List<PaymentAttempt> storm = new ArrayList<>();
        storm.add(first);
        for (int i = 0; i < payment.sameExternalIdCopies(); i++) {
            storm.add(first.again(first.externalId(), Role.SAME_EXTERNAL_ID));
        }
        for (int i = 0; i < payment.samePaymentRequestIdCopies(); i++) {
            storm.add(first.again(nextExternalId(), Role.SAME_PAYMENT_REQUEST_ID));
        }
        all(storm.stream().map(attempt -> (Runnable) () -> send(attempt)).toList());
        List<Runnable> later = new ArrayList<>();
        if (payment.advices() > 0) {
            later.add(() -> {
                pause(payment.adviceDelay());
                for (int i = 0; i < payment.advices(); i++) {
                    send(first.again(nextExternalId(), Role.ADVICE));
                }
            });
        }
        if (payment.secondPaymentRequestId() != null) {
            later.add(() -> {
                pause(payment.secondPaymentDelay());
                PaymentAttempt second = new PaymentAttempt(payment.secondBank(), payment.customerNo(),
                        payment.secondPaymentRequestId(), amount, nextExternalId(), Role.SECOND_PAYMENT);
                firstAttempts.put(second.paymentRequestId(), second);
                send(second);
            });
        }
        all(later);
    }

    /**
     * Advices, round after round, for every payment without a verdict, until each has one and every payment answered
     * as accepted is in the ledger, or the bound passes.
     *
     * @return whether everything settled within the bound
     */
    public boolean settle(Supplier<? extends Collection<CorePosting>> ledger, Duration bound, Duration pause) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            Set<String> accepted = new HashSet<>();
            Set<String> decided = new HashSet<>();
            for (DrillAnswer answer : answers) {
                if (answer.kind().accepts()) {
                    accepted.add(answer.paymentRequestId());
                }
                if (answer.kind().accepts() || answer.kind().rejects()) {
                    decided.add(answer.paymentRequestId());
                }
            }
            List<PaymentAttempt> undecided = firstAttempts.values().stream()
                    .filter(first -> !decided.contains(first.paymentRequestId())).toList();
            ledger.get().forEach(posting -> accepted.remove(posting.reference()));
            if (undecided.isEmpty() && accepted.isEmpty()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            all(undecided.stream()
                    .map(first -> (Runnable) () -> send(first.again(nextExternalId(), Role.SETTLING_ADVICE)))
                    .toList());
            pause(pause);
        }
    }

    /** How many payments have gone out so far (their first request), for a timeline that follows the load. */
    public long paymentsSent() {
        return sentByRole.get(Role.FIRST).get();
    }

    public List<DrillAnswer> answers() {
        return List.copyOf(answers);
    }

    /** Requests sent by role, and inquiries. */
    public String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-52s %10s%n", "requests sent", "count"));
        sentByRole.forEach((role, count) -> out.append(String.format(Locale.ROOT, "  %-50s %,10d%n",
                role.name().toLowerCase(Locale.ROOT).replace('_', ' '), count.get())));
        out.append(String.format(Locale.ROOT, "  %-50s %,10d%n", "inquiries answered 2002400", inquiriesAnswered.get()));
        out.append(String.format(Locale.ROOT, "  %-50s %,10d%n", "inquiries not answered 2002400", inquiriesFailed.get()));
        return out.toString();
    }

    private void inquire(int bank, String customerNo, String inquiryRequestId) {
        String externalId = nextExternalId();
        int first = nextInstance();
        boolean answered = false;
        for (int k = 0; k < line.instances() && !answered; k++) {
            int instance = (first + k) % line.instances();
            answered = withPermit(() -> line.inquire(bank, customerNo, inquiryRequestId, externalId, instance));
        }
        (answered ? inquiriesAnswered : inquiriesFailed).incrementAndGet();
    }

    /**
     * Sends the attempt; a refused connection or an instance that said it cannot serve yet is sent again to the next
     * instance, as the first did nothing.
     */
    private void send(PaymentAttempt attempt) {
        sentByRole.get(attempt.role()).incrementAndGet();
        int first = nextInstance();
        for (int k = 0; k < line.instances(); k++) {
            int instance = (first + k) % line.instances();
            DrillAnswer answer = withPermit(() -> line.pay(attempt, instance));
            answers.add(answer);
            if (!answer.kind().nothingDone()) {
                return;
            }
        }
    }

    private <T> T withPermit(Supplier<T> request) {
        inFlight.acquireUninterruptibly();
        try {
            return request.get();
        } finally {
            inFlight.release();
        }
    }

    private int nextInstance() {
        return Math.floorMod(nextInstance.getAndIncrement(), line.instances());
    }

    private String nextExternalId() {
        return Long.toString(externalIds.incrementAndGet());
    }

    /** Runs each on its own virtual thread and waits for all. */
    private static void all(List<Runnable> tasks) {
        List<Thread> threads = tasks.stream().map(Thread.ofVirtual()::start).toList();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
