package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the generic contract tests cannot see in contracts/employer: the table of problems is the list of problem
 * types, each operation asks for one employer scope and needs an Idempotency-Key exactly where the contract says,
 * and the money and counts of the valid examples add up (the rules JSON Schema cannot express, so fixtures built
 * from these examples are right).
 */
class EmployerContractTest {

    private static final Path EMPLOYER = ContractFiles.root().resolve("employer");
    private static final JsonNode API = ContractFiles.readYaml(EMPLOYER.resolve("openapi.yaml"));
    private static final String PROBLEM_BASE = "https://api.jamsostek.example/problems/";
    private static final Set<String> SCOPES = Set.of("employer.employees", "employer.wages", "employer.bills");

    @Test
    void tableOfProblemsListsExactlyTheProblemTypes() {
        Set<String> types = new TreeSet<>();
        ContractFiles.readJson(EMPLOYER.resolve("schemas/ProblemType.json")).get("enum")
                .forEach(type -> types.add(type.asText().substring(PROBLEM_BASE.length())));

        assertThat(OpenApiFilesTest.problemSlugs("employer")).isEqualTo(types).hasSizeGreaterThan(20)
                .contains("employer-out-of-scope", "already-employee", "invalid-employee", "invalid-wage-report",
                        "wage-report-version-conflict", "wage-report-superseded", "period-closed", "invalid-period",
                        "no-contribution");
    }

    @Test
    void declaresTheThreeEmployerScopes() {
        JsonNode scopes = API.at("/components/securitySchemes/oauth2/flows/clientCredentials/scopes");
        List<String> declared = new ArrayList<>();
        scopes.propertyNames().forEach(declared::add);

        assertThat(declared).containsExactlyInAnyOrderElementsOf(SCOPES);
    }

    @Test
    void everyEmployerOperationAsksForOneEmployerScope() {
        Map<String, String> scopeOf = new HashMap<>();
        employerOperations().forEach((name, operation) -> {
            JsonNode security = operation.get("security");
            assertThat(security).as(name).hasSize(1);
            assertThat(security.get(0).get("oauth2")).as(name).hasSize(1);
            scopeOf.put(name, security.get(0).get("oauth2").get(0).asText());
        });

        assertThat(scopeOf).containsOnlyKeys(
                        "post /employer/v1/employers/{npp}/divisions/{division}/employees",
                        "post /employer/v1/employers/{npp}/divisions/{division}/employee-batches",
                        "get /employer/v1/employee-batches/{batchId}",
                        "put /employer/v1/employers/{npp}/divisions/{division}/wage-reports/{period}",
                        "put /employer/v1/employers/{npp}/divisions/{division}/sector",
                        "get /employer/v1/employers/{npp}/divisions/{division}/contribution-bills/{period}",
                        "post /employer/v1/contribution-previews")
                .containsEntry("post /employer/v1/employers/{npp}/divisions/{division}/employees", "employer.employees")
                .containsEntry("post /employer/v1/employers/{npp}/divisions/{division}/employee-batches", "employer.employees")
                .containsEntry("get /employer/v1/employee-batches/{batchId}", "employer.employees")
                .containsEntry("put /employer/v1/employers/{npp}/divisions/{division}/wage-reports/{period}", "employer.wages")
                .containsEntry("put /employer/v1/employers/{npp}/divisions/{division}/sector", "employer.wages")
                .containsEntry("get /employer/v1/employers/{npp}/divisions/{division}/contribution-bills/{period}", "employer.bills")
                .containsEntry("post /employer/v1/contribution-previews", "employer.bills");
    }

    @Test
    void needsAnIdempotencyKeyOnThePostsThatStoreSomething() {
        Map<String, Boolean> needsKey = new HashMap<>();
        employerOperations().forEach((name, operation) -> needsKey.put(name, operation.path("parameters").valueStream()
                .anyMatch(parameter -> parameter.path("$ref").asText().equals("#/components/parameters/IdempotencyKey"))));

        assertThat(needsKey)
                .containsEntry("post /employer/v1/employers/{npp}/divisions/{division}/employees", true)
                .containsEntry("post /employer/v1/employers/{npp}/divisions/{division}/employee-batches", true)
                .containsEntry("post /employer/v1/contribution-previews", false)
                .containsEntry("put /employer/v1/employers/{npp}/divisions/{division}/wage-reports/{period}", false)
                .containsEntry("get /employer/v1/employee-batches/{batchId}", false);
    }

    @Test
    void refersToTheSharedTokenEndpointSchemas() {
        assertThat(API.at("/paths/~1oauth2~1token/post/requestBody/content").findValuesAsString("$ref"))
                .containsExactly("../common/schemas/TokenRequest.json");
        assertThat(API.at("/paths/~1oauth2~1jwks/get/responses/200/content").findValuesAsString("$ref"))
                .containsExactly("../common/schemas/JsonWebKeySet.json");
    }

