package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.demo.DemoSeed.NINO_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SimulatedFaultsHttpTest {

    private final CoreSimulator sim = CoreSimulator.start(
            CoreSimulatorSettings.defaults().withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void refusesTheNextRequestsWithoutHandlingThem() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        sim.faults().failNextRequests(2, 503);

        HttpResponse<String> first = core.post("key-refused", paymentBody(bill));
        HttpResponse<String> second = core.openBill(SITI_NIK);
        HttpResponse<String> third = core.openBill(SITI_NIK);

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(problemType(first)).endsWith("/simulated-fault");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(sim.ledger().postingForKey("key-refused")).isEmpty();
    }

    @Test
    void losesTheAnswerAfterPostingSoARetryWithTheKeyReplays() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        sim.faults().loseNextResponses(1, 504);

        HttpResponse<String> lost = core.post("key-lost", paymentBody(bill));
        HttpResponse<String> retry = core.post("key-lost", paymentBody(bill));

        assertThat(lost.statusCode()).isEqualTo(504);
        assertThat(sim.ledger().postingsForKey("key-lost")).isEqualTo(1);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void delaysAnswersByTheLatency() {
        sim.faults().setLatency(Duration.ofMillis(400));

        long started = System.nanoTime();
        HttpResponse<String> response = core.openBill(NINO_NIK);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void leavesTheSimulatorsOwnRoutesAlone() {
        sim.faults().failNextRequests(1, 500);

        assertThat(core.get("/sim/v1/demo").statusCode()).isEqualTo(200);
        assertThat(core.openBill(NINO_NIK).statusCode()).isEqualTo(500);
    }

    @Test
    void resetClearsEveryFault() {
        sim.faults().setLatency(Duration.ofSeconds(30));
        sim.faults().failNextRequests(5, 503);
        sim.faults().loseNextResponses(5, 504);

        sim.faults().reset();

        assertThat(core.openBill(NINO_NIK).statusCode()).isEqualTo(200); // the client gives up after 10 s
    }
}
