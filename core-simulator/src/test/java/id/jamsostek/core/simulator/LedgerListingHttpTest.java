package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.paymentBody;
import static id.jamsostek.core.simulator.demo.DemoSeed.NINO_NIK;
import static id.jamsostek.core.simulator.demo.DemoSeed.SITI_NIK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /sim/v1/postings}: the ledger as a drill reads it. */
class LedgerListingHttpTest {

    private final CoreSimulator sim = CoreSimulator.start(
            CoreSimulatorSettings.defaults().withClock(MutableClock.atJakarta("2026-11-22T10:00:00")));
    private final CoreClient core = new CoreClient(sim.baseUrl());

    @AfterEach
    void stop() {
        sim.stop();
    }

    @Test
    void listsNothingWithoutDemoData() {
        try (CoreSimulator empty = CoreSimulator.start(CoreSimulatorSettings.defaults().withSeedDemoData(false))) {
            JsonNode listing = json(new CoreClient(empty.baseUrl()).get("/sim/v1/postings"));

            assertThat(listing.get("count").asInt()).isZero();
            assertThat(listing.get("postings").isEmpty()).isTrue();
        }
    }

    @Test
    void listsEveryPostingOnceInPostingOrderWithItsKeyAndReference() {
        JsonNode siti = core.openBillJson(SITI_NIK);
        JsonNode nino = core.openBillJson(NINO_NIK);
        int seeded = sim.ledger().totalPostings(); // the demo data's paid bill
        core.post("key-siti", paymentBody(siti, siti.get("totalAmount").asString(), "PRID-1"));
        core.post("key-nino", paymentBody(nino, nino.get("totalAmount").asString(), "PRID-2"));
        core.post("key-siti", paymentBody(siti, siti.get("totalAmount").asString(), "PRID-1")); // a replay

        HttpResponse<String> response = core.get("/sim/v1/postings");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode listing = json(response);
        assertThat(listing.get("count").asInt()).isEqualTo(seeded + 2);
        assertThat(listing.get("postings").size()).isEqualTo(seeded + 2);
        JsonNode first = listing.get("postings").get(seeded);
        assertThat(first.get("idempotencyKey").asString()).isEqualTo("key-siti");
        assertThat(first.get("reference").asString()).isEqualTo("PRID-1");
        assertThat(first.get("billId")).isEqualTo(siti.get("billId"));
        assertThat(first.get("customerNo").asString()).isEqualTo(SITI_NIK);
        assertThat(first.get("amount").asString()).isEqualTo("8400.00");
        assertThat(first.get("partnerId").asString()).isEqualTo("BANK-DEMO");
        assertThat(first.get("channel").asString()).isEqualTo("BANK");
        assertThat(first.get("postedAt").asString()).isEqualTo("2026-11-22T10:00:00+07:00");
        assertThat(first.get("paymentId").asString()).isNotBlank();
        assertThat(listing.get("postings").get(seeded + 1).get("idempotencyKey").asString()).isEqualTo("key-nino");
    }
}
