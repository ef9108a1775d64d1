package id.jamsostek.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.snap.SnapService;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTest {

    @ParameterizedTest(name = "{0} for service {1} is {2}")
    @CsvSource({
        "BILL_NOT_FOUND, 24, 4042412",
        "DUPLICATE_EXTERNAL_ID, 25, 4092500",
        "INVALID_TOKEN, 73, 4017301",
        "TIMEOUT, 24, 5042400",
        "INVALID_FIELD_FORMAT, 24, 4002401",
        "MISSING_MANDATORY_FIELD, 25, 4002502",
        "BILL_ALREADY_PAID, 24, 4042414",
        "INCONSISTENT_REQUEST, 25, 4042518",
        "BILL_EXPIRED, 24, 4042419",
        "INVALID_AMOUNT, 25, 4042513",
        "CORE_UNAVAILABLE, 24, 5002400"
    })
    void composesTheSnapCodeFromHttpStatusServiceCodeAndCase(Problem problem, String service, String code) {
        assertThat(problem.snapResponseCode(service)).isEqualTo(code);
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void hasASevenDigitSnapCodeStartingWithItsSnapStatusForEveryService(Problem problem) {
        for (SnapService service : SnapService.values()) {
            String code = problem.snapResponseCode(service.code());
            assertThat(code).matches("[0-9]{7}").startsWith(Integer.toString(problem.snapStatus()))
                    .contains(service.code());
            assertThat(code.substring(3, 5)).isEqualTo(service.code());
        }
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void hasHttpStatusesThatAreErrors(Problem problem) {
        assertThat(problem.status()).isBetween(400, 599);
        assertThat(problem.snapStatus()).isBetween(400, 599);
        assertThat(problem.title()).isNotBlank();
    }

    @Test
    void appendsTheFieldToFieldAndAuthorizationMessages() {
        assertThat(Problem.INVALID_FIELD_FORMAT.snapResponseMessage("customerNo"))
                .isEqualTo("Invalid Field Format customerNo");
        assertThat(Problem.MISSING_MANDATORY_FIELD.snapResponseMessage("virtualAccountNo"))
                .isEqualTo("Invalid Mandatory Field virtualAccountNo");
        assertThat(Problem.UNAUTHORIZED.snapResponseMessage("Signature")).isEqualTo("Unauthorized. Signature");
    }

    @Test
    void bracketsTheReasonInOtherMessages() {
        assertThat(Problem.BILL_EXPIRED.snapResponseMessage("Expired"))
                .isEqualTo("Invalid Bill/Virtual Account [Expired]");
        assertThat(Problem.BILL_NOT_FOUND.snapResponseMessage("Not Found"))
                .isEqualTo("Invalid Bill/Virtual Account [Not Found]");
    }

    @Test
    void givesTheBareMessageWithoutDetail() {
        assertThat(Problem.BILL_NOT_FOUND.snapResponseMessage(null)).isEqualTo("Invalid Bill/Virtual Account");
        assertThat(Problem.INVALID_FIELD_FORMAT.snapResponseMessage("")).isEqualTo("Invalid Field Format");
        assertThat(Problem.UNAUTHORIZED.snapResponseMessage(null)).isEqualTo("Unauthorized.");
        assertThat(Problem.TIMEOUT.snapResponseMessage(null)).isEqualTo("Timeout");
    }

    @Test
    void givesEveryProblemItsOwnTypeUnderOneBase() {
        List<URI> types = Arrays.stream(Problem.values()).map(Problem::type).toList();

        assertThat(types).doesNotHaveDuplicates()
                .allSatisfy(type -> assertThat(type.toString())
                        .startsWith("https://api.jamsostek.example/problems/")
                        .matches(".*/problems/[a-z]+(-[a-z]+)*"));
    }

    @Test
    void carriesItsProblemAndDetailInAGatewayExceptionWithoutStackTrace() {
        GatewayException exception = new GatewayException(Problem.INVALID_FIELD_FORMAT, "customerNo");

        assertThat(exception.problem()).isEqualTo(Problem.INVALID_FIELD_FORMAT);
        assertThat(exception.detail()).isEqualTo("customerNo");
        assertThat(exception.getMessage()).isEqualTo("INVALID_FIELD_FORMAT: customerNo");
        assertThat(exception.getStackTrace()).isEmpty();
        assertThat(new GatewayException(Problem.TIMEOUT).detail()).isNull();
    }
}
