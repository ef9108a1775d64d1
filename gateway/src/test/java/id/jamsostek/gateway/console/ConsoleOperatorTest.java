package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ConsoleOperatorTest {

    private static ConsoleOperator signedIn(String... authorities) {
        return ConsoleOperator.of(new TestingAuthenticationToken("siti.ops", null,
                List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList()));
    }

    @Test
    void theRolesAreReadHoweverTheSignInSpellsThem() {
        assertThat(signedIn("ROLE_operator", "SCOPE_openid").roles()).containsExactly(ConsoleRole.OPERATOR);
        assertThat(signedIn("ROLE_SECURITY_OFFICER").roles()).containsExactly(ConsoleRole.SECURITY_OFFICER);
        assertThat(signedIn("security-officer").roles()).containsExactly(ConsoleRole.SECURITY_OFFICER);
        assertThat(signedIn("ROLE_admin", "OIDC_USER").roles()).isEmpty();
        assertThat(signedIn("ROLE_viewer").name()).isEqualTo("siti.ops");
    }

    @Test
    void aViewerReadsAnOperatorActsOnQueuesASecurityOfficerManagesPartners() {
        ConsoleOperator viewer = signedIn("ROLE_viewer");
        ConsoleOperator operator = signedIn("ROLE_operator");
        ConsoleOperator officer = signedIn("ROLE_security_officer");
        assertThat(viewer.may(ConsoleAction.READ)).isTrue();
        assertThat(viewer.may(ConsoleAction.REDRIVE)).isFalse();
        assertThat(operator.may(ConsoleAction.REDRIVE)).isTrue();
        assertThat(operator.may(ConsoleAction.RECONCILE)).isTrue();
        assertThat(operator.may(ConsoleAction.MANAGE_PARTNERS)).isFalse();
        assertThat(officer.may(ConsoleAction.MANAGE_PARTNERS)).isTrue();
        assertThat(officer.may(ConsoleAction.VERIFY_MESSAGE_LOG)).isTrue();
        assertThat(officer.may(ConsoleAction.CLOSE_EXCEPTION)).isFalse();
        assertThat(signedIn("OIDC_USER").may(ConsoleAction.READ)).as("no console role, nothing").isFalse();
    }
}
