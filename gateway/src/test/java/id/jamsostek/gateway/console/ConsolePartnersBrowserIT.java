package id.jamsostek.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.ConsoleSignIn;
import id.jamsostek.gateway.support.OperatorAudits;
import id.jamsostek.gateway.support.TestDatabase;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;

/**
 * The partners page in a real browser: a security officer registers village software (its secret shown once),
 * rotates its secret, disables it, and verifies a month of the message log with the admin API's result; registers a
 * donor, whose secret gets a token until it is disabled; an operator sees the partners and is refused their
 * management.
 */
class ConsolePartnersBrowserIT extends BrowserTest {

    @Test
    void aSecurityOfficerRegistersRotatesAndDisablesAPartner() {
        String id = "it-console-" + UUID.randomUUID().toString().substring(0, 8);
        Browser browser = browser().as("security-officer").open("/console/partners?lang=en");
        new Select(browser.find("#register-kind")).selectByValue("VILLAGE");
        browser.find("#register-id").sendKeys(id);
        browser.find("#register-name").sendKeys("SID Console Test");
        browser.find("#register-client").sendKeys(id);
        browser.find("#register-scope").sendKeys("3603");
        browser.find("#register button[type='submit']").click();

        browser.waitUntil("the issued secret", () -> !browser.all("#issued-secret").isEmpty());
        String first = browser.text("#issued-secret");
        assertThat(first).hasSizeGreaterThanOrEqualTo(40);
        assertThat(browser.text("#partner-list tr[data-id='" + id + "'] td:nth-child(5)")).isEqualTo("3603");
        assertThat(TestDatabase.text("select operator from partner_audit where partner_id = '" + id + "'"
                + " order by id limit 1")).isEqualTo("it-security-officer");
        OperatorAudits.assertAudited("it-security-officer", "security-officer", "POST", "/console/partners", 200);
        browser.screenshot("console-partners");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();

        browser.open("/console/partners");
        assertThat(browser.all("#issued-secret")).as("shown once, never again").isEmpty();
        assertThat(browser.source()).doesNotContain(first);

        browser.find("#partner-list tr[data-id='" + id + "'] button.rotate").click();
        browser.waitUntil("the rotated secret", () -> !browser.all("#issued-secret").isEmpty());
        assertThat(browser.text("#issued-secret")).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(40);
        OperatorAudits.assertAudited("it-security-officer", "security-officer", "POST",
                "/console/partners/" + id + "/rotate", 200);

        browser.find("#partner-list tr[data-id='" + id + "'] button.disable").click();
        browser.waitUntil("the partner disabled", () -> browser.text("#partner-list tr[data-id='" + id + "'] td.enabled")
                .equals("no"));
        assertThat(TestDatabase.text("select enabled::text from partner where id = '" + id + "'")).isEqualTo("false");
        OperatorAudits.assertAudited("it-security-officer", "security-officer", "POST",
                "/console/partners/" + id + "/disable", 303);

        browser.find("#partner-list tr[data-id='" + id + "'] button.enable").click();
        browser.waitUntil("the partner enabled", () -> browser.text("#partner-list tr[data-id='" + id + "'] td.enabled")
                .equals("yes"));
        OperatorAudits.assertAudited("it-security-officer", "security-officer", "POST",
                "/console/partners/" + id + "/enable", 303);

        browser.find("#partner-list tr[data-id='" + id + "'] details summary").click();
        browser.find("#key-" + id).sendKeys(publicKeyPem());
        browser.find("#key-" + id).submit();
        String keyRotation = "select subject || ' ' || (status < 400)::text from operator_action where method = 'POST'"
                + " and path = '/console/partners/" + id + "/rotate-key' order by id desc limit 1";
        browser.waitUntil("the key's rotation audited", () -> TestDatabase.text(keyRotation) != null);
        assertThat(TestDatabase.text(keyRotation)).isEqualTo("it-security-officer true");
    }

