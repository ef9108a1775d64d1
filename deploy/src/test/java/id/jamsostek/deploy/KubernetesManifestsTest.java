package id.jamsostek.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Every overlay of deploy/k8s renders, each object passes its API schema, and the rules of the deployment hold. */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("k8s/overlays");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            List<String> names = directories.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).containsExactly("local", "production", "sandbox");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectPassesItsKindsApiSchema(String overlay) throws Exception {
        KubernetesSchemas schemas = new KubernetesSchemas();
        List<Map<String, Object>> objects = Kustomize.render(OVERLAYS.resolve(overlay));
        assertThat(objects).hasSizeGreaterThan(15);
        List<String> problems = objects.stream().flatMap(object -> schemas.problem(object)
                .map(problem -> object.get("kind") + " " + Manifests.name(object) + ": " + problem).stream()).toList();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayRunsUnprivilegedWithProbesOnItsManagementPortAndAStableInstanceId(String overlay) throws Exception {
        Manifests manifests = new Manifests(Kustomize.render(OVERLAYS.resolve(overlay)));
        Map<String, Object> gateway = manifests.one("StatefulSet", "gateway");
        Map<String, Object> pod = Manifests.at(gateway, "spec", "template", "spec");
        Map<String, Object> container = Manifests.<Map<String, Object>>list(pod, "containers").getFirst();

        assertThat(Manifests.<Object>at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(Manifests.<Object>at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(Manifests.<Object>at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(Manifests.<Map<String, Object>>at(container, "resources")).containsKeys("requests", "limits");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(Manifests.<Object>at(container, probe, "httpGet", "port")).as(probe).isEqualTo("management");
        }
        assertThat(Manifests.<Object>at(container, "readinessProbe", "httpGet", "path"))
                .isEqualTo("/actuator/health/readiness");
        // the message-log chain is named after the pod, which a StatefulSet keeps across restarts
        assertThat(Manifests.<Map<String, Object>>list(container, "env"))
                .anySatisfy(variable -> {
                    assertThat(variable.get("name")).isEqualTo("GATEWAY_INSTANCE_ID");
                    assertThat(Manifests.<Object>at(variable, "valueFrom", "fieldRef", "fieldPath"))
                            .isEqualTo("metadata.name");
                });
        assertThat(Manifests.<Object>at(manifests.one("HorizontalPodAutoscaler", "gateway"), "spec", "scaleTargetRef",
                "kind")).isEqualTo("StatefulSet");
        manifests.one("PodDisruptionBudget", "gateway");
        manifests.one("Ingress", "gateway");
        manifests.one("NetworkPolicy", "gateway");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theCoreSimulatorRunsOutsideProductionOnly(String overlay) throws Exception {
        Manifests manifests = new Manifests(Kustomize.render(OVERLAYS.resolve(overlay)));
        String coreUrl = Manifests.at(manifests.one("ConfigMap", "gateway-config"), "data", "GATEWAY_CORE_BILLING_URL");
        if (overlay.equals("production")) {
            assertThat(manifests.named("Deployment", "core-simulator")).isEmpty();
            assertThat(coreUrl).startsWith("https://").doesNotContain("simulator");
        } else {
            manifests.one("Deployment", "core-simulator");
            assertThat(coreUrl).isEqualTo("http://core-simulator:8090");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void operatorsSignInAtTheDemoProviderInTheLocalOverlayOnly(String overlay) throws Exception {
        Manifests manifests = new Manifests(Kustomize.render(OVERLAYS.resolve(overlay)));
        String issuer = Manifests.at(manifests.one("ConfigMap", "gateway-config"), "data",
                "GATEWAY_OPERATORS_ISSUER_URI");
        if (overlay.equals("local")) {
            manifests.one("Deployment", "demo-identity-provider");
            manifests.one("Service", "demo-identity-provider");
            manifests.one("NetworkPolicy", "gateway-to-demo-identity-provider");
            assertThat(issuer).isEqualTo("http://demo-identity-provider:8083");
        } else {
            assertThat(manifests.named("Deployment", "demo-identity-provider")).isEmpty();
            assertThat(issuer).startsWith("https://").doesNotContain("demo");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void productionAndSandboxKeepASynchronousStandbyAndTakeSecretsFromTheStore(String overlay) throws Exception {
        Manifests manifests = new Manifests(Kustomize.render(OVERLAYS.resolve(overlay)));
        Map<String, Object> database = manifests.one("Cluster", "jamsostek-db");
        if (overlay.equals("local")) {
            assertThat(Manifests.<Object>at(database, "spec", "instances")).isEqualTo(1);
            assertThat(manifests.named("ExternalSecret", "gateway-secrets")).isEmpty();
            return;
        }
        assertThat(Manifests.<Integer>at(database, "spec", "instances")).isGreaterThanOrEqualTo(2);
        assertThat(Manifests.<Object>at(database, "spec", "postgresql", "synchronous", "number")).isEqualTo(1);
        manifests.one("ExternalSecret", "gateway-secrets");
        assertThat(manifests.named("Secret", "gateway-secrets")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePrometheusRuleCarriesTheAlertRulesThatPromtoolTests(String overlay) throws Exception {
        Manifests manifests = new Manifests(Kustomize.render(OVERLAYS.resolve(overlay)));
        Map<String, Object> tested = new Yaml(new LoaderOptions()).load(Files.readString(Path.of("monitoring/alerts.yml")));
        assertThat(Manifests.<Object>at(manifests.one("PrometheusRule", "gateway"), "spec", "groups"))
                .isEqualTo(tested.get("groups"));
    }
}
