package id.jamsostek.deploy;

import com.google.gson.Gson;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks one Kubernetes object against its kind's API schema, refusing unknown fields.
 *
 * <p>Built-in kinds go through Kubernetes' generated Java models (client-java-api, the API of Kubernetes 1.32): their
 * {@code fromJson} refuses a field the API does not define and a missing required one, at every depth. The custom
 * resources of the operators this deployment relies on (CloudNativePG's Cluster, the prometheus-operator's
 * ServiceMonitor and PrometheusRule, the External Secrets Operator's ExternalSecret) are checked against JSON Schemas
 * in {@code crd-schemas/}: the part of each CRD's schema that the manifests use, with {@code additionalProperties:
 * false} throughout, written from the operators' API references. A kind with neither is refused.
 */
final class KubernetesSchemas {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final Set<String> BUILT_IN_API_VERSIONS = Set.of(
            "v1", "apps/v1", "policy/v1", "networking.k8s.io/v1", "autoscaling/v2");
    private static final Set<String> CUSTOM = Set.of(
            "postgresql.cnpg.io/v1/Cluster", "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule", "external-secrets.io/v1/ExternalSecret");

    private final Gson gson = new Gson();
    private final ObjectMapper json = new ObjectMapper();

    /** What is wrong with the object; empty when its kind's schema accepts it. */
    Optional<String> problem(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        if (BUILT_IN_API_VERSIONS.contains(apiVersion)) {
            return builtIn(apiVersion, kind, gson.toJson(object));
        }
        if (CUSTOM.contains(apiVersion + "/" + kind)) {
            return custom(apiVersion, kind, json.valueToTree(object));
        }
        return Optional.of("no schema for " + apiVersion + " " + kind + ": add one before using the kind");
    }

    private Optional<String> builtIn(String apiVersion, String kind, String objectJson) {
        String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
        String model = MODELS + "V" + version.substring(1) + kind;
        Method fromJson;
        try {
            fromJson = Class.forName(model).getMethod("fromJson", String.class);
        } catch (ReflectiveOperationException e) {
            return Optional.of("no Kubernetes model " + model + " for " + apiVersion + " " + kind);
        }
        try {
            fromJson.invoke(null, objectJson);
            return Optional.empty();
        } catch (InvocationTargetException e) {
            return Optional.of(e.getCause().getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> custom(String apiVersion, String kind, JsonNode object) {
        String resource = "/crd-schemas/" + apiVersion.substring(0, apiVersion.indexOf('/')) + "/" + kind + ".json";
        try (InputStream schemaFile = KubernetesSchemas.class.getResourceAsStream(resource)) {
            if (schemaFile == null) {
                return Optional.of("schema " + resource + " missing");
            }
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schemaFile, InputFormat.JSON);
            List<Error> errors = schema.validate(object);
            return errors.isEmpty() ? Optional.empty()
                    : Optional.of(errors.stream().map(Error::getMessage).sorted().toList().toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
