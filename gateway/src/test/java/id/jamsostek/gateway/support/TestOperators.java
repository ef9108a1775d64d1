package id.jamsostek.gateway.support;

import id.jamsostek.core.simulator.identity.DemoIdentityProvider;
import id.jamsostek.core.simulator.identity.DemoOperator;
import id.jamsostek.gateway.operator.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The tests' identity provider for operators: the demo one (core-simulator), on a free port of this machine, one for
 * the whole test JVM as the Spring contexts that know its issuer are cached. It signs in the demo operators, and
 * {@link #WITHOUT_ROLE}, and mints access tokens of any subject and roles.
 */
public final class TestOperators {

    public static final String CLIENT_ID = "jamsostek-console";
    public static final String CLIENT_SECRET = "it-console-secret";
    public static final String AUDIENCE = "jamsostek-gateway";

    /** Signed in by the provider without any role: tests only, the demo has no such user. */
    public static final DemoOperator WITHOUT_ROLE = new DemoOperator("it-no-role", "no-role-it", "Nur Tanpa Peran",
            List.of());

    private static final DemoIdentityProvider PROVIDER = DemoIdentityProvider.start("127.0.0.1", 0,
            new DemoIdentityProvider.Client(CLIENT_ID, CLIENT_SECRET, AUDIENCE),
            Stream.concat(DemoOperator.DEMO.stream(), Stream.of(WITHOUT_ROLE)).toList());

    private TestOperators() {}

    public static DemoIdentityProvider provider() {
        return PROVIDER;
    }

    /** An access token of the provider for that subject with those roles. */
    public static String token(String subject, Role... roles) {
        return PROVIDER.accessToken(subject, Arrays.stream(roles).map(Role::claimValue).toList());
    }

    /** The client, calling as that operator (a bearer token of the provider). */
    public static WebTestClient as(WebTestClient client, String subject, Role... roles) {
        return client.mutate().defaultHeader("Authorization", "Bearer " + token(subject, roles)).build();
    }

    static Map<String, Supplier<Object>> properties() {
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        properties.put("gateway.operators.issuer-uri", PROVIDER::issuer);
        properties.put("gateway.operators.client-id", () -> CLIENT_ID);
        properties.put("gateway.operators.client-secret", () -> CLIENT_SECRET);
        properties.put("gateway.operators.audience", () -> AUDIENCE);
        // the internal listener (admin API, console) on a free port of loopback
        properties.put("gateway.internal.port", () -> "0");
        // every test class of one context refuses 127.0.0.1 now and then (roles, sign-ins), and the count lasts the
        // window: far above what they sum to; OperatorSecurityIT throttles other loopback addresses up to it
        properties.put("gateway.operators.max-refusals", () -> "400");
        return properties;
    }
}
