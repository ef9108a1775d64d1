package id.jamsostek.gateway.support;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.context.annotation.Import;

/**
 * A gateway test with a real browser (one per test class, started on first use) and the console's test sign-in
 * ({@link ConsoleSignIn}).
 */
@Import(ConsoleSignIn.class)
public abstract class BrowserTest extends GatewayIntegrationTest {

    /** The axe-core rules every page keeps: labels, contrast, names, the page's language and title. */
    public static final List<String> ACCESSIBILITY = List.of("label", "color-contrast", "image-alt",
            "html-has-lang", "document-title", "button-name", "link-name", "select-name");

    private static Browser browser;

    /** The console is on the internal listener. */
    @org.springframework.beans.factory.annotation.Value("${local.internal.port}")
    private int port;

    /** The public pages are on the partners' port. */
    @org.springframework.beans.factory.annotation.Value("${local.server.port}")
    private int partnersPort;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected Browser browser() {
        if (browser == null) {
            browser = new Browser("http://127.0.0.1:" + port);
        }
        return browser;
    }

    /** The address of a public page, on the partners' port. */
    protected String onPartnersPort(String path) {
        return "http://127.0.0.1:" + partnersPort + path;
    }
}
