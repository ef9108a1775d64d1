package id.jamsostek.gateway.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.outbox.OutboxRelay;
import id.jamsostek.gateway.reconciliation.BankReportCsv;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.Browser;
import id.jamsostek.gateway.support.BrowserTest;
import id.jamsostek.gateway.support.ConsoleSignIn;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.OperatorAudits;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations page in a real browser: an operator re-drives a dead letter, closes a payment exception with a
 * reason, uploads a bank's CSV and sees its breaks; a viewer sees the same queues and is refused the actions.
 */
class ConsoleOperationsBrowserIT extends BrowserTest {

    private static final String TOTAL = "739200.00";
    private static final TestBank BANK = TestBank.GAMMA;

    @Autowired
    OutboxRelay relay;

    private static String customer() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
    }

    /**
     * A bank inquires, then pays the customer's bill while the core is down: accepted on what the inquiry showed, its
     * posting waits in the outbox.
     */
    private void payWhileTheCoreIsDown(String customer) {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, "BILL-" + customer, "UNPAID"))));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(503)));
        BankClient bank = bank(BANK);
        String token = bank.token();
        bank.inquiry(bank.inquiryBody(customer), token).expectStatus().isOk();
        bank.payment(bank.paymentBody(customer, BankClient.newExternalId(), TOTAL, "N"), token, t -> {})
                .expectStatus().isOk();
    }

    private static String outboxState(String customer) {
        return TestDatabase.text("select o.state from outbox o join bank_payment p on p.id = o.aggregate_id"
                + " where p.customer_no = '" + customer + "' order by o.id desc limit 1");
    }

    private static long outboxId(String customer) {
        return TestDatabase.count("select o.id from outbox o join bank_payment p on p.id = o.aggregate_id"
                + " where p.customer_no = '" + customer + "' order by o.id desc limit 1");
    }

    private void drainUntil(String what, java.util.function.BooleanSupplier done) {
        assertThat(Poll.until(Duration.ofSeconds(30), () -> {
            relay.drain().block(Duration.ofSeconds(10));
            return done.getAsBoolean();
        })).as(what).isTrue();
    }

    private String deadLetter() {
        String customer = customer();
        payWhileTheCoreIsDown(customer);
        drainUntil("the payment's posting is dead", () -> "DEAD".equals(outboxState(customer)));
        return customer;
    }

    private long paymentException() {
        String customer = customer();
        payWhileTheCoreIsDown(customer);
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(CoreFixtures.example("Problem/valid/bill-already-paid.json"))));
        String exception = "select e.id from payment_exception e join bank_payment p on p.id = e.payment_id"
                + " where p.customer_no = '" + customer + "'";
        drainUntil("the core's refusal lands in the exception list",
                () -> TestDatabase.text(exception) != null);
        return TestDatabase.count(exception);
    }

    @Test
    void anOperatorReDrivesADeadLetter() {
        core.resetAll();
        String customer = deadLetter();
        long id = outboxId(customer);

        Browser browser = browser().as("operator").open("/console/operations?lang=en");
        browser.screenshot("console-operations");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();
        browser.find("#dead-letter-list tr[data-id='" + id + "'] button.redrive").click();
        browser.waitUntil("the re-drive is confirmed", () -> !browser.all("#done").isEmpty());
        assertThat(outboxState(customer)).isEqualTo("PENDING");
        assertThat(browser.all("#dead-letter-list tr[data-id='" + id + "']")).isEmpty();
        OperatorAudits.assertAudited("it-operator", "operator", "POST",
                "/console/operations/dead-letters/" + id + "/redrive", 303);
    }

    @Test
    void anOperatorClosesAPaymentExceptionWithAReason() {
        core.resetAll();
        long id = paymentException();

        Browser browser = browser().as("operator").open("/console/operations?lang=en");
        browser.find("#reason-" + id).sendKeys("refunded to the bank on transfer 123");
        browser.find("#exception-list tr[data-id='" + id + "'] form.close-exception button").click();
        browser.waitUntil("the closing is confirmed", () -> !browser.all("#done").isEmpty());
        assertThat(TestDatabase.text("select state || ' ' || closed_by || ' ' || note from payment_exception"
                + " where id = " + id)).isEqualTo("CLOSED it-operator refunded to the bank on transfer 123");
        OperatorAudits.assertAudited("it-operator", "operator", "POST",
                "/console/operations/payment-exceptions/" + id + "/close", 303);
        assertThat(browser.all("#exception-list tr[data-id='" + id + "']")).isEmpty();
    }

    @Test
    void anOperatorUploadsABanksCsvAndSeesItsBreaks() throws Exception {
        String requestId = BankClient.newExternalId();
        String day = "2020-01-15";
        Path csv = Files.createTempFile("bank-day-", ".csv");
        Files.writeString(csv, BankReportCsv.HEADER + "\n" + requestId + "," + TestBank.RECON.companyCode()
                + customer() + "," + TOTAL + ",IDR,2020-01-15T10:00:00+07:00,SUCCESS\n");

        Browser browser = browser().as("operator").open("/console/operations?lang=en");
        browser.find("#upload-bank").sendKeys(TestBank.RECON.id());
        browser.script("document.getElementById('upload-date').value = arguments[0]", day);
        browser.find("#upload-file").sendKeys(csv.toAbsolutePath().toString());
        browser.find("#upload button[type='submit']").click();
        browser.waitUntil("the run's page", () -> !browser.all("#breaks").isEmpty());

        assertThat(browser.text("#bank-lines")).isEqualTo("1");
        OperatorAudits.assertAudited("it-operator", "operator", "POST", "/console/operations/reconciliations", 303);
        assertThat(browser.text("#matched")).isEqualTo("0");
        assertThat(browser.find("#breaks tr[data-cause='NOT_RECORDED_BY_GATEWAY']").getText()).contains(requestId);
        assertThat(browser.script("return document.getElementById('upload-progress')")).isNull();
        browser.screenshot("console-reconciliation");
        assertThat(browser.accessibilityViolations(ACCESSIBILITY)).isEmpty();

        String breakId = browser.find("#breaks tr[data-cause='NOT_RECORDED_BY_GATEWAY']").getAttribute("data-id");
        browser.find("#break-reason-" + breakId).sendKeys("the bank reversed it");
        browser.find("#breaks tr[data-id='" + breakId + "'] button").click();
        browser.waitUntil("the break is closed", () -> browser.text("#breaks tr[data-id='" + breakId + "'] td.state-CLOSED")
                .equals("CLOSED"));
        OperatorAudits.assertAudited("it-operator", "operator", "POST",
                "/console/operations/reconciliation-breaks/" + breakId + "/close", 303);
        Files.delete(csv);
    }

    @Test
    void aViewerSeesTheQueuesButIsRefusedTheActions() {
        core.resetAll();
        String customer = deadLetter();
        long id = outboxId(customer);

        Browser browser = browser().as("viewer").open("/console/operations?lang=en");
        assertThat(browser.all("#dead-letter-list tr[data-id='" + id + "']")).hasSize(1);
        assertThat(browser.all("button.redrive")).isEmpty();
        assertThat(browser.all("#upload")).isEmpty();
        // the action itself is refused too, not only its button hidden
        internal().post().uri("/console/operations/dead-letters/" + id + "/redrive")
                .cookie(ConsoleSignIn.COOKIE, "viewer").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/csrf-refused");
        assertThat(outboxState(customer)).isEqualTo("DEAD");
        assertThat(TestDatabase.text("select subject || ' ' || status || ' ' || refused from operator_action"
                + " where path = '/console/operations/dead-letters/" + id + "/redrive' order by id desc limit 1"))
                .isEqualTo("it-viewer 403 forbidden");
    }
}
