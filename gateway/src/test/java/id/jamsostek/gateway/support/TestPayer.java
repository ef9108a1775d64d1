package id.jamsostek.gateway.support;

import java.util.List;

/** Donors' and Perisai agents' software registered for tests, each with its id in the agency's register. */
public record TestPayer(String id, String clientId, String secret, String kind, String payerId) {

    /** A company's CSR programme. */
    public static final TestPayer CSR = payer("it-donor-csr", "csr-acme", "DONOR", "CSR-ACME-01");
    /** A zakat body, another donor. */
    public static final TestPayer ZAKAT = payer("it-donor-zakat", "baznas-3603", "DONOR", "BAZNAS-3603");
    /** A Perisai agent in Desa Saga. */
    public static final TestPayer AGENT = payer("it-agent-saga", "perisai-saga", "AGENT", "PERISAI-SAGA-01");
    /** Another Perisai agent. */
    public static final TestPayer OTHER_AGENT = payer("it-agent-bogor", "perisai-bogor", "AGENT", "PERISAI-BOGOR-01");

    public static final List<TestPayer> ALL = List.of(CSR, ZAKAT, AGENT, OTHER_AGENT);

    private static TestPayer payer(String id, String clientId, String kind, String payerId) {
        return new TestPayer(id, clientId, "payer-secret-" + id, kind, payerId);
    }

    String secretVariable() {
        return "IT_SECRET_" + clientId.toUpperCase().replace('-', '_');
    }

    String yaml() {
        return """
                  - id: %s
                    name: %s
                    kind: %s
                    payerId: %s
                    clientId: %s
                    clientSecretEnv: %s
                """.formatted(id, id, kind, payerId, clientId, secretVariable());
    }
}