    @Test
    void aSecurityOfficerRegistersAPayerWhoseSecretGetsATokenUntilItIsDisabled() {
        String id = "it-console-donor-" + UUID.randomUUID().toString().substring(0, 8);
        String payerId = "CSR-" + id.substring(id.length() - 8).toUpperCase();
        Browser browser = browser().as("security-officer").open("/console/partners?lang=en");
        registerPayer(browser, "DONOR", id, "CSR A");
        browser.waitUntil("the refusal", () -> !browser.all("#invalid").isEmpty());
        assertThat(browser.text("#invalid")).startsWith("payerId: ");
        assertThat(TestDatabase.count("select count(*) from partner where id = '" + id + "'")).isZero();

        registerPayer(browser, "DONOR", id, payerId);
        browser.waitUntil("the issued secret", () -> !browser.all("#issued-secret").isEmpty());
        String secret = browser.text("#issued-secret");
        assertThat(browser.text("#partner-list tr[data-id='" + id + "'] td:nth-child(2)")).isEqualTo("PAYER");
        assertThat(browser.text("#partner-list tr[data-id='" + id + "'] td:nth-child(5)"))
                .isEqualTo("DONOR " + payerId);
        assertThat(TestDatabase.text("select payer_kind || ' ' || payer_id from payer_partner where partner_id = '"
                + id + "'")).isEqualTo("DONOR " + payerId);
        assertThat(TestDatabase.text("select operator from partner_audit where partner_id = '" + id + "'"
                + " order by id limit 1")).isEqualTo("it-security-officer");
        assertThat(token(id, secret)).isEqualTo(200);
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();

        browser.find("#partner-list tr[data-id='" + id + "'] button.disable").click();
        browser.waitUntil("the payer disabled", () -> browser.text("#partner-list tr[data-id='" + id
                + "'] td.enabled").equals("no"));
        assertThat(token(id, secret)).isEqualTo(401);
    }

    private static void registerPayer(Browser browser, String kind, String id, String payerId) {
        new Select(browser.find("#register-kind")).selectByValue(kind);
        browser.find("#register-id").sendKeys(id);
        browser.find("#register-name").sendKeys("CSR Console Test");
        browser.find("#register-client").sendKeys(id);
        browser.find("#register-payer").sendKeys(payerId);
        browser.find("#register button[type='submit']").click();
    }

    /** The token endpoint's status for the client's secret. */
    private int token(String clientId, String secret) {
        return web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials").with("client_id", clientId)
                        .with("client_secret", secret))
                .exchange().returnResult(byte[].class).getStatus().value();
    }

    private static String publicKeyPem() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSecurityOfficerVerifiesAMonthOfTheMessageLogAsTheAdminApiDoes() {
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();
        Browser browser = browser().as("security-officer").open("/console/partners?lang=en");
        browser.script("document.getElementById('verify-month').value = arguments[0]", month);
        browser.find("#verify").click();
        browser.waitUntil("the verification", () -> !browser.all("#verification-result").isEmpty());
        OperatorAudits.assertAudited("it-security-officer", "security-officer", "GET", "/console/message-log", 200);

        JsonNode report = BankClient.json(admin("it-security-officer", Role.SECURITY_OFFICER).get()
                .uri("/admin/v1/message-log/verify?month=" + month).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        assertThat(browser.text("#verification-result"))
                .isEqualTo(report.get("ok").asBoolean() ? "Every chain is whole." : "A chain is broken.");
    }

    @Test
    void anOperatorSeesThePartnersButIsRefusedTheirManagement() {
        Browser browser = browser().as("operator").open("/console/partners?lang=en");
        assertThat(browser.all("#partner-list tbody tr")).isNotEmpty();
        assertThat(browser.all("#register")).isEmpty();
        assertThat(browser.all("#verify")).isEmpty();
        internal().post().uri("/console/partners/it-village-saga/disable").cookie(ConsoleSignIn.COOKIE, "operator")
                .exchange().expectStatus().isForbidden();
        internal().get().uri("/console/message-log?month=2026-11").cookie(ConsoleSignIn.COOKIE, "operator")
                .exchange().expectStatus().isForbidden();
        assertThat(TestDatabase.text("select enabled::text from partner where id = 'it-village-saga'"))
                .isEqualTo("true");
    }
}
