package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EmployerPlatformClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.PartnerApiClient;
import id.jamsostek.gateway.support.PayerClient;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import id.jamsostek.gateway.support.TestPayer;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import id.jamsostek.snap.SnapSignatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of every partner contract, read from the contract itself, is sent the error cases the contract
 * documents: a malformed path parameter, a method the path does not take, a wrong content type, a body one byte over
 * the operation's x-body-limit, a missing Idempotency-Key. Each must get the status the contract lists for the
 * operation and its problem type (its SNAP code on bank routes), and change no business state.
 */
class ContractConformanceIT extends GatewayIntegrationTest {

    private static final String PROBLEMS = "https://api.jamsostek.example/problems/";
    private static final List<String> BUSINESS_TABLES = List.of("bank_payment", "outbox", "batch", "batch_row",
            "idempotency_record");
    /** Valid values of the path parameters the partner contracts use, within the test partners' grants. */
    private static final Map<String, String> VALID_PARAMETERS = Map.of("npp", "19012345", "division", "000",
            "period", "2026-11", "batchId", UUID.randomUUID().toString(), "villageCode", "3603012001",
            "regionCode", "3603012001", "year", "2026");
    private static final Map<String, String> MALFORMED_PARAMETERS = Map.of("npp", "1901234", "division", "00",
            "period", "2026-13", "batchId", "not-a-uuid", "villageCode", "36.03.01.2001",
            "regionCode", "36.03", "year", "26");

    record Operation(String channel, String method, String path, Map<String, Object> spec, Set<String> pathMethods) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> responses() {
            return (Map<String, Object>) spec.get("responses");
        }

        Integer bodyLimit() {
            return (Integer) spec.get("x-body-limit");
        }

