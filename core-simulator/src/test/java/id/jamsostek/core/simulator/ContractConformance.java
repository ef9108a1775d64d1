package id.jamsostek.core.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.validation.ContractSchema;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Checks the simulator's answers against the contract's own schemas, so the two cannot drift apart. */
final class ContractConformance {

    private ContractConformance() {
    }

    /** The body conforms to {@code contracts/core/schemas/<schemaName>.json}. */
    static void assertConforms(String schemaName, HttpResponse<String> response) {
        ContractSchema schema = ContractSchema.load("contracts/core/schemas/" + schemaName + ".json");
        assertThat(schema.validate(response.body().getBytes(StandardCharsets.UTF_8)))
                .as("%s against %s", response.body(), schemaName)
                .isEmpty();
    }
}
