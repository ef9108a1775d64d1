package id.jamsostek.gateway.operator;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The shared admin token (GATEWAY_ADMIN_TOKEN, gateway.admin.token) is gone: operators sign in at the identity
 * provider and call the admin API with its tokens (docs/operations/operators.md). A deployment that still sets it
 * expects a door that no longer exists; the gateway refuses to start rather than let it believe the token works.
 * The bench does not use the admin API, so no profile keeps it.
 */
@Component
class SharedAdminTokenGuard {

    static final String PROPERTY = "gateway.admin.token";

    SharedAdminTokenGuard(Environment environment) {
        String token = environment.getProperty(PROPERTY);
        if (token != null && !token.isBlank()) {
            throw new IllegalStateException(PROPERTY + " (GATEWAY_ADMIN_TOKEN) is set, but the shared admin token "
                    + "is no longer accepted: operators call the admin API with a token of the identity provider "
                    + "(gateway.operators.issuer-uri, docs/operations/operators.md); unset it");
        }
    }
}
