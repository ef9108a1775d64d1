package id.jamsostek.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.snap.SnapService;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The inventory of what partners can reach (OWASP API9, API5, API7): every gateway route is an operation of a
 * published channel contract and every contract operation is routed; each asks for exactly the OAuth2 scopes its
 * contract declares (or is a signed SNAP transaction), is rate limited, and goes only to one of the gateway's own
 * handlers, never to an address a request could choose.
 */
class RouteInventoryTest {

    private static final List<String> CHANNELS = List.of("bank", "village", "employer", "payer");
    /** Served by the token endpoint's own handlers, not by gateway routes; shared by the REST channels. */
    private static final Set<String> TOKEN_PATHS = Set.of("/oauth2/token", "/oauth2/jwks",
            "/.well-known/oauth-authorization-server");
    private static final Set<String> TOKEN_ROUTES = Set.of("snap-access-token");

    private final List<GatewayRoute> routes = gatewayRoutes();
    private final Map<String, Set<String>> contractScopes = contractOperations();
    /** The contract file declaring each operation: a donor's or an agent's path is in the payer contract. */
    private final Map<String, String> contractFiles = new java.util.HashMap<>();
    private final Map<String, Map<String, Object>> contractOperations = contractOperationSpecs();

    @Test
    void everyRouteIsAnOperationOfAContractAndEveryOperationIsRouted() {
        Set<String> routed = routes.stream().map(GatewayRoute::operation).collect(Collectors.toCollection(TreeSet::new));
        assertThat(routed).isEqualTo(new TreeSet<>(contractScopes.keySet()));
    }

    @Test
    void everyPartnerRouteAsksForTheScopesItsContractDeclares() {
        for (GatewayRoute route : routes) {
            if (route.operation().startsWith("POST /v1.0/")) {
                continue;
            }
            assertThat(route.argument("PartnerBearer"))
                    .as(route.id()).isNotNull()
                    .satisfies(scopes -> assertThat(Set.of(scopes.split(" ")))
                            .as(route.id()).isEqualTo(contractScopes.get(route.operation())));
        }
    }

    @Test
    void everySnapTransactionIsSignedAndEverythingButTheTokenIsRateLimited() {
        for (GatewayRoute route : routes) {
            if (route.operation().startsWith("POST /v1.0/") && !TOKEN_ROUTES.contains(route.id())) {
                assertThat(route.filterNames()).as(route.id()).contains("SnapTransaction");
            }
            if (!TOKEN_ROUTES.contains(route.id())) {
                assertThat(route.filterNames()).as(route.id()).contains("RateLimit");
            }
        }
    }

    /** What a contract promises as the largest body is what its route refuses above (OWASP API4). */
    @Test
    void everyRouteReadsBodiesUpToTheLimitItsContractPublishes() {
        for (GatewayRoute route : routes) {
            Integer published = (Integer) contractOperations.get(route.operation()).get("x-body-limit");
            String cached = route.argument("CachedBody");
            assertThat(cached == null ? null : (int) DataSize.parse(cached).toBytes()).as(route.id())
                    .isEqualTo(published);
        }
    }

    /** A path parameter is checked by the rule its contract documents, before grants or body. */
    @Test
    void everyRouteWithPathParametersChecksThemAgainstItsOwnContractOperation() {
        for (GatewayRoute route : routes) {
            if (route.operation().contains("{")) {
                assertThat(route.argument("ContractPath")).as(route.id()).isEqualTo(
                        contractFiles.get(route.operation()) + "," + contractOperations.get(route.operation()).get("operationId"));
            }
        }
    }

