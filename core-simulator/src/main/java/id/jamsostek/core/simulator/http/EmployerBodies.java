package id.jamsostek.core.simulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.employers.ContributionBill;
import id.jamsostek.core.simulator.employers.ContributionPreviews;
import id.jamsostek.core.simulator.employers.EmployeeRecord;
import id.jamsostek.core.simulator.employers.WageReportReceipt;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.tariff.ContributionStatement;
import id.jamsostek.core.simulator.tariff.EmployeeContribution;
import id.jamsostek.core.simulator.tariff.ProgramAmount;
import id.jamsostek.core.simulator.tariff.Program;
import java.util.Collection;
import java.util.List;

/**
 * The JSON shapes of the employer operations (contracts/core/schemas/*). Members the contract requires but allows to
 * be null (endDate, billId, jpWageBase...) are written as null, never left out.
 */
final class EmployerBodies {

    private EmployerBodies() {
    }

    record EmployerProfileBody(String npp, String division, String name, String riskGroup, String businessScale,
            String paymentCode, List<String> requiredPrograms, String registeredOn) {
    }

    record EmployerSectorBody(String sector) {
    }

    record EmployeeRecordBody(String kpj, String npp, String division,
            @JsonInclude(JsonInclude.Include.NON_NULL) String nik,
            @JsonInclude(JsonInclude.Include.NON_NULL) String passportNo,
            String fullName, String nationality, String startDate, String monthlyWage, List<String> programs,
            String status, String endDate) {
    }

    record WageReportReceiptBody(String npp, String division, String period, int version, Integer supersededVersion,
            int employees, int leavers) {
    }

    record ProgramAmountBody(String program, String employer, String worker, String total, boolean informational) {
    }

    record ProgramShareBody(String program, String employer, String worker) {
    }

    record LateFeeBody(String program, int monthsLate, String amount) {
    }

    record BilledEmployeeBody(String kpj, String fullName, String wage, String jpWageBase,
            List<ProgramShareBody> programs) {
    }

    record ContributionBillBody(String npp, String division, String employerName, String period, String riskGroup,
            String businessScale, String status, String dueDate, String paymentCode, String billId,
            Integer wageReportVersion, List<ProgramAmountBody> programs, List<LateFeeBody> lateFees,
            List<BilledEmployeeBody> employees, String employerTotal, String workerTotal, String lateFeeTotal,
            String totalAmount) {
    }

    record PreviewEmployeeBody(String reference, String wage, String jpWageBase, List<ProgramShareBody> programs,
            String employerTotal, String workerTotal) {
    }

    record ContributionPreviewBody(String npp, String division, String period, String riskGroup,
            String businessScale, List<ProgramAmountBody> programs, List<PreviewEmployeeBody> employees,
            String employerTotal, String workerTotal, String totalAmount) {
    }

    static EmployerProfileBody profile(Employer employer, Collection<Program> requiredPrograms) {
        return new EmployerProfileBody(employer.npp(), employer.division(), employer.name(),
                employer.riskGroup().name(), employer.scale().name(), employer.paymentCode(), names(requiredPrograms),
                employer.registeredOn().toString());
    }

    static EmployeeRecordBody employee(EmployeeRecord record) {
        WageEarner e = record.employee();
        return new EmployeeRecordBody(e.kpj(), e.employer().npp().value(), e.employer().division().value(),
                e.identity().nik(), e.identity().passportNo(), e.name(), e.identity().nationality(),
                e.startDate().toString(), e.registeredWage().toWire(), names(record.programs()),
                record.status().name(), record.endDate() == null ? null : record.endDate().toString());
    }

    static WageReportReceiptBody receipt(WageReportReceipt receipt) {
        return new WageReportReceiptBody(receipt.employer().npp().value(), receipt.employer().division().value(),
                receipt.period().toString(), receipt.version(), receipt.supersededVersion(), receipt.employees(),
                receipt.leavers());
    }

    static ContributionBillBody bill(ContributionBill bill) {
        Employer employer = bill.employer();
        ContributionStatement statement = bill.statement();
        return new ContributionBillBody(employer.npp(), employer.division(), employer.name(),
                bill.period().toString(), employer.riskGroup().name(), employer.scale().name(), bill.status().name(),
                bill.dueDate().toString(), employer.paymentCode(), bill.billId(), bill.wageReportVersion(),
                programLines(statement),
                bill.lateFees().stream().map(fee -> new LateFeeBody(fee.program().name(), fee.monthsLate(),
                        fee.amount().toWire())).toList(),
                statement.employees().stream().map(e -> new BilledEmployeeBody(e.line().reference(),
                        bill.names().get(e.line().reference()), e.line().wage().toWire(), wire(e.jpWageBase()),
                        shares(e))).toList(),
                statement.employerTotal().toWire(), statement.workerTotal().toWire(), bill.lateFeeTotal().toWire(),
                bill.totalAmount().toWire());
    }

    static ContributionPreviewBody preview(ContributionPreviews.Preview preview) {
        Employer employer = preview.employer();
        ContributionStatement statement = preview.statement();
        return new ContributionPreviewBody(employer.npp(), employer.division(), statement.period().toString(),
                employer.riskGroup().name(), employer.scale().name(), programLines(statement),
                statement.employees().stream().map(e -> new PreviewEmployeeBody(e.line().reference(),
                        e.line().wage().toWire(), wire(e.jpWageBase()), shares(e), e.employerTotal().toWire(),
                        e.workerTotal().toWire())).toList(),
                statement.employerTotal().toWire(), statement.workerTotal().toWire(), statement.total().toWire());
    }

    private static List<ProgramAmountBody> programLines(ContributionStatement statement) {
        return statement.programLines().stream().map(EmployerBodies::programLine).toList();
    }

    private static ProgramAmountBody programLine(ProgramAmount line) {
        return new ProgramAmountBody(line.program().name(), line.employer().toWire(), line.worker().toWire(),
                line.total().toWire(), line.informational());
    }

    private static List<ProgramShareBody> shares(EmployeeContribution employee) {
        return employee.shares().shares().stream().map(share -> new ProgramShareBody(share.program().name(),
                share.employerShare().toWire(), share.workerShare().toWire())).toList();
    }

    private static String wire(Money amount) {
        return amount == null ? null : amount.toWire();
    }

    private static List<String> names(Collection<Program> programs) {
        return programs.stream().sorted().map(Enum::name).toList();
    }
}
