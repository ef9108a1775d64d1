package id.jamsostek.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.EndToEndTest;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import id.jamsostek.snap.SnapTimestamp;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Village software enrolls someone through the gateway into the stateful core; a bank then pays the first bill
 * through the SNAP channel; the village sees the person active. Three channels' worth of pipeline, one story.
 */
class VillageEndToEndIT extends EndToEndTest {

    @Test
    void aVillageEnrollsAnOfficialABankPaysTheFirstBillAndTheVillageSeesThemActive() {
        YearMonth thisMonth = YearMonth.now(SnapTimestamp.JAKARTA);
        String enrollment = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + thisMonth + "\"")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"3603011407910123\"");
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        String search = "{\"nik\":\"3603011407910123\"}";

        byte[] enrolled = saga.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent();
        JsonNode answer = BankClient.json(enrolled);
        String kpj = answer.get("kpj").asString();
        String customerNo = answer.at("/firstBill/customerNo").asString();
        String total = answer.at("/firstBill/totalAmount").asString();

        JsonNode before = BankClient.json(saga.post("/village/v1/participants/search", search,
                UUID.randomUUID().toString()).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(before.get("kpj").asString()).isEqualTo(kpj);
        assertThat(before.get("activeThisMonth").asBoolean()).isFalse();

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        bank.payment(bank.paymentBody(customerNo, BankClient.newExternalId(), total, "N"), bank.token(), t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        JsonNode after = BankClient.json(saga.post("/village/v1/participants/search", search,
                UUID.randomUUID().toString()).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent());
        assertThat(after.get("activeThisMonth").asBoolean()).isTrue();
        assertThat(after.get("paidUpTo").asString()).isEqualTo(thisMonth.toString());

        saga.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.kpj").isEqualTo(kpj);
    }

    @Test
    void theVillageBudgetPaysItsOfficialsInOneCollectiveBillThatABankAccepts() {
        YearMonth nextMonth = YearMonth.now(SnapTimestamp.JAKARTA).plusMonths(1);
        String enrollment = VillageClient.example("EnrollmentRequest/valid/village-official-village-budget.json")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + nextMonth + "\"")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"3603011407910124\"");
        VillageClient saga = new VillageClient(web, TestVillage.SAGA);
        saga.post("/village/v1/enrollments", enrollment, UUID.randomUUID().toString()).expectStatus().isCreated();

        String request = "{\"villageCode\":\"3603012001\",\"period\":\"" + nextMonth + "\"}";
        byte[] created = saga.post("/village/v1/collective-bills", request, UUID.randomUUID().toString())
                .expectStatus().isCreated().expectBody().returnResult().getResponseBodyContent();
        assertThat(id.jamsostek.contracts.validation.ContractSchema.load(
                "contracts/village/schemas/CollectiveBill.json").validate(created)).isEmpty();
        JsonNode bill = BankClient.json(created);
        assertThat(bill.get("members").asInt()).isPositive();
        saga.post("/village/v1/collective-bills", request, UUID.randomUUID().toString())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.billId").isEqualTo(bill.get("billId").asString());

        BankClient bank = new BankClient(web, TestBank.ALPHA);
        bank.payment(bank.paymentBody(bill.get("customerNo").asString(), BankClient.newExternalId(),
                        bill.get("totalAmount").asString(), "N"), bank.token(), t -> {})
                .expectStatus().isOk()
                .expectBody().jsonPath("$.virtualAccountData.paymentFlagStatus").isEqualTo("00");

        JsonNode member = BankClient.json(saga.post("/village/v1/participants/search",
                "{\"nik\":\"3603011407910124\"}", UUID.randomUUID().toString())
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
        assertThat(member.get("paidUpTo").asString()).isEqualTo(nextMonth.toString());

        new VillageClient(web, TestVillage.BOGOR).post("/village/v1/collective-bills", request,
                UUID.randomUUID().toString()).expectStatus().isForbidden();
    }
}
