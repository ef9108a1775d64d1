package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.PaymentOrders;
import id.jamsostek.core.simulator.participants.Enrollments;
import id.jamsostek.core.simulator.participants.PayerBudgets;
import id.jamsostek.core.simulator.participants.ParticipantDirectory;
import id.jamsostek.core.simulator.participants.Sponsoring;
import java.util.Objects;

/**
 * What the participant routes (enrollment, search, village lists, coverage, collective bills, payment orders, payer
 * budgets, sponsorships) work with.
 */
public record ParticipantServices(Enrollments enrollments, ParticipantDirectory directory,
        CollectiveBills collectiveBills, PaymentOrders paymentOrders, PayerBudgets budgets, Sponsoring sponsoring) {

    public ParticipantServices {
        Objects.requireNonNull(enrollments, "enrollments");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(collectiveBills, "collectiveBills");
        Objects.requireNonNull(paymentOrders, "paymentOrders");
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(sponsoring, "sponsoring");
    }
}
