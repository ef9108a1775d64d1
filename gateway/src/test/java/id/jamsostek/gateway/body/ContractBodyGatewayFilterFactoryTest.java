package id.jamsostek.gateway.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every InquiryRequest example of contracts/bank reaches the chain or fails with the problem its label maps to. */
class ContractBodyGatewayFilterFactoryTest {

    private static final String SCHEMA = "contracts/bank/schemas/InquiryRequest.json";
    private static final String EXAMPLES = "contracts/bank/examples/";
    private static final String TYPE = "InquiryRequest";

    private final ContractBodyGatewayFilterFactory factory = new ContractBodyGatewayFilterFactory();
    private final GatewayFilter filter = factory.apply(config(SCHEMA));

    private final AtomicReference<ServerWebExchange> forwarded = new AtomicReference<>();
    private final GatewayFilterChain chain = exchange -> {
        forwarded.set(exchange);
        return Mono.empty();
    };

    static Stream<Arguments> validExamples() {
        return examples("valid").map(entry -> Arguments.of(entry.get("file").asString()));
    }

    static Stream<Arguments> invalidExamples() {
        return examples("invalid").map(entry -> {
            JsonNode expected = entry.get("expected");
            String field = expected.has("field") ? expected.get("field").asString() : null;
            return Arguments.of(entry.get("file").asString(), expected.get("kind").asString(), field);
        });
    }

    @Test
    void manifestListsValidAndInvalidInquiryRequestExamples() {
        assertThat(validExamples()).isNotEmpty();
        assertThat(invalidExamples()).hasSizeGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void passesAValidExampleToTheChain(String file) {
        ServerWebExchange exchange = jsonExchange(example(file));

        StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

        assertThat(forwarded.get()).isSameAs(exchange);
        assertThat(CheckedBody.of(exchange)).as("the value the handler maps is the one checked")
                .isEqualTo(JsonMapper.builder().build().readTree(example(file)));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("invalidExamples")
    void refusesAnInvalidExampleWithTheProblemItsViolationMapsTo(String file, String kind, String field) {
        ServerWebExchange exchange = jsonExchange(example(file));

        StepVerifier.create(filter.filter(exchange, chain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        refused -> {
                            assertThat(refused.problem()).isEqualTo(expectedProblem(kind));
                            if (!kind.equals("MALFORMED")) {
                                assertThat(refused.detail()).isEqualTo(Objects.requireNonNull(field));
                            }
                        }))
                .verify();

        assertThat(forwarded.get()).as("chain called").isNull();
    }

    @Test
    void namesTheMissingFieldInTheDetail() {
        ServerWebExchange exchange = jsonExchange(example("InquiryRequest/invalid/missing-customer-no.json"));

        StepVerifier.create(filter.filter(exchange, chain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        refused -> {
                            assertThat(refused.problem()).isEqualTo(Problem.MISSING_MANDATORY_FIELD);
                            assertThat(refused.detail()).isEqualTo("customerNo");
                        }))
                .verify();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data"})
    void refusesABodyThatIsNotDeclaredAsJson(String contentType) {
        ServerWebExchange exchange = exchange(example("InquiryRequest/valid/all-standard-fields.json"), contentType);

        StepVerifier.create(filter.filter(exchange, chain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(Problem.UNSUPPORTED_MEDIA_TYPE)))
                .verify();

        assertThat(forwarded.get()).isNull();
    }

    @Test
    void refusesABodyWithoutContentType() {
        ServerWebExchange exchange = exchange(example("InquiryRequest/valid/all-standard-fields.json"), null);

        StepVerifier.create(filter.filter(exchange, chain))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(GatewayException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(Problem.UNSUPPORTED_MEDIA_TYPE)))
                .verify();

        assertThat(forwarded.get()).isNull();
    }

    @Test
    void acceptsJsonWithACharsetParameter() {
        ServerWebExchange exchange = exchange(example("InquiryRequest/valid/all-standard-fields.json"),
                "application/json;charset=UTF-8");

        StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();

        assertThat(forwarded.get()).isSameAs(exchange);
    }

    @Test
    void refusesAnUnknownSchemaWhenTheRouteIsBuilt() {
        assertThatThrownBy(() -> factory.apply(config("contracts/bank/schemas/NoSuchType.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchType.json");
    }

    @Test
    void takesTheSchemaAsItsOnlyShortcutArgumentAndShowsItInToString() {
        assertThat(factory.shortcutFieldOrder()).containsExactly("schema");
        assertThat(filter.toString()).isEqualTo("ContractBody[schema=" + SCHEMA + "]");
    }

    private static Problem expectedProblem(String kind) {
        return switch (kind) {
            case "MALFORMED" -> Problem.BAD_REQUEST;
            case "MISSING" -> Problem.MISSING_MANDATORY_FIELD;
            case "FORMAT", "TOO_LONG", "TYPE", "UNKNOWN_FIELD" -> Problem.INVALID_FIELD_FORMAT;
            default -> throw new IllegalArgumentException("manifest names an unknown violation kind " + kind);
        };
    }

    private static Stream<JsonNode> examples(String label) {
        JsonNode manifest;
        try (InputStream in = resource(EXAMPLES + "manifest.json")) {
            manifest = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> chosen = new ArrayList<>();
        for (JsonNode entry : manifest.get("examples")) {
            if (entry.get("type").asString().equals(TYPE) && entry.get("label").asString().equals(label)) {
                chosen.add(entry);
            }
        }
        return chosen.stream();
    }

    private static byte[] example(String file) {
        try (InputStream in = resource(EXAMPLES + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String location) {
        InputStream in = ContractBodyGatewayFilterFactoryTest.class.getClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IllegalStateException("not on the classpath: " + location);
        }
        return in;
    }

    private static ServerWebExchange jsonExchange(byte[] body) {
        return exchange(body, "application/json");
    }

    private static ServerWebExchange exchange(byte[] body, String contentType) {
        MockServerHttpRequest.BodyBuilder request = MockServerHttpRequest.post("/v1.0/transfer-va/inquiry");
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        MockServerWebExchange exchange = MockServerWebExchange.from(
                request.body(new String(body, StandardCharsets.UTF_8)));
        CachedBody.keep(exchange, body);
        return exchange;
    }

    private static ContractBodyGatewayFilterFactory.Config config(String schema) {
        ContractBodyGatewayFilterFactory.Config config = new ContractBodyGatewayFilterFactory.Config();
        config.setSchema(schema);
        return config;
    }
}
