package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A budget's optional annual ceiling (domain.md section 1, payer scope): what it has committed is everyone it pays for,
 * for the year's months from their first month on; an enrollment that would exceed it is refused saying what remains.
 */
class PayerBudgetHttpTest {

    private static final String TANGERANG_2026 = "/core/v1/payer-budgets/3603/2026";

    @RegisterExtension
    final PinnedSimulator pinned = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = pinned.core();

    private HttpResponse<String> enroll(Enrollment enrollment, String payer) {
        return core.post(Enrollment.PATH, "enroll-" + enrollment.nik(), enrollment.village("3603012014")
                .payer(payer).with("incomeBand", "1000000.00").programs("JKK", "JKM").json());
    }

    @Test
    void refusesTheEnrollmentThatWouldTakeTheYearsCommitmentOverTheCeiling() {
        assertThat(core.get(TANGERANG_2026).statusCode()).as("no ceiling yet").isEqualTo(404);
        // November and December 2026 at the lowest band, an APBD (no PP 50/2025 discount): 2 x 16,800 each
        HttpResponse<String> set = core.put(TANGERANG_2026, "{\"ceiling\":\"50000.00\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertConforms("PayerBudget", set);

        assertThat(enroll(Enrollment.man(1, 9), "REGENCY_BUDGET").statusCode()).isEqualTo(201);
        HttpResponse<String> refused = enroll(Enrollment.man(2, 9), "REGENCY_BUDGET");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemType(refused)).endsWith("/budget-exceeded");
        JsonNode problem = json(refused);
        assertThat(problem.get("remainingBudget").asString()).isEqualTo("16400.00");
        assertThat(problem.get("enrollmentCost").asString()).isEqualTo("33600.00");
        JsonNode standing = json(core.get(TANGERANG_2026));
        assertThat(standing.get("committed").asString()).isEqualTo("33600.00");
        assertThat(standing.get("remaining").asString()).isEqualTo("16400.00");
        assertThat(enroll(Enrollment.man(3, 9), "SELF").statusCode()).as("other payers are not counted")
                .isEqualTo(201);
    }
}
