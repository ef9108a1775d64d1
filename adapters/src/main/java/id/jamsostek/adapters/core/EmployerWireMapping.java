package id.jamsostek.adapters.core;

import static id.jamsostek.adapters.core.CoreWireMapping.require;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Program;
import id.jamsostek.contracts.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the core's employer JSON into the gateway's records and back; pure functions. Anything the contract does not
 * allow (an unknown enum value, a missing member, an amount that is not a decimal string) throws, which the client
 * reports as a malformed answer.
 */
final class EmployerWireMapping {

    private EmployerWireMapping() {}

    static EmployerProfile profile(EmployerWire.EmployerProfile wire) {
        return new EmployerProfile(employer(wire.npp(), wire.division()), require(wire.name(), "name"),
                RiskGroup.valueOf(require(wire.riskGroup(), "riskGroup")),
                BusinessScale.valueOf(require(wire.businessScale(), "businessScale")),
                require(wire.paymentCode(), "paymentCode"), programs(wire.requiredPrograms(), "requiredPrograms"),
                LocalDate.parse(require(wire.registeredOn(), "registeredOn")));
    }

    static EmployerWire.EmployeeRegistration registration(EmployeeRegistration registration) {
        return new EmployerWire.EmployeeRegistration(registration.nationality(), registration.nik(),
                registration.passportNo(), registration.fullName(), registration.birthDate().toString(),
                registration.sex() == Sex.FEMALE ? "F" : "M", registration.startDate().toString(),
                registration.monthlyWage().toWire(), registration.programs().stream().map(Enum::name).toList());
    }

    static EmployeeRecord employee(EmployerWire.EmployeeRecord wire, boolean replayed) {
        return new EmployeeRecord(require(wire.kpj(), "kpj"), employer(wire.npp(), wire.division()), wire.nik(),
                wire.passportNo(), require(wire.fullName(), "fullName"), require(wire.nationality(), "nationality"),
                LocalDate.parse(require(wire.startDate(), "startDate")), money(wire.monthlyWage(), "monthlyWage"),
                programs(wire.programs(), "programs"), EmployeeRecord.Status.valueOf(require(wire.status(), "status")),
                wire.endDate() == null ? null : LocalDate.parse(wire.endDate()), replayed);
    }

    static EmployerWire.WageReport wageReport(WageReport report) {
        return new EmployerWire.WageReport(report.version(),
                report.wages().stream().map(w -> new EmployerWire.Wage(w.kpj(), w.monthlyWage().toWire())).toList(),
                report.leavers().stream().map(l -> new EmployerWire.Leaver(l.kpj(), l.endDate().toString(),
                        l.reason().name())).toList());
    }

    static WageReportReceipt receipt(EmployerWire.WageReportReceipt wire, boolean replayed) {
        return new WageReportReceipt(employer(wire.npp(), wire.division()),
                YearMonth.parse(require(wire.period(), "period")), require(wire.version(), "version"),
                wire.supersededVersion(), require(wire.employees(), "employees"), require(wire.leavers(), "leavers"),
                replayed);
    }

    static ContributionBill bill(EmployerWire.ContributionBill wire) {
        return new ContributionBill(employer(wire.npp(), wire.division()), require(wire.employerName(), "employerName"),
                YearMonth.parse(require(wire.period(), "period")),
                RiskGroup.valueOf(require(wire.riskGroup(), "riskGroup")),
                BusinessScale.valueOf(require(wire.businessScale(), "businessScale")),
                ContributionBill.Status.valueOf(require(wire.status(), "status")),
                LocalDate.parse(require(wire.dueDate(), "dueDate")), require(wire.paymentCode(), "paymentCode"),
                wire.billId(), wire.wageReportVersion(), programAmounts(wire.programs()),
                each(wire.lateFees(), "lateFees", fee -> new ContributionBill.LateFee(program(fee.program()),
                        require(fee.monthsLate(), "monthsLate"), money(fee.amount(), "amount"))),
                each(wire.employees(), "employees", e -> new ContributionBill.Employee(require(e.kpj(), "kpj"),
                        require(e.fullName(), "fullName"), money(e.wage(), "wage"), optionalMoney(e.jpWageBase()),
                        shares(e.programs()))),
                money(wire.employerTotal(), "employerTotal"), money(wire.workerTotal(), "workerTotal"),
                money(wire.lateFeeTotal(), "lateFeeTotal"), money(wire.totalAmount(), "totalAmount"));
    }

    static EmployerWire.ContributionPreviewCommand previewCommand(ContributionPreviewCommand command) {
        return new EmployerWire.ContributionPreviewCommand(command.employer().npp().value(),
                command.employer().division().value(), command.period().toString(), command.employees().stream()
                        .map(line -> new EmployerWire.PreviewLine(line.reference(), line.monthlyWage().toWire()))
                        .toList());
    }

    static ContributionPreview preview(EmployerWire.ContributionPreview wire) {
        return new ContributionPreview(employer(wire.npp(), wire.division()),
                YearMonth.parse(require(wire.period(), "period")),
                RiskGroup.valueOf(require(wire.riskGroup(), "riskGroup")),
                BusinessScale.valueOf(require(wire.businessScale(), "businessScale")),
                programAmounts(wire.programs()),
                each(wire.employees(), "employees", e -> new ContributionPreview.Employee(
                        require(e.reference(), "reference"), money(e.wage(), "wage"), optionalMoney(e.jpWageBase()),
                        shares(e.programs()), money(e.employerTotal(), "employerTotal"),
                        money(e.workerTotal(), "workerTotal"))),
                money(wire.employerTotal(), "employerTotal"), money(wire.workerTotal(), "workerTotal"),
                money(wire.totalAmount(), "totalAmount"));
    }

    private static List<ProgramAmount> programAmounts(List<EmployerWire.ProgramAmount> wire) {
        return each(wire, "programs", line -> new ProgramAmount(program(line.program()),
                money(line.employer(), "employer"), money(line.worker(), "worker"), money(line.total(), "total"),
                require(line.informational(), "informational")));
    }

    private static List<ProgramShare> shares(List<EmployerWire.ProgramShare> wire) {
        return each(wire, "programs", share -> new ProgramShare(program(share.program()),
                money(share.employer(), "employer"), money(share.worker(), "worker")));
    }

    private static <W, T> List<T> each(List<W> wire, String field, Function<W, T> mapping) {
        return require(wire, field).stream().map(mapping).toList();
    }

    private static EmployerRef employer(String npp, String division) {
        return EmployerRef.of(require(npp, "npp"), require(division, "division"));
    }

    private static List<Program> programs(List<String> wire, String field) {
        return each(wire, field, EmployerWireMapping::program);
    }

    private static Program program(String wire) {
        return Program.valueOf(require(wire, "program"));
    }

    private static Money money(String wire, String field) {
        return Money.parse(require(wire, field));
    }

    private static Money optionalMoney(String wire) {
        return wire == null ? null : Money.parse(wire);
    }
}
