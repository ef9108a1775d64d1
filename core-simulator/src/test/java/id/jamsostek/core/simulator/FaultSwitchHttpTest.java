package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.demo.DemoSeed.NINO_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code /sim/v1/faults}: an outage of the core routes, switched over HTTP and timed on the simulator's clock. */
class FaultSwitchHttpTest {

    private final MutableClock clock = MutableClock.atJakarta("2026-11-22T10:00:00");
    private final CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults().withClock(clock));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void showsNoOutageAtFirst() {
        HttpResponse<String> state = core.get("/sim/v1/faults");

        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(json(state).get("mode").asString()).isEqualTo("NONE");
        assertThat(json(state).get("remainingMillis").asLong()).isZero();
    }

    @Test
    void downAnswers503ToEveryCoreCallForItsSecondsThenTheCoreIsBack() {
        JsonNode bill = core.openBillJson(SITI_NIK);

        HttpResponse<String> switched = core.post("/sim/v1/faults", null, "{\"mode\":\"DOWN\",\"seconds\":20}");
        HttpResponse<String> payment = core.post("key-during-outage", paymentBody(bill));
        HttpResponse<String> lookUp = core.openBill(NINO_NIK);
        clock.advance(Duration.ofSeconds(12));
        HttpResponse<String> later = core.get("/sim/v1/faults");

        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(json(switched).get("mode").asString()).isEqualTo("DOWN");
        assertThat(json(switched).get("remainingMillis").asLong()).isEqualTo(20_000);
        assertThat(payment.statusCode()).isEqualTo(503);
        assertThat(problemType(payment)).endsWith("/simulated-fault");
        assertThat(lookUp.statusCode()).isEqualTo(503);
        assertThat(sim.ledger().postingForKey("key-during-outage")).isEmpty();
        assertThat(json(later).get("remainingMillis").asLong()).isEqualTo(8_000);
        assertThat(core.get("/sim/v1/demo").statusCode()).as("the simulator's own routes stay up").isEqualTo(200);

        clock.advance(Duration.ofSeconds(8));

        assertThat(core.post("key-after-outage", paymentBody(bill)).statusCode()).isEqualTo(201);
        assertThat(json(core.get("/sim/v1/faults")).get("mode").asString()).isEqualTo("NONE");
    }

    @Test
    void resetClosesEveryCoreConnectionWithoutAnAnswerOrAPosting() {
        JsonNode bill = core.openBillJson(SITI_NIK);
        core.post("/sim/v1/faults", null, "{\"mode\":\"RESET\",\"seconds\":5}");

        assertThatThrownBy(() -> core.post("key-reset", paymentBody(bill))).isInstanceOf(UncheckedIOException.class);
        assertThat(sim.ledger().postingForKey("key-reset")).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        assertThat(core.openBill(SITI_NIK).statusCode()).isEqualTo(200);
    }

    @Test
    void noneEndsTheOutageAtOnce() {
        core.post("/sim/v1/faults", null, "{\"mode\":\"DOWN\",\"seconds\":600}");

        HttpResponse<String> cleared = core.post("/sim/v1/faults", null, "{\"mode\":\"NONE\"}");

        assertThat(json(cleared).get("mode").asString()).isEqualTo("NONE");
        assertThat(core.openBill(SITI_NIK).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewOutageReplacesTheOneInForce() {
        core.post("/sim/v1/faults", null, "{\"mode\":\"DOWN\",\"seconds\":600}");

        HttpResponse<String> replaced = core.post("/sim/v1/faults", null, "{\"mode\":\"RESET\",\"seconds\":3}");

        assertThat(json(replaced).get("mode").asString()).isEqualTo("RESET");
        assertThat(json(replaced).get("remainingMillis").asLong()).isEqualTo(3_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"mode\":\"SLOW\",\"seconds\":5}",
            "{\"mode\":\"DOWN\"}", "{\"mode\":\"DOWN\",\"seconds\":0}", "{\"mode\":\"DOWN\",\"seconds\":3601}",
            "{\"mode\":\"DOWN\",\"seconds\":\"20\"}", "{\"mode\":\"DOWN\",\"seconds\":2.5}", "{\"mode\":7}"})
    void refusesABadSwitchWith400AndChangesNothing(String body) {
        HttpResponse<String> refused = core.post("/sim/v1/faults", null, body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(problemType(refused)).endsWith("/invalid-request");
        assertThat(json(refused).get("detail").asString()).isNotBlank();
        assertThat(core.openBill(SITI_NIK).statusCode()).isEqualTo(200);
    }
}
