package id.jamsostek.adapters.bank;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.CoreExamples;
import id.jamsostek.contracts.validation.ContractSchema;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class VaInquiryTranslatorTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ContractSchema INQUIRY_RESPONSE =
            ContractSchema.load("contracts/bank/schemas/InquiryResponse.json");
    private static final String EMPLOYER_BILL = "Bill/valid/employer-one-month.json";

    private final VaInquiryTranslator translator = new VaInquiryTranslator();

    private static VaInquiryRequest request(String example) {
        return JSON.readValue(CoreExamples.bank("InquiryRequest/valid/" + example), VaInquiryRequest.class);
    }

    private static VaInquiryRequest request() {
        return request("signature-vector-body.json");
    }

    private static CoreBill withPeriods(CoreBill bill, List<YearMonth> periods) {
        return new CoreBill(bill.billId(), bill.customerNo(), bill.accountType(), bill.holderName(), bill.status(),
                bill.totalAmount(), periods, bill.dueDate(), bill.expiresAt(), bill.lines());
    }

    private static List<YearMonth> months(int count) {
        return IntStream.range(0, count).mapToObj(i -> YearMonth.of(2024, 1).plusMonths(i)).toList();
    }

    private static BigDecimal sumOfDetails(VaInquiryResponse answer) {
        return answer.virtualAccountData().billDetails().stream()
                .map(detail -> new BigDecimal(detail.billAmount().value()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void answersWithSuccessAndTheBillsTotal() {
        CoreBill bill = CoreExamples.bill(EMPLOYER_BILL);

        VaInquiryResponse answer = translator.answer(request(), bill, null);

        assertThat(answer.responseCode()).isEqualTo("2002400");
        VaInquiryResponse.VirtualAccountData data = answer.virtualAccountData();
        assertThat(data.inquiryStatus()).isEqualTo("00");
        assertThat(data.totalAmount()).isEqualTo(new SnapAmount("739200.00", "IDR"));
        assertThat(data.virtualAccountTrxType()).isEqualTo("C");
    }

    @Test
    void echoesTheIdentifiersOfTheRequest() {
        VaInquiryRequest request = request("all-standard-fields.json");

        VaInquiryResponse.VirtualAccountData data =
                translator.answer(request, CoreExamples.bill(EMPLOYER_BILL), null).virtualAccountData();

        assertThat(data.partnerServiceId()).isEqualTo("   88899");
        assertThat(data.customerNo()).isEqualTo("3603012001");
        assertThat(data.virtualAccountNo()).isEqualTo("   888993603012001");
        assertThat(data.inquiryRequestId()).isEqualTo("202611100915000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bill/valid/employer-one-month.json", "Bill/valid/participant-lowest-band-two-months.json",
        "Bill/valid/collective-with-late-fee.json"})
    void listsOneDetailPerLineSummingToTheTotal(String example) {
        CoreBill bill = CoreExamples.bill(example);

        VaInquiryResponse answer = translator.answer(request(), bill, null);

        List<VaInquiryResponse.BillDetail> details = answer.virtualAccountData().billDetails();
        assertThat(details).hasSameSizeAs(bill.lines());
        assertThat(details).extracting(d -> d.billAmount().value())
                .containsExactlyElementsOf(bill.lines().stream().map(l -> l.amount().toWire()).toList());
        assertThat(details).extracting(d -> d.billAmount().currency()).containsOnly("IDR");
        assertThat(sumOfDetails(answer)).isEqualByComparingTo(bill.totalAmount().amount());
        assertThat(answer.virtualAccountData().totalAmount().value()).isEqualTo(bill.totalAmount().toWire());
    }

    @Test
    void showsJkpAsAnInformationalZeroLine() {
        VaInquiryResponse answer = translator.answer(request(), CoreExamples.bill(EMPLOYER_BILL), null);

        assertThat(answer.virtualAccountData().billDetails())
                .filteredOn(detail -> "JKP".equals(detail.billName()))
                .singleElement()
                .satisfies(jkp -> {
                    assertThat(jkp.billAmount().value()).isEqualTo("0.00");
                    assertThat(jkp.billCode()).isEqualTo("05");
                    assertThat(jkp.billDescription().english()).contains("JKK");
                });
    }

    @Test
    void foldsTheLinesABankCannotShowIntoOneWithTheSameTotal() {
        CoreBill bill = CoreExamples.bill(EMPLOYER_BILL);
        assertThat(bill.lines()).hasSizeGreaterThan(3);

        VaInquiryResponse answer = translator.answer(request(), bill, 3);

        List<VaInquiryResponse.BillDetail> details = answer.virtualAccountData().billDetails();
        assertThat(details).extracting(VaInquiryResponse.BillDetail::billShortName)
                .containsExactly(bill.lines().get(0).program(), bill.lines().get(1).program(), "LAIN");
        assertThat(new BigDecimal(details.get(2).billAmount().value())).isEqualByComparingTo(bill.lines()
                .subList(2, bill.lines().size()).stream().map(line -> line.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(sumOfDetails(answer)).isEqualByComparingTo(bill.totalAmount().amount());
        assertThat(INQUIRY_RESPONSE.validate(JSON.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void keepsEveryLineWhenTheBankShowsAtLeastAsMany() {
        CoreBill bill = CoreExamples.bill(EMPLOYER_BILL);

        assertThat(translator.answer(request(), bill, bill.lines().size()).virtualAccountData().billDetails())
                .hasSize(bill.lines().size());
    }

    @Test
    void labelsTheLateFeeAsDenda() {
        VaInquiryResponse answer = translator.answer(request(),
                CoreExamples.bill("Bill/valid/collective-with-late-fee.json"), null);

        assertThat(answer.virtualAccountData().billDetails())
                .extracting(VaInquiryResponse.BillDetail::billShortName)
                .containsExactly("JKK", "JKM", "DENDA");
    }

    @Test
    void namesEachMonthInAFreeText() {
        VaInquiryResponse answer = translator.answer(request(),
                CoreExamples.bill("Bill/valid/participant-lowest-band-two-months.json"), null);

        assertThat(answer.virtualAccountData().freeTexts()).containsExactly(
                new SnapText("Contribution 2026-10", "Iuran 2026-10"),
                new SnapText("Contribution 2026-11", "Iuran 2026-11"));
    }

    @Test
    void namesTheDaysCoveredFirstWhenTheMonthsRollFromARegistrationDay() {
        VaInquiryResponse answer = translator.answer(request(),
                CoreExamples.bill("Bill/valid/payment-order-three-months-rolling-from-the-14th.json"), null);

        assertThat(answer.virtualAccountData().freeTexts()).containsExactly(
                new SnapText("Covered 14-11-2026 to 13-02-2027", "Masa 14-11-2026 s.d. 13-02-2027"),
                new SnapText("Contribution 2026-11", "Iuran 2026-11"),
                new SnapText("Contribution 2026-12", "Iuran 2026-12"),
                new SnapText("Contribution 2027-01", "Iuran 2027-01"));
        assertThat(INQUIRY_RESPONSE.validate(JSON.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void keepsTheDaysCoveredWithinTwentyFiveFreeTexts() {
        CoreBill order = CoreExamples.bill("Bill/valid/payment-order-three-months-rolling-from-the-14th.json");
        CoreBill bill = new CoreBill(order.billId(), order.customerNo(), order.accountType(), order.holderName(),
                order.status(), order.totalAmount(), months(25), order.dueDate(), order.expiresAt(), order.lines(),
                order.coverage());

        VaInquiryResponse answer = translator.answer(request(), bill, null);

        assertThat(answer.virtualAccountData().freeTexts()).hasSize(2);
        assertThat(answer.virtualAccountData().freeTexts().getLast().english())
                .isEqualTo("Contribution 2024-01 to 2026-01");
    }

    @Test
    void namesUpTo25MonthsOneByOne() {
        CoreBill bill = withPeriods(CoreExamples.bill(EMPLOYER_BILL), months(25));

        VaInquiryResponse answer = translator.answer(request(), bill, null);

        assertThat(answer.virtualAccountData().freeTexts()).hasSize(25);
        assertThat(answer.virtualAccountData().freeTexts().getLast().english()).isEqualTo("Contribution 2026-01");
        assertThat(INQUIRY_RESPONSE.validate(JSON.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void summarisesMoreThan25MonthsInOneRangeLine() {
        CoreBill bill = withPeriods(CoreExamples.bill(EMPLOYER_BILL), months(26));

        VaInquiryResponse answer = translator.answer(request(), bill, null);

        assertThat(answer.virtualAccountData().freeTexts()).containsExactly(
                new SnapText("Contribution 2024-01 to 2026-02", "Iuran 2024-01 s.d. 2026-02"));
        assertThat(INQUIRY_RESPONSE.validate(JSON.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void masksTheHoldersName() {
        VaInquiryResponse answer = translator.answer(request(), CoreExamples.bill(EMPLOYER_BILL), null);

        String shown = answer.virtualAccountData().virtualAccountName();
        assertThat(shown).isEqualTo("P* NI*O JU***R");
        assertThat(shown).doesNotContain("NINO").doesNotContain("JUNIOR");
    }

    static Stream<Arguments> billsAndRequests() {
        List<String> bills = List.of("Bill/valid/employer-one-month.json",
                "Bill/valid/participant-lowest-band-two-months.json", "Bill/valid/collective-with-late-fee.json");
        List<String> requests = List.of("all-standard-fields.json", "channel-code-as-string.json",
                "eight-digit-company-code.json", "signature-vector-body.json", "unknown-bank-fields.json");
        return bills.stream().flatMap(bill -> requests.stream().map(request -> Arguments.of(bill, request)));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("billsAndRequests")
    void serializedAnswerConformsToTheBankContract(String bill, String request) {
        VaInquiryResponse answer = translator.answer(request(request), CoreExamples.bill(bill), null);

        byte[] json = JsonMapper.builder().build().writeValueAsBytes(answer);

        assertThat(INQUIRY_RESPONSE.validate(json)).as(new String(json)).isEmpty();
    }

    @Test
    void theContractCheckCatchesANonConformingAnswer() {
        // guards the test above: an answer the schema refuses is indeed reported
        VaInquiryResponse good = translator.answer(request(), CoreExamples.bill(EMPLOYER_BILL), null);
        VaInquiryResponse bad = new VaInquiryResponse(good.responseCode(), good.responseMessage(),
                new VaInquiryResponse.VirtualAccountData(good.virtualAccountData().inquiryStatus(),
                        good.virtualAccountData().inquiryReason(), good.virtualAccountData().partnerServiceId(),
                        good.virtualAccountData().customerNo(), good.virtualAccountData().virtualAccountNo(), "",
                        good.virtualAccountData().inquiryRequestId(), new SnapAmount("739200", "IDR"),
                        good.virtualAccountData().billDetails(), good.virtualAccountData().freeTexts(), "C", null,
                        null));

        assertThat(INQUIRY_RESPONSE.validate(JsonMapper.builder().build().writeValueAsBytes(bad))).isNotEmpty();
    }
}
