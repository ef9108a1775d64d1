package id.jamsostek.core.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoreSimulatorMainTest {

    @Test
    void defaultsToPort8090OnLoopbackWithDemoData() {
        CoreSimulatorSettings settings = CoreSimulatorMain.parse(new String[0]);

        assertThat(settings.port()).isEqualTo(8090);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.seedDemoData()).isTrue();
    }

    @Test
    void readsPortHostAndNoSeed() {
        CoreSimulatorSettings settings = CoreSimulatorMain.parse(
                new String[] {"--port", "18090", "--host", "0.0.0.0", "--no-seed"});

        assertThat(settings.port()).isEqualTo(18090);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.seedDemoData()).isFalse();
    }

    @Test
    void rejectsUnknownArgumentsAndMissingValues() {
        assertThatThrownBy(() -> CoreSimulatorMain.parse(new String[] {"--verbose"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoreSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
