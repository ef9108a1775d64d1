package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import tools.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every schema file is JSON Schema 2020-12, names itself by where it lies, and compiles with all it refers to. */
class SchemaFilesTest {

    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    static List<Path> schemaFiles() {
        return ContractFiles.schemaFiles();
    }

    @Test
    void findsTheSchemasOfBothChannels() {
        assertThat(schemaFiles()).map(ContractFiles::classpathLocation).contains(
                "contracts/common/schemas/Money.json",
                "contracts/bank/schemas/InquiryRequest.json",
                "contracts/bank/schemas/PaymentRequest.json",
                "contracts/core/schemas/Bill.json",
                "contracts/core/schemas/PaymentPosting.json",
                "contracts/core/schemas/Problem.json",
                "contracts/core/schemas/EnrollmentCommand.json",
                "contracts/core/schemas/EmployeeRegistration.json",
                "contracts/core/schemas/WageReport.json",
                "contracts/core/schemas/ContributionBill.json",
                "contracts/core/schemas/ContributionPreviewCommand.json",
                "contracts/common/schemas/Npp.json",
                "contracts/common/schemas/Nik.json",
                "contracts/village/schemas/EnrollmentRequest.json",
                "contracts/village/schemas/EnrollmentBatchRequest.json",
                "contracts/village/schemas/Problem.json");
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isValidAgainstTheDraft202012MetaSchema(Path file) {
        JsonNode schema = ContractFiles.readJson(file);

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(META_SCHEMA.validate(schema)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void hasIdMatchingItsLocation(Path file) {
        String location = ContractFiles.classpathLocation(file);

        assertThat(ContractFiles.readJson(file).get("$id").asText())
                .isEqualTo(ContractSchema.ID_BASE + location.substring("contracts/".length()));
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void refersOnlyToFilesThatExist(Path file) {
        ContractFiles.readJson(file).findValuesAsString("$ref").forEach(ref ->
                assertThat(file.resolveSibling(ref.split("#")[0]).normalize()).as(ref).isRegularFile());
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void compiles(Path file) {
        assertThatCode(() -> ContractSchema.load(ContractFiles.classpathLocation(file))).doesNotThrowAnyException();
    }
}