        @SuppressWarnings("unchecked")
        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (variables.find()) {
                names.add(variables.group(1));
            }
            return names;
        }

        boolean needsIdempotencyKey() {
            return String.valueOf(spec.get("parameters")).contains("IdempotencyKey");
        }

        /** The file of the operation's first valid request example, e.g. EnrollmentRequest/valid/...json. */
        @SuppressWarnings("unchecked")
        String validRequestBody() {
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) spec.get("requestBody"))
                    .get("content");
            Map<String, Object> json = (Map<String, Object>) content.get("application/json");
            String schema = (String) ((Map<String, Object>) json.get("schema")).get("$ref");
            String type = schema.substring(schema.lastIndexOf('/') + 1).replace(".json", "");
            return firstExample(channel, type);
        }

        String concretePath(Map<String, String> values) {
            String concrete = path;
            for (String name : pathParameters()) {
                concrete = concrete.replace("{" + name + "}", values.get(name));
            }
            return concrete;
        }
    }

    static Stream<Operation> partnerOperations() {
        List<Operation> operations = new ArrayList<>();
        for (String channel : List.of("village", "employer", "payer")) {
            operations(channel).forEach(operations::add);
        }
        return operations.stream().filter(operation -> !operation.path().startsWith("/oauth2/"));
    }

    static Stream<Operation> bankOperations() {
        return operations("bank").stream();
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations(String channel) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>)
                yaml("contracts/" + channel + "/openapi.yaml").get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            Set<String> methods = new TreeSet<>();
            item.forEach((method, spec) -> {
                if (spec instanceof Map<?, ?>) {
                    methods.add(method.toUpperCase(Locale.ROOT));
                }
            });
            item.forEach((method, spec) -> {
                if (spec instanceof Map<?, ?> details) {
                    operations.add(new Operation(channel, method.toUpperCase(Locale.ROOT), path,
                            (Map<String, Object>) details, methods));
                }
            });
        });
        return operations;
    }

    private PartnerApiClient partnerOf(Operation operation) {
        return switch (operation.channel()) {
            case "village" -> new VillageClient(web, TestVillage.SAGA);
            case "payer" -> new PayerClient(web, operation.path().startsWith("/donor/") ? TestPayer.CSR
                    : TestPayer.AGENT);
            default -> new EmployerPlatformClient(web, TestEmployerPlatform.PAYROLL);
        };
    }

    private WebTestClient.RequestBodySpec request(Operation operation, HttpMethod method, String path) {
        return web.method(method).uri(path)
                .header("Authorization", "Bearer " + partnerOf(operation).token());
    }

    private static Map<String, Long> businessState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        BUSINESS_TABLES.forEach(table -> counts.put(table, TestDatabase.count("select count(*) from " + table)));
        return counts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnerOperations")
    void answersEachDocumentedErrorOfAPartnerOperationAsItsContractSays(Operation operation) {
        Map<String, Long> before = businessState();
        String path = operation.concretePath(VALID_PARAMETERS);
        HttpMethod method = HttpMethod.valueOf(operation.method());

        for (String parameter : operation.pathParameters()) {
            Map<String, String> values = new LinkedHashMap<>(VALID_PARAMETERS);
            values.put(parameter, MALFORMED_PARAMETERS.get(parameter));
            WebTestClient.RequestBodySpec malformed = request(operation, method, operation.concretePath(values));
            if (operation.spec().containsKey("requestBody")) {
                malformed.contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                        .bodyValue(operation.validRequestBody());
            }
            expectProblem(operation, malformed.exchange(), 400, "invalid-query-parameter");
        }

        String otherMethod = Stream.of("DELETE", "PATCH", "POST", "PUT", "GET")
                .filter(candidate -> !operation.pathMethods().contains(candidate)).findFirst().orElseThrow();
        EntityExchangeResult<byte[]> refused = expectProblem(operation,
                request(operation, HttpMethod.valueOf(otherMethod), path).exchange(), 405, "method-not-allowed");
        assertThat(refused.getResponseHeaders().getFirst("Allow")).as(operation + " Allow")
                .isEqualTo(String.join(", ", operation.pathMethods()));

        if (operation.spec().containsKey("requestBody")) {
            expectProblem(operation, request(operation, method, path).contentType(MediaType.TEXT_PLAIN)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .bodyValue(operation.validRequestBody()).exchange(), 415, "unsupported-media-type");
            int limit = operation.bodyLimit();
            expectProblem(operation, request(operation, method, path).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .bodyValue(tooLarge(limit)).exchange(), 413, "payload-too-large");
        }
        if (operation.needsIdempotencyKey()) {
            expectProblem(operation, request(operation, method, path).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(operation.validRequestBody()).exchange(), 400, "idempotency-key-missing");
        }
        assertThat(businessState()).as(operation + " changed business state").isEqualTo(before);
    }

    /** A JSON document of exactly limit + 1 bytes. */
    private static byte[] tooLarge(int limit) {
        String prefix = "{\"x\":\"";
        String suffix = "\"}";
        return (prefix + "9".repeat(limit + 1 - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static EntityExchangeResult<byte[]> expectProblem(Operation operation, WebTestClient.ResponseSpec answer,
            int status, String slug) {
        EntityExchangeResult<byte[]> result = answer.expectBody().returnResult();
        assertThat(result.getStatus().value()).as(operation + " " + slug).isEqualTo(status);
        assertThat(BankClient.json(result.getResponseBodyContent()).get("type").asString())
                .as(operation + " type").isEqualTo(PROBLEMS + slug);
        assertThat(documented(operation, status, slug)).as(operation + " documents " + status + " " + slug).isTrue();
        return result;
    }

    /** The operation lists the status, or (for a method the path lacks) the contract's table of problems does. */
    private static boolean documented(Operation operation, int status, String slug) {
        if (operation.responses().containsKey(String.valueOf(status))) {
            return true;
        }
        String description = String.valueOf(((Map<?, ?>) yaml("contracts/" + operation.channel() + "/openapi.yaml")
                .get("info")).get("description"));
        return description.contains("| " + status + " | `" + slug + "` |");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bankOperations")
    void answersABankOperationsWrongMethodAndTooLargeBodyWithItsSnapCodes(Operation operation) {
        Map<String, Long> before = businessState();
        BankClient alpha = bank(TestBank.ALPHA);
        String service = operation.path().contains("access-token") ? "73"
                : operation.path().contains("inquiry") ? "24" : "25";

        EntityExchangeResult<byte[]> wrongMethod = web.get().uri(operation.path()).exchange()
                .expectBody().returnResult();
        assertSnap(operation, wrongMethod, 405, "405" + service + "00");
        assertThat(wrongMethod.getResponseHeaders().getFirst("Allow")).isEqualTo("POST");

        byte[] body = tooLarge(operation.bodyLimit());
        WebTestClient.RequestBodySpec oversized = web.post().uri(operation.path())
                .contentType(MediaType.APPLICATION_JSON);
        if (service.equals("73")) {
            alpha.tokenHeaders(BankClient.now()).forEach(oversized::header);
        } else {
            String token = alpha.token();
            String timestamp = BankClient.now();
            oversized.header("Authorization", "Bearer " + token).header("X-TIMESTAMP", timestamp)
                    .header("X-SIGNATURE", SnapSignatures.signTransaction(
                            TestBank.ALPHA.secret().getBytes(StandardCharsets.UTF_8), "POST", operation.path(), token,
                            body, timestamp))
                    .header("X-PARTNER-ID", TestBank.ALPHA.companyCode())
                    .header("X-EXTERNAL-ID", BankClient.newExternalId())
                    .header("CHANNEL-ID", TestBank.ALPHA.channelId());
        }
        assertSnap(operation, oversized.bodyValue(body).exchange().expectBody().returnResult(), 400,
                "400" + service + "00");
        assertThat(businessState()).as(operation + " changed business state").isEqualTo(before);
    }

    private static void assertSnap(Operation operation, EntityExchangeResult<byte[]> result, int status, String code) {
        assertThat(result.getStatus().value()).as(operation + " " + code).isEqualTo(status);
        JsonNode answer = BankClient.json(result.getResponseBodyContent());
        assertThat(answer.get("responseCode").asString()).as(operation.toString()).isEqualTo(code);
        assertThat(operation.responses()).as(operation + " documents " + status).containsKey(String.valueOf(status));
    }

    /** The first valid example of a type, as the channel's example manifest lists them. */
    @SuppressWarnings("unchecked")
    private static String firstExample(String channel, String type) {
        String examples = "contracts/" + channel + "/examples/";
        List<Map<String, Object>> listed;
        try (InputStream in = new ClassPathResource(examples + "manifest.json").getInputStream()) {
            listed = (List<Map<String, Object>>) new Yaml(new SafeConstructor(new LoaderOptions())).<Map<String, Object>>load(in)
                    .get("examples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String file = listed.stream().filter(example -> type.equals(example.get("type"))
                        && "valid".equals(example.get("label")))
                .map(example -> (String) example.get("file")).findFirst().orElseThrow();
        try (InputStream in = new ClassPathResource(examples + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
