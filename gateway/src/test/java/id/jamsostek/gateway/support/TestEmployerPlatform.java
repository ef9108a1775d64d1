package id.jamsostek.gateway.support;

import java.util.List;
import java.util.stream.Collectors;

/** Employer and payroll platforms registered for tests, each bound to the employers it may act for. */
public record TestEmployerPlatform(String id, String clientId, String secret, List<String> grants, List<String> scopes) {

    /** A payroll platform for every division of PT Maju Bersama Sejahtera and the head office of CV Sinar Cahaya. */
    public static final TestEmployerPlatform PAYROLL = platform("it-payroll", "payroll-one",
            List.of("19012345/*", "19012346/000"), List.of());
    /** Another platform, bound to an employer of its own only. */
    public static final TestEmployerPlatform OTHER = platform("it-payroll-other", "payroll-two",
            List.of("19012347/000"), List.of());
    /** A platform registered to read bills only. */
    public static final TestEmployerPlatform BILLS_ONLY = platform("it-payroll-bills", "payroll-bills",
            List.of("19012345/000"), List.of("employer.bills"));

    public static final List<TestEmployerPlatform> ALL = List.of(PAYROLL, OTHER, BILLS_ONLY);

    private static TestEmployerPlatform platform(String id, String clientId, List<String> grants, List<String> scopes) {
        return new TestEmployerPlatform(id, clientId, "platform-secret-" + id, grants, scopes);
    }

    String secretVariable() {
        return "IT_SECRET_" + clientId.toUpperCase().replace('-', '_');
    }

    String yaml() {
        return """
                  - id: %s
                    name: %s
                    clientId: %s
                    clientSecretEnv: %s
                    grants: [%s]
                %s""".formatted(id, id, clientId, secretVariable(), quoted(grants),
                scopes.isEmpty() ? "" : "    scopes: [" + quoted(scopes) + "]\n");
    }

    private static String quoted(List<String> values) {
        return values.stream().map(value -> '"' + value + '"').collect(Collectors.joining(", "));
    }
}
