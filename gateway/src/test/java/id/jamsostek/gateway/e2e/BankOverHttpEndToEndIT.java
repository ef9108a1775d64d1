package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.demo.DemoSeed;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.Tariffs;
import id.jamsostek.gateway.support.EndToEndTest;
import id.jamsostek.gateway.support.SimulatedCore;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that signs like a bank (JDK HTTP client, its own RSA key and secret) against the gateway on a real
 * port, in front of the stateful core simulator with its demo accounts.
 */
class BankOverHttpEndToEndIT extends EndToEndTest {

    private static final CoreSimulator SIMULATOR = SimulatedCore.instance();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime());
    private static final TestBank BANK = TestBank.ALPHA;

    @Test
    void bankLooksUpEveryUnpaidDemoBillAndSeesTheSimulatorsAmounts() throws Exception {
        String token = token();
        int unpaid = 0;
        for (JsonNode account : demoAccounts()) {
            if (!"UNPAID".equals(account.get("status").asString())) {
                continue;
            }
            unpaid++;
            HttpResponse<String> answer = inquiry(token, account.get("customerNo").asString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-TIMESTAMP")).isPresent();
            JsonNode data = JSON.readTree(answer.body()).get("virtualAccountData");
            assertThat(data.get("totalAmount").get("value").asString())
                    .isEqualTo(account.get("totalAmount").asString());
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode line : data.get("billDetails")) {
                sum = sum.add(new BigDecimal(line.get("billAmount").get("value").asString()));
            }
            assertThat(sum).isEqualByComparingTo(account.get("totalAmount").asString());
            assertThat(data.get("virtualAccountName").asString())
                    .isNotEqualTo(account.get("holderName").asString()).contains("*");
        }
        assertThat(unpaid).isGreaterThanOrEqualTo(3);
    }

    @Test
    void lowestBandNonWageEarnerOwesTheMonthsAmountByNikAndByKpj() throws Exception {
        String token = token();
        // Rp16,800, or Rp8,400 in a month of PP 50/2025's discount (BpuDiscountEndToEndIT pins the month)
        String expected = Tariffs.fromClasspath().nonWageEarners()
                .monthly(BpuTerms.selfPaid(Money.ofRupiah(1_000_000), false), YearMonth.now(SnapTimestamp.JAKARTA))
                .total().toWire();
        assertThat(JSON.readTree(inquiry(token, DemoSeed.SITI_NIK).body())
                .at("/virtualAccountData/totalAmount/value").asString()).isEqualTo(expected);
        assertThat(JSON.readTree(inquiry(token, DemoSeed.SITI_KPJ).body())
                .at("/virtualAccountData/totalAmount/value").asString()).isEqualTo(expected);
    }

    @Test
    void paidExpiredAndUnknownAccountsGetTheirSnapCodes() throws Exception {
        String token = token();
        int settled = 0;
        for (JsonNode account : demoAccounts()) {
            String status = account.get("status").asString();
            String expected = switch (status) {
                case "PAID" -> "4042414";
                case "EXPIRED" -> "4042419";
                default -> null;
            };
            if (expected != null) {
                HttpResponse<String> answer = inquiry(token, account.get("customerNo").asString());
                assertThat(answer.statusCode()).isEqualTo(404);
                assertThat(JSON.readTree(answer.body()).get("responseCode").asString()).isEqualTo(expected);
                settled++;
            }
        }
        assertThat(settled).as("demo accounts that are paid or expired").isGreaterThanOrEqualTo(2);
        HttpResponse<String> unknown = inquiry(token, "99999999999999999999");
        assertThat(JSON.readTree(unknown.body()).get("responseCode").asString()).isEqualTo("4042412");
    }

    private Iterable<JsonNode> demoAccounts() throws IOException, InterruptedException {
        HttpResponse<String> listing = HTTP.send(HttpRequest.newBuilder(URI.create(SIMULATOR.baseUrl() + "/sim/v1/demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(listing.body());
    }

    private String token() throws IOException, InterruptedException {
        SnapBankRequest token = SnapBankRequest.accessToken(BANK.credentials(),
                SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA)));
        HttpResponse<String> answer = HTTP.send(token.toHttpRequest("http://127.0.0.1:" + port,
                Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("accessToken").asString();
    }

    private HttpResponse<String> inquiry(String token, String customerNo) throws IOException, InterruptedException {
        // pretty-printed on purpose: the signature covers the minified bytes, whatever whitespace the bank sends
        String body = """
                {
                  "partnerServiceId": "%s",
                  "customerNo": "%s",
                  "virtualAccountNo": "%s%s",
                  "inquiryRequestId": "%d"
                }
                """.formatted(BANK.partnerServiceId(), customerNo, BANK.partnerServiceId(), customerNo,
                IDS.incrementAndGet());
        String timestamp = SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA));
        SnapBankRequest inquiry = SnapBankRequest.transaction(BANK.credentials(), SnapBankRequest.VA_INQUIRY, token,
                body, Long.toString(IDS.incrementAndGet()), timestamp);
        return HTTP.send(inquiry.toHttpRequest("http://127.0.0.1:" + port, Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
    }
}
