package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractOperationTest {

    private static final String EMPLOYER = "contracts/employer/openapi.yaml";

    @Test
    void checksTheSharedPathParametersOfAnOperationAsItsContractDefinesThem() {
        ContractOperation bill = ContractOperation.load(EMPLOYER, "contributionBill");

        assertThat(bill.pathParameters()).containsOnlyKeys("npp", "division", "period");
        assertThat(bill.firstInvalidPathParameter(Map.of("npp", "19012345", "division", "000", "period", "2026-11")))
                .isEmpty();
        assertThat(bill.firstInvalidPathParameter(Map.of("npp", "1901234", "division", "000", "period", "2026-11")))
                .contains("npp");
        assertThat(bill.firstInvalidPathParameter(Map.of("npp", "19012345", "division", "000", "period", "2026-13")))
                .contains("period");
    }

    @Test
    void checksAnInlinePathParameterWithItsFormat() {
        ContractOperation batch = ContractOperation.load(EMPLOYER, "employeeBatchStatus");

        assertThat(batch.firstInvalidPathParameter(Map.of("batchId", "0b9f0a43-7c4e-4c86-9a41-8b7f0d6f3d21")))
                .isEmpty();
        assertThat(batch.firstInvalidPathParameter(Map.of("batchId", "not-a-uuid"))).contains("batchId");
        assertThat(batch.firstInvalidPathParameter(Map.of("batchId", "\"\\\u0000"))).contains("batchId");
    }

    @Test
    void anOperationWithoutPathParametersHasNoneToBreak() {
        ContractOperation enroll = ContractOperation.load("contracts/village/openapi.yaml", "enroll");

        assertThat(enroll.pathParameters()).isEmpty();
        assertThat(enroll.firstInvalidPathParameter(Map.of())).isEmpty();
    }

    @Test
    void anUnknownOperationIsADeploymentErrorAtStart() {
        assertThatThrownBy(() -> ContractOperation.load(EMPLOYER, "noSuchOperation"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchOperation");
    }
}
