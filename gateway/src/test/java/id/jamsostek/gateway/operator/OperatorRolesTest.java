package id.jamsostek.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OperatorRolesTest {

    @Test
    void readsTheRolesOfAListAStringOrANestedClaimAndIgnoresOtherValues() {
        assertThat(new OperatorRoles("roles").roles(Map.of("roles", List.of("viewer", "admin", "security-officer"))))
                .containsExactly(Role.VIEWER, Role.SECURITY_OFFICER);
        assertThat(new OperatorRoles("groups").roles(Map.of("groups", "operator viewer")))
                .containsExactly(Role.VIEWER, Role.OPERATOR);
        assertThat(new OperatorRoles("realm_access.roles").roles(Map.of("realm_access",
                Map.of("roles", List.of("operator")))))
                .containsExactly(Role.OPERATOR);
        assertThat(new OperatorRoles("roles").roles(Map.of("groups", List.of("operator")))).isEmpty();
        assertThat(new OperatorRoles("realm_access.roles").roles(Map.of("realm_access", "operator"))).isEmpty();
        assertThat(new OperatorRoles("roles").authorities(Map.of("roles", List.of("operator"))))
                .extracting(Object::toString).containsExactly("ROLE_OPERATOR");
    }

    @Test
    void theClientSecretIsNeverPrinted() {
        OperatorSettings settings = new OperatorSettings("http://idp", "console", "the-client-secret", "gateway",
                "roles", List.of("openid"), 10, Duration.ofMinutes(5));
        assertThat(settings.toString()).doesNotContain("the-client-secret").contains("clientSecret=***");
        assertThat(settings.configured()).isTrue();
        assertThat(new OperatorSettings(" ", null, null, null, "roles", List.of(), 10, Duration.ofMinutes(5))
                .configured()).isFalse();
    }

    @Test
    void theSharedAdminTokenStopsTheStart() {
        assertThatThrownBy(() -> new SharedAdminTokenGuard(new MockEnvironment()
                .withProperty("gateway.admin.token", "a-shared-token")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer accepted")
                .hasMessageNotContaining("a-shared-token");
        new SharedAdminTokenGuard(new MockEnvironment().withProperty("gateway.admin.token", ""));
        new SharedAdminTokenGuard(new MockEnvironment());
    }
}
