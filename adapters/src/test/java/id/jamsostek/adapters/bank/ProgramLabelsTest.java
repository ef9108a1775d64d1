package id.jamsostek.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreExamples;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProgramLabelsTest {

    /** The programs a core bill line may name, read from the contract rather than restated. */
    private static List<String> corePrograms() {
        JsonNode schema = JsonMapper.builder().build()
                .readTree(CoreExamples.resource("contracts/core/schemas/BillLine.json"));
        return schema.path("properties").path("program").path("enum").valueStream().map(JsonNode::asString)
                .toList();
    }

    @Test
    void everyCoreProgramHasItsOwnLabelAndCode() {
        List<String> programs = corePrograms();
        assertThat(programs).isNotEmpty();

        Set<String> codes = new HashSet<>();
        for (String program : programs) {
            ProgramLabels.Label label = ProgramLabels.of(program);
            assertThat(label.code()).as(program).isNotEqualTo("99");
            assertThat(codes.add(label.code())).as("code of %s is unique", program).isTrue();
        }
    }

    @Test
    void labelsFitTheTellersScreen() {
        // SNAP BillDetail: billCode 2, billName 20, billShortName 10, billDescription 18 per language
        for (String program : corePrograms()) {
            ProgramLabels.Label label = ProgramLabels.of(program);
            assertThat(label.code()).as(program).hasSize(2);
            assertThat(label.shortName()).as(program).hasSizeLessThanOrEqualTo(10);
            assertThat(label.description().english()).as(program).hasSizeLessThanOrEqualTo(18);
            assertThat(label.description().indonesia()).as(program).hasSizeLessThanOrEqualTo(18);
        }
    }

    @Test
    void anUnknownProgramStillGetsAShowableLabel() {
        ProgramLabels.Label other = ProgramLabels.of("JKN");

        assertThat(other.code()).isEqualTo("99");
        assertThat(other.shortName()).isEqualTo("LAIN");
    }
}
