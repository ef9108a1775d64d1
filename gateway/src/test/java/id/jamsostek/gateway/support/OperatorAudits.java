package id.jamsostek.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What the operators' audit (operator_action) says of a request, for the tests of the console and the admin API. */
public final class OperatorAudits {

    private OperatorAudits() {}

    /**
     * Asserts that the latest row of that method and path (the path only: no query is kept) names the subject and
     * its roles and the status the request was answered with.
     */
    public static void assertAudited(String subject, String roles, String method, String path, int status) {
        assertThat(TestDatabase.text("select subject || ' ' || roles || ' ' || status || ' ' || coalesce(refused, '-')"
                + " from operator_action where method = '" + method + "' and path = '" + path + "'"
                + " order by id desc limit 1"))
                .as("the audit of %s %s", method, path)
                .isEqualTo(subject + " " + roles + " " + status + " -");
    }
}
