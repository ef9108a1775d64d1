package id.jamsostek.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KubernetesSchemasTest {

    private final KubernetesSchemas schemas = new KubernetesSchemas();

    @Test
    void acceptsABuiltInObjectAndRefusesAnUnknownFieldAtAnyDepth() {
        String service = """
                apiVersion: v1
                kind: Service
                metadata: {name: gateway}
                spec:
                  selector: {app: gateway}
                  ports: [{name: partner, port: 8080, targetPort: partner%s}]
                """;
        assertThat(schemas.problem(Kustomize.documents(service.formatted("")).getFirst())).isEmpty();
        assertThat(schemas.problem(Kustomize.documents(service.formatted(", protocoll: TCP")).getFirst()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("protocoll"));
    }

    @Test
    void refusesABuiltInObjectWithoutARequiredField() {
        String container = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: gateway}
                spec:
                  selector: {matchLabels: {app: gateway}}
                  template: {spec: {containers: [{image: gateway}]}}
                """;
        assertThat(schemas.problem(Kustomize.documents(container).getFirst()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("name"));
    }

    @Test
    void refusesAnUnknownFieldInAnOperatorsResource() {
        String cluster = """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  postgresql: {synchronous: {method: any, number: 1%s}}
                """;
        assertThat(schemas.problem(Kustomize.documents(cluster.formatted("")).getFirst())).isEmpty();
        assertThat(schemas.problem(Kustomize.documents(cluster.formatted(", numbr: 2")).getFirst()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("numbr"));
    }

    @Test
    void refusesAKindItHasNoSchemaFor() {
        String certificate = """
                apiVersion: cert-manager.io/v1
                kind: Certificate
                metadata: {name: gateway}
                spec: {secretName: gateway-tls}
                """;
        assertThat(schemas.problem(Kustomize.documents(certificate).getFirst()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no schema for cert-manager.io/v1 Certificate"));
    }
}
