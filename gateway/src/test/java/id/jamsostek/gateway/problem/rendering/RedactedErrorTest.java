package id.jamsostek.gateway.problem.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactedErrorTest {

    @Test
    void keepsClassAndStackButNeverTheMessageOfTheErrorOrItsCauses() {
        IllegalStateException cause = new IllegalStateException("NIK 3603014903880006 SITI RAHAYU");
        RuntimeException error = new RuntimeException("cannot parse {\"nik\":\"3603014903880006\"}", cause);

        StringWriter printed = new StringWriter();
        new RedactedError(error).printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .contains("java.lang.RuntimeException", "java.lang.IllegalStateException", "RedactedErrorTest")
                .doesNotContain("3603014903880006", "SITI");
    }
}
