package id.jamsostek.bench.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrillPlanTest {

    @Test
    void drawsTheSamePlanFromTheSameSeed() {
        assertThat(DrillPlan.draw(7, 200, "42", 0, 2)).isEqualTo(DrillPlan.draw(7, 200, "42", 0, 2));
        assertThat(DrillPlan.draw(7, 200, "42", 0, 2)).isNotEqualTo(DrillPlan.draw(8, 200, "42", 0, 2));
    }

    @Test
    void paysEachBenchAccountOnceUnderIdsUniqueAcrossTheBanks() {
        DrillPlan plan = DrillPlan.draw(1, 1000, "1732250000", 5, 2);

        Set<String> ids = new HashSet<>();
        Set<String> customers = new HashSet<>();
        for (DrillPlan.Payment payment : plan.payments()) {
            assertThat(ids.add(payment.paymentRequestId())).isTrue();
            assertThat(payment.paymentRequestId()).matches("[0-9]+");
            if (payment.secondPaymentRequestId() != null) {
                assertThat(ids.add(payment.secondPaymentRequestId())).isTrue();
                assertThat(payment.secondBank()).isNotEqualTo(payment.bank());
            }
            assertThat(customers.add(payment.customerNo())).isTrue();
        }
        assertThat(plan.payments().getFirst().customerNo()).isEqualTo("7700000000000005");
    }

    @Test
    void mixesStormsAdvicesAndSecondPaymentsInRoughlyTheStatedShares() {
        DrillPlan plan = DrillPlan.draw(3, 2000, "9", 0, 2);

        assertThat(share(plan, p -> p.inquiry())).isBetween(0.85, 0.95);
        assertThat(share(plan, p -> p.sameExternalIdCopies() > 0)).isBetween(0.20, 0.30);
        assertThat(share(plan, p -> p.samePaymentRequestIdCopies() > 0)).isBetween(0.15, 0.25);
        assertThat(share(plan, p -> p.advices() > 0)).isBetween(0.25, 0.35);
        assertThat(share(plan, p -> p.secondPaymentRequestId() != null)).isBetween(0.03, 0.07);
        assertThat(share(plan, p -> p.bank() == 0)).isBetween(0.45, 0.55);
    }

    @Test
    void makesNoSecondPaymentsWithOneBank() {
        assertThat(DrillPlan.draw(3, 500, "9", 0, 1).payments())
                .allMatch(p -> p.secondPaymentRequestId() == null && p.bank() == 0);
    }

    private static double share(DrillPlan plan, java.util.function.Predicate<DrillPlan.Payment> which) {
        return plan.payments().stream().filter(which).count() / (double) plan.payments().size();
    }
}
