package id.jamsostek.contracts.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One operation of an OpenAPI contract in {@code contracts/}, found by its {@code operationId}: the schemas its path
 * parameters must meet, compiled from where the contract defines them (inline, or a shared parameter of the
 * contract's components), so the gateway checks a path exactly as its contract documents it.
 */
public final class ContractOperation {

    private final String operationId;
    private final Map<String, ContractSchema> pathParameters;

    private ContractOperation(String operationId, Map<String, ContractSchema> pathParameters) {
        this.operationId = operationId;
        this.pathParameters = pathParameters;
    }

    /**
     * The operation of the contract at a classpath location such as {@code "contracts/employer/openapi.yaml"}.
     * Throws IllegalArgumentException when there is no such contract or operation: a deployment error, for start-up.
     */
    public static ContractOperation load(String contractLocation, String operationId) {
        Map<String, Object> contract = read(contractLocation);
        for (Map.Entry<String, Object> path : map(contract.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> method : map(path.getValue()).entrySet()) {
                if (method.getValue() instanceof Map<?, ?> operation && operationId.equals(operation.get("operationId"))) {
                    String pathPointer = "#/paths/" + escape(path.getKey());
                    Map<String, ContractSchema> schemas = new LinkedHashMap<>(
                            pathParameters(contractLocation, contract, map(path.getValue()), pathPointer));
                    schemas.putAll(pathParameters(contractLocation, contract, map(operation),
                            pathPointer + "/" + method.getKey()));
                    return new ContractOperation(operationId, Collections.unmodifiableMap(schemas));
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId + " in " + contractLocation);
    }

    /**
     * Every path of a contract, as its template ({@code /employer/v1/employers/{npp}/...}), with the HTTP methods
     * it takes, upper case.
     */
    public static Map<String, Set<String>> methodsByPath(String contractLocation) {
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        map(read(contractLocation).get("paths")).forEach((path, item) -> methods.put(path,
                map(item).entrySet().stream().filter(entry -> entry.getValue() instanceof Map<?, ?>)
                        .map(entry -> entry.getKey().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toCollection(TreeSet::new))));
        return methods;
    }

    public String operationId() {
        return operationId;
    }

    public Map<String, ContractSchema> pathParameters() {
        return pathParameters;
    }

    /** The first path parameter, in the contract's order, whose value breaks its schema. */
    public Optional<String> firstInvalidPathParameter(Map<String, String> values) {
        return pathParameters.entrySet().stream()
                .filter(parameter -> !parameter.getValue().validate(jsonString(values.get(parameter.getKey())))
                        .isEmpty())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The path parameters a path item or an operation (the node at {@code pointer}) declares, in their order. */
    private static Map<String, ContractSchema> pathParameters(String location, Map<String, Object> contract,
            Map<String, Object> node, String pointer) {
        Map<String, ContractSchema> schemas = new LinkedHashMap<>();
        List<?> parameters = node.get("parameters") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < parameters.size(); i++) {
            Map<String, Object> parameter = map(parameters.get(i));
            String parameterPointer = pointer + "/parameters/" + i;
            if (parameter.get("$ref") instanceof String reference && reference.startsWith("#/")) {
                parameterPointer = reference;
                parameter = resolve(contract, reference);
            }
            if ("path".equals(parameter.get("in"))) {
                schemas.put((String) parameter.get("name"),
                        ContractSchema.load(location + parameterPointer + "/schema"));
            }
        }
        return schemas;
    }

    private static Map<String, Object> resolve(Map<String, Object> contract, String reference) {
        Object node = contract;
        for (String step : reference.substring(2).split("/")) {
            node = map(node).get(step.replace("~1", "/").replace("~0", "~"));
        }
        return map(node);
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("not an object in the contract: " + node);
    }

    private static Map<String, Object> read(String location) {
        try (InputStream in = ContractOperation.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract on the classpath at " + location);
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a JSON string document, whatever characters it holds. */
    private static byte[] jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : (value == null ? "" : value).toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }
}
