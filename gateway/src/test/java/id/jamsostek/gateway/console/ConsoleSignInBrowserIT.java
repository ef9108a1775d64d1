package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.identity.DemoOperator;
import id.jamsostek.gateway.reconciliation.BankReportCsv;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.OperatorAudits;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestOperators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Each demo operator signs in through the identity provider's own form in Chromium (the console's oauth2Login sends
 * the browser there and back, no test sign-in), sees what the role may, and is refused what it may not; every action
 * is audited under the provider's subject. A wrong password is said clearly and audited.
 */
class ConsoleSignInBrowserIT extends BrowserTest {

    /** Signs in at the provider's form as that user, from a browser without any session. */
    static Browser signIn(Browser browser, String user, String password) {
        browser.as(null).driver().manage().deleteAllCookies();
        browser.open("/console/operations?lang=en");
        browser.waitUntil("the provider's sign-in form", () -> browser.driver().getCurrentUrl()
                .startsWith(TestOperators.provider().issuer() + "/authorize"));
        browser.find("#username").sendKeys(user);
        browser.find("#password").sendKeys(password);
        browser.find("button[type='submit']").click();
        return browser;
    }

    private static void signedInAs(Browser browser, String name, String roles) {
        browser.waitUntil("back in the console, signed in", () -> !browser.all("#operator-name").isEmpty());
        assertThat(browser.text("#operator-name")).isEqualTo(name);
        browser.open("/console/operations?lang=en");
        assertThat(browser.text("#operator-roles")).isEqualTo(roles);
    }

    private static void refused(Browser browser, String path) {
        browser.open(path);
        browser.waitUntil("the refusal", () -> browser.source().contains("role-refused"));
    }

    @Test
    void aViewerSignsInAtTheProviderReadsAndIsRefusedTheActions() {
        Browser browser = signIn(browser(), "demo-viewer", "viewer-demo");
        signedInAs(browser, "Dewi Viewer", "viewer");
        assertThat(browser.all("#dead-letter-list")).hasSize(1);
        assertThat(browser.all("button.redrive")).isEmpty();
        assertThat(browser.all("#upload")).isEmpty();
        browser.open("/console/partners?lang=en");
        assertThat(browser.all("#partner-list tbody tr")).isNotEmpty();
        assertThat(browser.all("#register")).isEmpty();
        assertThat(browser.all("#verify")).isEmpty();
        refused(browser, "/console/message-log?month=2026-11");
        OperatorAudits.assertAudited("demo-viewer", "viewer", "GET", "/console/partners", 200);
        assertThat(TestDatabase.text("select subject || ' ' || status || ' ' || refused from operator_action"
                + " where path = '/console/message-log' and subject = 'demo-viewer' order by id desc limit 1"))
                .isEqualTo("demo-viewer 403 forbidden");
    }

    @Test
    void anOperatorSignsInAtTheProviderUploadsABanksCsvAndIsRefusedPartners() throws Exception {
        Browser browser = signIn(browser(), "demo-operator", "operator-demo");
        signedInAs(browser, "Oki Operator", "operator");
        Path csv = Files.createTempFile("bank-day-", ".csv");
        Files.writeString(csv, BankReportCsv.HEADER + "\n" + id.jamsostek.gateway.support.BankClient.newExternalId()
                + "," + TestBank.RECON.companyCode() + "12345678901,739200.00,IDR,2020-01-16T10:00:00+07:00,SUCCESS\n");
        browser.find("#upload-bank").sendKeys(TestBank.RECON.id());
        browser.script("document.getElementById('upload-date').value = arguments[0]", "2020-01-16");
        browser.find("#upload-file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#upload button[type='submit']").click();
        browser.waitUntil("the run's page", () -> !browser.all("#breaks").isEmpty());
        Files.delete(csv);
        OperatorAudits.assertAudited("demo-operator", "operator", "POST", "/console/operations/reconciliations", 303);

        browser.open("/console/partners?lang=en");
        assertThat(browser.all("#register")).isEmpty();
        refused(browser, "/console/message-log?month=2026-11");
    }

    @Test
    void aSecurityOfficerSignsInAtTheProviderVerifiesTheMessageLogAndIsRefusedTheQueues() {
        Browser browser = signIn(browser(), "demo-security", "security-demo");
        signedInAs(browser, "Sari Security Officer", "security officer");
        assertThat(browser.all("button.redrive")).isEmpty();
        assertThat(browser.all("#upload")).isEmpty();
        browser.open("/console/partners?lang=en");
        assertThat(browser.all("#register")).hasSize(1);
        browser.script("document.getElementById('verify-month').value = arguments[0]",
                YearMonth.now(ZoneId.of("Asia/Jakarta")).toString());
        browser.find("#verify").click();
        browser.waitUntil("the verification", () -> !browser.all("#verification-result").isEmpty());
        OperatorAudits.assertAudited("demo-security", "security-officer", "GET", "/console/message-log", 200);

        // a re-drive, with this session's CSRF token (from the partners' forms): the role is refused, not the token
        Object status = browser.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector("input[name='_csrf']").value;
                fetch('/console/operations/dead-letters/0/redrive', {method: 'POST',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: '_csrf=' + encodeURIComponent(token)})
                  .then(function (answer) { return answer.text().then(function (body) {
                      done(answer.status + ' ' + body); }); });
                """);
        assertThat(status.toString()).startsWith("403 ").contains("role-refused");
    }

    @Test
    void someoneTheProviderSignsInWithoutARoleIsRefusedAuditedAndCountedAsForbidden() {
        DemoOperator nobody = TestOperators.WITHOUT_ROLE;
        Instant before = Instant.now().minusSeconds(1);
        Browser browser = signIn(browser(), nobody.username(), nobody.password());
        browser.waitUntil("the refusal", () -> browser.source().contains("role-refused"));
        refused(browser, "/console/coverage");
        assertThat(TestDatabase.text("select count(*) from operator_action where subject = '" + nobody.username()
                + "' and refused is null and at >= '" + before + "'")).isEqualTo("0");
        assertThat(TestDatabase.text("select subject || ' ' || roles || ' ' || status || ' ' || refused"
                + " from operator_action where path = '/console/coverage' and subject = '" + nobody.username()
                + "' order by id desc limit 1")).isEqualTo(nobody.username() + "  403 forbidden");
    }

    @Test
    void aWrongPasswordIsSaidClearlyAndAuditedWithoutTheUserName() {
        Browser browser = signIn(browser(), "demo-operator", "not-the-password");
        browser.waitUntil("the console's page on the failed sign-in",
                () -> browser.driver().getCurrentUrl().contains("/console/sign-in-failed"));
        browser.open("/console/sign-in-failed?lang=en");
        assertThat(browser.text("#sign-in-message")).contains("wrong user name or password");
        assertThat(browser.find("#sign-in-again").getAttribute("href")).endsWith("/console");
        browser.screenshot("console-sign-in-failed");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();
        assertThat(TestDatabase.text("select coalesce(subject, '-') || ' ' || path || ' ' || refused"
                + " from operator_action where refused = 'sign_in_failed' order by id desc limit 1"))
                .isEqualTo("- /console/login/oauth2/code/operators sign_in_failed");
        assertThat(TestDatabase.text("select count(*) from operator_action where path like '%demo-operator%'"
                + " or path like '%not-the-password%'")).isEqualTo("0");
    }
}
