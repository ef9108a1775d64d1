package id.jamsostek.adapters.village;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreBill;
import id.jamsostek.adapters.core.Enrollment;
import id.jamsostek.adapters.core.EnrollmentResult;
import id.jamsostek.adapters.core.ParticipantRecord;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.validation.ContractSchema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VillageEnrollmentTranslatorTest {

    private final VillageEnrollmentTranslator translator = new VillageEnrollmentTranslator();
    private final JsonMapper json = JsonMapper.builder().build();

    private static VillageEnrollmentForm form() {
        return new VillageEnrollmentForm("3603011407910007", "  Ahmad Suryadi ", "1991-07-14", "M", "3603012001",
                " Kp. Saga RT 001 ", "Kaur Keuangan", "VILLAGE_OFFICIAL", "2500000.00", List.of("JKK", "JKM"),
                new VillageEnrollmentForm.Payer("DONOR", "CSR-001"), null, "2026-11");
    }

    @Test
    void passesTheSectorOnForTheDiscountMonths() {
        VillageEnrollmentForm f = form();
        VillageEnrollmentForm transport = new VillageEnrollmentForm(f.nik(), f.fullName(), f.birthDate(), f.sex(),
                f.villageCode(), f.address(), f.occupation(), f.role(), f.incomeBand(), f.programs(), f.payer(),
                "TRANSPORT", f.firstMonth());

        assertThat(translator.toCommand(transport, "desa-saga").sector()).isEqualTo("TRANSPORT");
    }

    @Test
    void mapsTheVillageFormOntoTheCoresEnrollmentCommand() {
        Enrollment command = translator.toCommand(form(), "desa-saga");
        assertThat(command.fullName()).isEqualTo("Ahmad Suryadi");
        assertThat(command.address()).isEqualTo("Kp. Saga RT 001");
        assertThat(command.birthDate()).isEqualTo(LocalDate.of(1991, 7, 14));
        assertThat(command.incomeBand()).isEqualTo(Money.parse("2500000.00"));
        assertThat(command.firstMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(command.payer()).isEqualTo(new Enrollment.Payer("DONOR", "CSR-001"));
        assertThat(command.sector()).as("left out: OTHER").isEqualTo("OTHER");
        assertThat(command.channel()).isEqualTo("VILLAGE");
        assertThat(command.partnerId()).isEqualTo("desa-saga");
        assertThat(command.toString()).doesNotContain("3603011407910007").doesNotContain("Ahmad");
    }

    @Test
    void answersTheKpjAndFirstBillWithoutInformationalLinesAsTheContractWants() {
        CoreBill bill = new CoreBill("BL1", "23000000001", CoreBill.AccountType.PARTICIPANT, "AHMAD SURYADI",
                CoreBill.Status.UNPAID, Money.parse("31800.00"), List.of(YearMonth.of(2026, 11)),
                LocalDate.of(2026, 11, 16), null, List.of(
                        new CoreBill.Line("JKK", Money.parse("25000.00"), false),
                        new CoreBill.Line("JKM", Money.parse("6800.00"), false),
                        new CoreBill.Line("JKP", Money.ZERO, true)));
        VillageEnrollmentAnswer answer = translator.toAnswer(new EnrollmentResult("23000000001", "3603012001", bill,
                false));
        assertThat(answer.firstBill().lines()).extracting(VillageEnrollmentAnswer.Line::program)
                .containsExactly("JKK", "JKM");
        assertThat(answer.firstBill().totalAmount()).isEqualTo("31800.00");
        assertThat(ContractSchema.load("contracts/village/schemas/EnrollmentResponse.json")
                .validate(json.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void showsAParticipantMaskedInUpperCaseWithoutPunctuationTheContractRefuses() {
        ParticipantRecord record = new ParticipantRecord("26031400789", "3603011407910007", "H. Ahmad Suryadi, S.Pd.",
                "3603012001", "VILLAGE_OFFICIAL", new Enrollment.Payer("VILLAGE_BUDGET", null), List.of("JKK", "JKM"),
                LocalDate.of(2026, 9, 22), null, false);
        VillageParticipantStatus status = translator.toStatus(record);
        assertThat(status.nikMasked()).isEqualTo("360301********07");
        assertThat(status.nameMasked()).doesNotContain(",").doesNotContain("AHMAD").isUpperCase();
        assertThat(ContractSchema.load("contracts/village/schemas/ParticipantStatus.json")
                .validate(json.writeValueAsBytes(status))).isEmpty();
    }
}
