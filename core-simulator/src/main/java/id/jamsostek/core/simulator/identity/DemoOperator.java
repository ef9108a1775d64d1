package id.jamsostek.core.simulator.identity;

import java.util.List;

/**
 * A person the demo identity provider signs in: demo only, the password is in the README.
 *
 * @param username the subject ({@code sub}) of the tokens issued to them
 * @param password what the sign-in form and the password grant check
 * @param name     shown by the console
 * @param roles    the values of the role claim ({@code roles})
 */
public record DemoOperator(String username, String password, String name, List<String> roles) {

    /** One demo operator per role of the gateway's operators (docs/operations/operators.md). */
    public static final List<DemoOperator> DEMO = List.of(
            new DemoOperator("demo-viewer", "viewer-demo", "Dewi Viewer", List.of("viewer")),
            new DemoOperator("demo-operator", "operator-demo", "Oki Operator", List.of("operator")),
            new DemoOperator("demo-security", "security-demo", "Sari Security Officer", List.of("security-officer")));
}
