package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayTestProperties;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Wrong passwords at the provider's form, in Chromium, until the console's throttle refuses this browser's address:
 * a gateway of its own with a limit of {@value #LIMIT} and Redis keys of its own, so that no other test's loopback
 * address is throttled.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleSignInThrottleBrowserIT {

    private static final int LIMIT = 3;
    private static final WireMockServer core = FakeCore.server();

    @Value("${local.internal.port}")
    int internalPort;

    @DynamicPropertySource
    static void lowLimit(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.operators.max-refusals", Integer.toString(LIMIT),
                "gateway.rate-limits.key-prefix", "it-sign-in-" + UUID.randomUUID()));
    }

    @Test
    void failedSignInsAreThrottledAfterTheLimitEvenWithTheRightPassword() {
        try (Browser browser = new Browser("http://127.0.0.1:" + internalPort)) {
            for (int failed = 1; failed < LIMIT; failed++) {
                ConsoleSignInBrowserIT.signIn(browser, "demo-viewer", "wrong-" + failed);
                browser.waitUntil("the failed sign-in's page", () -> !browser.all("#sign-in-message").isEmpty());
            }
            // the last failure allowed: the page it lands on is refused already
            ConsoleSignInBrowserIT.signIn(browser, "demo-viewer", "wrong-" + LIMIT);
            browser.waitUntil("the throttle's refusal", () -> browser.source().contains("too-many-requests"));
            assertThat(browser.source()).contains("too many refused sign-ins");
            browser.screenshot("console-sign-in-throttled");
            // the right password does not help now: the console is closed to this address for the window
            browser.open("/console/coverage");
            browser.waitUntil("still refused", () -> browser.source().contains("too-many-requests"));
        }
    }
}