    static List<Path> moneyExamples() {
        return ContractFiles.filesUnder("employer/examples").stream()
                .filter(file -> file.getParent().getFileName().toString().equals("valid"))
                .filter(file -> Set.of("ContributionBill", "ContributionPreview")
                        .contains(file.getParent().getParent().getFileName().toString()))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("moneyExamples")
    void amountsAddUp(Path file) {
        JsonNode document = ContractFiles.readJson(file);
        BigDecimal employerTotal = money(document, "employerTotal");
        BigDecimal workerTotal = money(document, "workerTotal");
        BigDecimal lateFeeTotal = document.has("lateFeeTotal") ? money(document, "lateFeeTotal") : BigDecimal.ZERO;

        List<JsonNode> paidLines = document.get("programs").valueStream()
                .filter(line -> !line.get("informational").asBoolean()).toList();
        paidLines.forEach(line -> assertThat(money(line, "employer").add(money(line, "worker")))
                .as(line.get("program").asText()).isEqualByComparingTo(money(line, "total")));
        assertThat(sum(paidLines, line -> money(line, "employer"))).isEqualByComparingTo(employerTotal);
        assertThat(sum(paidLines, line -> money(line, "worker"))).isEqualByComparingTo(workerTotal);

        List<JsonNode> employees = document.get("employees").valueStream().toList();
        for (JsonNode line : paidLines) {
            String program = line.get("program").asText();
            List<JsonNode> shares = employees.stream().flatMap(employee -> employee.get("programs").valueStream())
                    .filter(share -> share.get("program").asText().equals(program)).toList();
            assertThat(sum(shares, share -> money(share, "employer"))).as(program).isEqualByComparingTo(money(line, "employer"));
            assertThat(sum(shares, share -> money(share, "worker"))).as(program).isEqualByComparingTo(money(line, "worker"));
        }
        for (JsonNode employee : employees) {
            if (employee.has("employerTotal")) {
                List<JsonNode> shares = employee.get("programs").valueStream().toList();
                assertThat(sum(shares, share -> money(share, "employer"))).isEqualByComparingTo(money(employee, "employerTotal"));
                assertThat(sum(shares, share -> money(share, "worker"))).isEqualByComparingTo(money(employee, "workerTotal"));
            }
        }
        if (document.has("lateFees")) {
            assertThat(sum(document.get("lateFees").valueStream().toList(), fee -> money(fee, "amount")))
                    .isEqualByComparingTo(lateFeeTotal);
        }
        assertThat(employerTotal.add(workerTotal).add(lateFeeTotal)).isEqualByComparingTo(money(document, "totalAmount"));
    }

    @Test
    void workedExamplesOfTheDomainBriefAreTheBillExample() {
        JsonNode bill = ContractFiles.readJson(EMPLOYER.resolve("examples/ContributionBill/valid/worked-examples-paid.json"));
        JsonNode eightMillion = bill.get("employees").get(0);
        JsonNode fifteenMillion = bill.get("employees").get(1);

        assertThat(eightMillion.get("wage").asText()).isEqualTo("8000000.00");
        assertThat(sum(eightMillion.get("programs").valueStream().toList(), share -> money(share, "employer")))
                .isEqualByComparingTo("499200");
        assertThat(sum(eightMillion.get("programs").valueStream().toList(), share -> money(share, "worker")))
                .isEqualByComparingTo("240000");
        assertThat(fifteenMillion.get("wage").asText()).isEqualTo("15000000.00");
        assertThat(fifteenMillion.get("jpWageBase").asText()).isEqualTo("10547400.00");
        assertThat(fifteenMillion.get("programs").findValuesAsString("employer"))
                .containsExactly("36000.00", "45000.00", "555000.00", "210948.00");
        assertThat(fifteenMillion.get("programs").findValuesAsString("worker"))
                .containsExactly("0.00", "0.00", "300000.00", "105474.00");
    }

    static List<Path> batchStatusExamples() {
        return ContractFiles.filesUnder("employer/examples/EmployeeBatchStatus/valid");
    }

    @ParameterizedTest
    @MethodSource("batchStatusExamples")
    void batchCountsMatchTheRows(Path file) {
        JsonNode status = ContractFiles.readJson(file);
        JsonNode counts = status.get("counts");
        Map<String, Integer> byStatus = new HashMap<>();
        status.get("rows").forEach(row -> byStatus.merge(row.get("outcome").asText(), 1, Integer::sum));

        assertThat(status.get("rows").size()).isEqualTo(status.get("total").asInt());
        assertThat(counts.get("registered").asInt()).isEqualTo(byStatus.getOrDefault("REGISTERED", 0));
        assertThat(counts.get("alreadyEmployee").asInt()).isEqualTo(byStatus.getOrDefault("ALREADY_EMPLOYEE", 0));
        assertThat(counts.get("rejected").asInt()).isEqualTo(byStatus.getOrDefault("REJECTED", 0));
        assertThat(counts.get("pending").asInt()).isEqualTo(byStatus.getOrDefault("PENDING", 0));
        for (int i = 0; i < status.get("rows").size(); i++) {
            assertThat(status.get("rows").get(i).get("index").asInt()).isEqualTo(i);
        }
        if (status.get("status").asText().equals("COMPLETED")) {
            assertThat(counts.get("pending").asInt()).isZero();
        }
    }

    /** "post /employer/v1/..." to the operation, for every operation under /employer/v1. */
    private static Map<String, JsonNode> employerOperations() {
        Map<String, JsonNode> operations = new HashMap<>();
        API.get("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/employer/v1/")) {
                path.getValue().properties().stream()
                        .filter(entry -> Set.of("get", "put", "post", "delete", "patch").contains(entry.getKey()))
                        .forEach(entry -> operations.put(entry.getKey() + " " + path.getKey(), entry.getValue()));
            }
        });
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static BigDecimal money(JsonNode node, String field) {
        String value = node.get(field).asText();
        assertThat(value).as(field).matches("(0|[1-9][0-9]*)\\.[0-9]{2}");
        return new BigDecimal(value);
    }

    private static BigDecimal sum(List<JsonNode> nodes, Function<JsonNode, BigDecimal> amount) {
        return nodes.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
