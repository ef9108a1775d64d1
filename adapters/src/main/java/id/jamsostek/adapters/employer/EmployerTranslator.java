package id.jamsostek.adapters.employer;

import id.jamsostek.adapters.core.ContributionBill;
import id.jamsostek.adapters.core.ContributionPreview;
import id.jamsostek.adapters.core.ContributionPreviewCommand;
import id.jamsostek.adapters.core.EmployeeRecord;
import id.jamsostek.adapters.core.EmployeeRegistration;
import id.jamsostek.adapters.core.ProgramAmount;
import id.jamsostek.adapters.core.ProgramShare;
import id.jamsostek.adapters.core.WageReport;
import id.jamsostek.adapters.core.WageReportReceipt;
import id.jamsostek.adapters.masking.NameMask;
import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Nik;
import id.jamsostek.contracts.Program;
import id.jamsostek.contracts.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Maps the employer API's forms onto the core's commands and the core's answers back, showing identity numbers and
 * the names of a bill masked. It computes no money: every amount is the core's.
 */
public final class EmployerTranslator {

    public EmployeeRegistration registration(EmployeeForm form) {
        return new EmployeeRegistration(form.nationality(), form.nik(), form.passportNo(), form.fullName().strip(),
                LocalDate.parse(form.birthDate()), "F".equals(form.sex()) ? Sex.FEMALE : Sex.MALE,
                LocalDate.parse(form.startDate()), Money.parse(form.monthlyWage()),
                form.programs().stream().map(Program::valueOf).toList());
    }

    public EmployeeAnswer employee(EmployeeRecord record) {
        return new EmployeeAnswer(record.kpj(), record.employer().npp().value(), record.employer().division().value(),
                record.nationality(), record.nik() == null ? null : Nik.of(record.nik()).masked(),
                record.passportNo() == null ? null : maskedPassport(record.passportNo()), record.fullName(),
                record.startDate().toString(), record.monthlyWage().toWire(),
                record.programs().stream().map(Program::name).toList(), record.status().name(),
                record.endDate() == null ? null : record.endDate().toString());
    }

    /** Every character but the last 3 as "*", the same length. */
    static String maskedPassport(String passportNo) {
        int shown = Math.min(3, passportNo.length());
        return "*".repeat(passportNo.length() - shown) + passportNo.substring(passportNo.length() - shown);
    }

    public WageReport wageReport(WageReportForm form) {
        return new WageReport(form.version(),
                form.wages().stream().map(wage -> new WageReport.Wage(wage.kpj(), Money.parse(wage.monthlyWage())))
                        .toList(),
                form.leavers().stream().map(leaver -> new WageReport.Leaver(leaver.kpj(),
                        LocalDate.parse(leaver.endDate()), WageReport.LeaveReason.valueOf(leaver.reason()))).toList());
    }

    public WageReportAnswer receipt(WageReportReceipt receipt) {
        return new WageReportAnswer(receipt.employer().npp().value(), receipt.employer().division().value(),
                receipt.period().toString(), receipt.version(), receipt.supersededVersion(), receipt.employees(),
                receipt.leavers());
    }

    public ContributionBillAnswer bill(ContributionBill bill) {
        return new ContributionBillAnswer(bill.employer().npp().value(), bill.employer().division().value(),
                bill.employerName(), bill.period().toString(), bill.riskGroup().name(), bill.businessScale().name(),
                bill.status().name(), bill.dueDate().toString(), bill.paymentCode(), bill.billId(),
                bill.wageReportVersion(), programs(bill.programs()),
                bill.lateFees().stream().map(fee -> new ContributionBillAnswer.LateFee(fee.program().name(),
                        fee.monthsLate(), fee.amount().toWire())).toList(),
                bill.employees().stream().map(employee -> new ContributionBillAnswer.Employee(employee.kpj(),
                        NameMask.mask(employee.fullName()), employee.wage().toWire(), wire(employee.jpWageBase()),
                        shares(employee.programs()))).toList(),
                bill.employerTotal().toWire(), bill.workerTotal().toWire(), bill.lateFeeTotal().toWire(),
                bill.totalAmount().toWire());
    }

    public ContributionPreviewCommand previewCommand(PreviewForm form) {
        return new ContributionPreviewCommand(EmployerRef.of(form.npp(), form.division()), YearMonth.parse(form.period()),
                form.employees().stream().map(line -> new ContributionPreviewCommand.Line(line.reference(),
                        Money.parse(line.monthlyWage()))).toList());
    }

    public ContributionPreviewAnswer preview(ContributionPreview preview) {
        return new ContributionPreviewAnswer(preview.employer().npp().value(), preview.employer().division().value(),
                preview.period().toString(), preview.riskGroup().name(), preview.businessScale().name(),
                programs(preview.programs()),
                preview.employees().stream().map(employee -> new ContributionPreviewAnswer.Employee(
                        employee.reference(), employee.wage().toWire(), wire(employee.jpWageBase()),
                        shares(employee.programs()), employee.employerTotal().toWire(),
                        employee.workerTotal().toWire())).toList(),
                preview.employerTotal().toWire(), preview.workerTotal().toWire(), preview.totalAmount().toWire());
    }

    private static List<ContributionAmounts.Program> programs(List<ProgramAmount> amounts) {
        return amounts.stream().map(amount -> new ContributionAmounts.Program(amount.program().name(),
                amount.employer().toWire(), amount.worker().toWire(), amount.total().toWire(), amount.informational()))
                .toList();
    }

    private static List<ContributionAmounts.Share> shares(List<ProgramShare> shares) {
        return shares.stream().map(share -> new ContributionAmounts.Share(share.program().name(),
                share.employer().toWire(), share.worker().toWire())).toList();
    }

    private static String wire(Money money) {
        return money == null ? null : money.toWire();
    }
}
