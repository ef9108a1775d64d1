package id.jamsostek.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProgramTest {

    @Test
    void namesTheProgramsABillCanHaveLinesFor() {
        assertThat(Arrays.stream(Program.values()).map(Enum::name))
                .containsExactly("JKK", "JKM", "JHT", "JP", "JKP", "LATE_FEE");
    }

    @Test
    void readsWireNames() {
        assertThat(Program.valueOf("LATE_FEE")).isEqualTo(Program.LATE_FEE);
    }
}
