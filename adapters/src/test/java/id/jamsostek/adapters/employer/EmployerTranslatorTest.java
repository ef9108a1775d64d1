package id.jamsostek.adapters.employer;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.ContributionBill;
import id.jamsostek.adapters.core.ContributionPreviewCommand;
import id.jamsostek.adapters.core.CoreExamples;
import id.jamsostek.adapters.core.EmployeeRegistration;
import id.jamsostek.adapters.core.WageReport;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import id.jamsostek.contracts.Sex;
import id.jamsostek.contracts.validation.ContractSchema;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EmployerTranslatorTest {

    private final EmployerTranslator translator = new EmployerTranslator();
    private final JsonMapper json = JsonMapper.builder().build();

    private void answersToContract(Object answer, String employerSchema) {
        assertThat(ContractSchema.load("contracts/employer/schemas/" + employerSchema + ".json")
                .validate(json.writeValueAsBytes(answer))).isEmpty();
    }

    @Test
    void mapsTheFormOntoTheCoresRegistrationWithoutPersonalDataInItsName() {
        EmployeeForm form = new EmployeeForm("ID", "3603015505900102", null, " Sri Wahyuni ", "1990-05-15", "F",
                "2026-11-02", "8000000.00", List.of("JKK", "JKM", "JHT"));
        EmployeeRegistration registration = translator.registration(form);
        assertThat(registration.fullName()).isEqualTo("Sri Wahyuni");
        assertThat(registration.sex()).isEqualTo(Sex.FEMALE);
        assertThat(registration.birthDate()).isEqualTo(LocalDate.of(1990, 5, 15));
        assertThat(registration.monthlyWage()).isEqualTo(Money.parse("8000000.00"));
        assertThat(registration.programs()).containsExactly(Program.JKK, Program.JKM, Program.JHT);
        assertThat(form.toString()).doesNotContain("3603015505900102").doesNotContain("Sri");
    }

    @Test
    void showsACitizenByAMaskedNikAndAForeignerByTheLastThreeCharactersOfThePassport() {
        EmployeeAnswer citizen = translator.employee(CoreExamples.employee("EmployeeRecord/valid/indonesian-active.json"));
        assertThat(citizen.nikMasked()).isEqualTo("360301********02");
        assertThat(citizen.passportNoMasked()).isNull();
        answersToContract(citizen, "Employee");

        EmployeeAnswer foreigner = translator.employee(CoreExamples.employee("EmployeeRecord/valid/foreigner-active.json"));
        assertThat(foreigner.nikMasked()).isNull();
        assertThat(foreigner.passportNoMasked()).matches("\\*{3,}[A-Z0-9]{3}");
        answersToContract(foreigner, "Employee");
        answersToContract(translator.employee(CoreExamples.employee("EmployeeRecord/valid/left.json")), "Employee");
        assertThat(EmployerTranslator.maskedPassport("A1234567")).isEqualTo("*****567");
    }

    @Test
    void mapsAWageReportAndItsReceipt() {
        WageReport report = translator.wageReport(new WageReportForm(2,
                List.of(new WageReportForm.Wage("21010000003", "5400000.00")),
                List.of(new WageReportForm.Leaver("21010000004", "2026-10-31", "RESIGNED"))));
        assertThat(report.wages().getFirst().monthlyWage()).isEqualTo(Money.parse("5400000.00"));
        assertThat(report.leavers().getFirst().reason()).isEqualTo(WageReport.LeaveReason.RESIGNED);
        answersToContract(translator.receipt(CoreExamples.receipt("WageReportReceipt/valid/correction.json")),
                "WageReportReceipt");
    }

    @Test
    void theBillKeepsEveryAmountOfTheCoreAndMasksTheNames() {
        ContributionBill core = CoreExamples.contributionBill("ContributionBill/valid/unpaid-two-months-late.json");
        ContributionBillAnswer bill = translator.bill(core);
        assertThat(bill.totalAmount()).isEqualTo(core.totalAmount().toWire());
        assertThat(bill.lateFees()).hasSameSizeAs(core.lateFees());
        assertThat(bill.employees()).allSatisfy(employee -> assertThat(employee.nameMasked()).contains("*"));
        answersToContract(bill, "ContributionBill");
        answersToContract(translator.bill(CoreExamples.contributionBill(
                "ContributionBill/valid/paid-month-worked-examples.json")), "ContributionBill");
    }

    @Test
    void mapsAPreviewBothWays() {
        ContributionPreviewCommand command = translator.previewCommand(new PreviewForm("19012345", "000", "2025-10",
                List.of(new PreviewForm.Line("PAYROLL-0001", "8000000.00"))));
        assertThat(command.employer().npp().value()).isEqualTo("19012345");
        assertThat(command.employees().getFirst().monthlyWage()).isEqualTo(Money.parse("8000000.00"));
        answersToContract(translator.preview(CoreExamples.preview("ContributionPreview/valid/worked-examples.json")),
                "ContributionPreview");
    }
}
