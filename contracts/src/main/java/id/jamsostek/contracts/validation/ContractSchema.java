package id.jamsostek.contracts.validation;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * One compiled JSON Schema (draft 2020-12) from {@code contracts/}, checking request bodies on the gateway's hot path.
 * Loaded and compiled once per location, then shared: {@link #read(byte[])} is thread-safe and never throws for
 * bad input.
 *
 * <p>How JSON Schema keywords map to {@link Violation.Kind}:
 * <ul>
 *   <li>body not one well-formed JSON value (broken, truncated, trailing data, a duplicated key) -> MALFORMED</li>
 *   <li>{@code required}, {@code dependentRequired} -> MISSING, field = the missing property's full path</li>
 *   <li>{@code maxLength}, {@code maxItems}, {@code maxProperties} -> TOO_LONG</li>
 *   <li>{@code additionalProperties} / {@code unevaluatedProperties} false -> UNKNOWN_FIELD, field = the unknown
 *       property</li>
 *   <li>{@code type} -> TYPE</li>
 *   <li>everything else ({@code pattern}, {@code format}, {@code enum}, {@code const}, {@code minLength},
 *       {@code minItems}, {@code minimum}, {@code anyOf}, {@code oneOf}...) -> FORMAT</li>
 * </ul>
 * Violations come sorted by {@link Violation#REPORTING_ORDER}: the first is the one an error message names.
 *
 * <p>Schemas refer to each other by relative file references resolved against their {@code $id}
 * ({@value #ID_BASE}...), which is mapped onto the classpath, so nothing is fetched over the network. Patterns are
 * evaluated with ECMA-262's {@code $} (end of input only), see {@link EcmaAnchoredRegularExpressionFactory}.
 */
public final class ContractSchema {

    /** The base of every contract schema's {@code $id}; the folders below it mirror {@code contracts/}. */
    public static final String ID_BASE = "https://contracts.jamsostek.example/";

    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .regularExpressionFactory(EcmaAnchoredRegularExpressionFactory.INSTANCE)
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(CONFIG)
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(ID_BASE, "classpath:contracts/")));

    private static final Map<String, ContractSchema> LOADED = new ConcurrentHashMap<>();

    static {
        // The date-time format check initialises its parser lazily, reading a resource from its jar: do it here,
        // when schemas load at start, never on the first request's event-loop thread.
        com.ethlo.time.ITU.parseDateTime("2020-12-17T10:55:00+07:00");
    }

    private final String location;
    private final Schema schema;

    private ContractSchema(String location, Schema schema) {
        this.location = location;
        this.schema = schema;
    }

    /**
     * The schema at a classpath location such as {@code "contracts/bank/schemas/InquiryRequest.json"} (or a part of a
     * document named by a JSON pointer fragment, {@code "contracts/employer/openapi.yaml#/components/..."}), compiled with
     * every schema it refers to. Throws IllegalArgumentException when the file is absent or not a usable schema:
     * that is a deployment error, to surface at startup.
     */
    public static ContractSchema load(String classpathLocation) {
        return LOADED.computeIfAbsent(classpathLocation, ContractSchema::compile);
    }

    /**
     * A body read once, strictly, and checked: its value, for the handler to map rather than parse the bytes again
     * (a second parser is a second reading), and its violations, first the one to report.
     *
     * @param value null when the bytes are not one well-formed JSON value
     */
    public record Reading(JsonNode value, List<Violation> violations) {

        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    public Reading read(byte[] json) {
        return StrictJsonReader.read(json)
                .map(node -> new Reading(node, schema.validate(node).stream()
                        .map(ViolationMapping::toViolation)
                        .distinct()
                        .sorted(Violation.REPORTING_ORDER)
                        .toList()))
                .orElseGet(() -> new Reading(null, List.of(Violation.malformed())));
    }

    /** The violations of {@code json}, first the one to report; empty when it conforms. */
    public List<Violation> validate(byte[] json) {
        return read(json).violations();
    }

    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return "ContractSchema[" + location + "]";
    }

    private static ContractSchema compile(String classpathLocation) {
        String file = classpathLocation == null ? null : classpathLocation.split("#", 2)[0];
        if (file == null || ContractSchema.class.getClassLoader().getResource(file) == null) {
            throw new IllegalArgumentException("no contract schema on the classpath at " + classpathLocation);
        }
        try {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + classpathLocation));
            schema.initializeValidators();
            return new ContractSchema(classpathLocation, schema);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("contract schema " + classpathLocation + " cannot be compiled", e);
        }
    }
}
