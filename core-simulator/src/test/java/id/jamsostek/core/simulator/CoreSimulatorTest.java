package id.jamsostek.core.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class CoreSimulatorTest {

    @Test
    void startsOnAFreePortWithoutDemoDataWhenAsked() {
        try (CoreSimulator sim = CoreSimulator.start(new CoreSimulatorSettings(0, Clock.systemUTC(), false))) {
            CoreClient core = new CoreClient(sim.baseUrl());

            assertThat(sim.port()).isPositive();
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
            assertThat(core.get("/sim/v1/demo").body()).isEqualTo("[]");
            assertThat(core.openBill("100200300401").statusCode()).isEqualTo(404);
            assertThat(sim.ledger().totalPostings()).isZero();
        }
    }

    @Test
    void answersUnknownRoutesWithAProblem() {
        try (CoreSimulator sim = CoreSimulator.start(CoreSimulatorSettings.defaults())) {
            var response = new CoreClient(sim.baseUrl()).get("/core/v2/nothing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(CoreClient.problemType(response)).endsWith("/not-found");
        }
    }
}