    /** OWASP API4: a stranger is refused from its headers, before its body is read or a partner's share spent. */
    @Test
    void everyRouteAuthenticatesBeforeItAdmitsAndBeforeItReadsTheBody() {
        Set<String> authentication = Set.of("SnapClientSignature", "SnapTransaction", "PartnerBearer");
        for (GatewayRoute route : routes) {
            List<String> names = route.filterSequence();
            int authenticated = names.stream().filter(authentication::contains).findFirst().map(names::indexOf)
                    .orElseThrow(() -> new AssertionError(route.id() + " authenticates nobody"));
            for (String afterAuthentication : List.of("Admission", "CachedBody", "SnapSignature")) {
                if (names.contains(afterAuthentication)) {
                    assertThat(names.indexOf(afterAuthentication)).as(route.id() + ": " + afterAuthentication)
                            .isGreaterThan(authenticated);
                }
            }
            if (names.contains("SnapTransaction")) {
                assertThat(names.indexOf("SnapSignature")).as(route.id() + ": SnapSignature after the body")
                        .isGreaterThan(names.indexOf("CachedBody"));
            }
        }
    }

    @Test
    void everyRouteGoesToTheGatewaysOwnHandlersOnly() {
        assertThat(routes).allSatisfy(route -> assertThat(route.uri()).as(route.id())
                .isEqualTo("handler://" + route.id()));
    }

    record GatewayRoute(String id, String uri, List<String> predicates, List<String> filters) {

        String operation() {
            String snap = argument(predicates, "SnapPath");
            if (snap != null) {
                return "POST " + SnapService.valueOf(snap).path();
            }
            return argument(predicates, "Method") + " " + argument(predicates, "Path");
        }

        String argument(String filter) {
            return argument(filters, filter);
        }

        Set<String> filterNames() {
            return Set.copyOf(filterSequence());
        }

        List<String> filterSequence() {
            return filters.stream().map(filter -> filter.split("=", 2)[0]).toList();
        }

        private static String argument(List<String> definitions, String name) {
            return definitions.stream().filter(definition -> definition.startsWith(name + "="))
                    .map(definition -> definition.substring(name.length() + 1)).findFirst().orElse(null);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<GatewayRoute> gatewayRoutes() {
        Map<String, Object> configuration = yaml("application.yml");
        Map<String, Object> webflux = (Map<String, Object>) path(configuration,
                "spring", "cloud", "gateway", "server", "webflux");
        return ((List<Map<String, Object>>) webflux.get("routes")).stream()
                .map(route -> new GatewayRoute((String) route.get("id"), (String) route.get("uri"),
                        (List<String>) route.get("predicates"), (List<String>) route.get("filters")))
                .toList();
    }

    /** "METHOD /path" of every partner operation of the channel contracts, with the scopes it accepts. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> contractOperations() {
        return CHANNELS.stream().flatMap(channel -> {
            Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                    yaml("contracts/" + channel + "/openapi.yaml").get("paths");
            return paths.entrySet().stream()
                    .filter(path -> !TOKEN_PATHS.contains(path.getKey()))
                    .flatMap(path -> path.getValue().entrySet().stream()
                            .filter(operation -> !operation.getKey().equals("parameters"))
                            .map(operation -> Map.entry(
                                    operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                    scopes((List<Map<String, List<String>>>) operation.getValue().get("security")))));
        }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** "METHOD /path" of every operation of the channel contracts, with what the contract says of it. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> contractOperationSpecs() {
        Map<String, Map<String, Object>> operations = new java.util.HashMap<>();
        for (String channel : CHANNELS) {
            String file = "contracts/" + channel + "/openapi.yaml";
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) yaml(file).get("paths");
            paths.forEach((path, item) -> item.forEach((method, operation) -> {
                if (operation instanceof Map<?, ?> details) {
                    String key = method.toUpperCase(Locale.ROOT) + " " + path;
                    operations.put(key, (Map<String, Object>) details);
                    contractFiles.put(key, file);
                }
            }));
        }
        return operations;
    }

    private static Set<String> scopes(List<Map<String, List<String>>> security) {
        Set<String> scopes = new HashSet<>();
        if (security != null) {
            security.forEach(requirement -> requirement.values().forEach(scopes::addAll));
        }
        return scopes;
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> tree, String... keys) {
        Object node = tree;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
