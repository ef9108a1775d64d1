package id.jamsostek.adapters.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The JSON shapes of the core's employer operations (contracts/core), apart from the records the gateway uses. */
final class EmployerWire {

    private EmployerWire() {}

    record EmployerProfile(String npp, String division, String name, String riskGroup, String businessScale,
            String paymentCode, List<String> requiredPrograms, String registeredOn) {}

    /** LABOUR_INTENSIVE or OTHER, as contracts/core EmployerSector.json. */
    record EmployerSector(String sector) {}

    /** nik or passportNo, whichever the person has; programs only when asked for. */
    record EmployeeRegistration(String nationality,
            @JsonInclude(JsonInclude.Include.NON_NULL) String nik,
            @JsonInclude(JsonInclude.Include.NON_NULL) String passportNo,
            String fullName, String birthDate, String sex, String startDate, String monthlyWage,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> programs) {}

    record EmployeeRecord(String kpj, String npp, String division, String nik, String passportNo, String fullName,
            String nationality, String startDate, String monthlyWage, List<String> programs, String status,
            String endDate) {}

    record Wage(String kpj, String monthlyWage) {}

    record Leaver(String kpj, String endDate, String reason) {}

    record WageReport(int version, List<Wage> wages, List<Leaver> leavers) {}

    record WageReportReceipt(String npp, String division, String period, Integer version, Integer supersededVersion,
            Integer employees, Integer leavers) {}

    record ProgramAmount(String program, String employer, String worker, String total, Boolean informational) {}

    record ProgramShare(String program, String employer, String worker) {}

    record LateFee(String program, Integer monthsLate, String amount) {}

    record BilledEmployee(String kpj, String fullName, String wage, String jpWageBase, List<ProgramShare> programs) {}

    record ContributionBill(String npp, String division, String employerName, String period, String riskGroup,
            String businessScale, String status, String dueDate, String paymentCode, String billId,
            Integer wageReportVersion, List<ProgramAmount> programs, List<LateFee> lateFees,
            List<BilledEmployee> employees, String employerTotal, String workerTotal, String lateFeeTotal,
            String totalAmount) {}

    record PreviewLine(String reference, String monthlyWage) {}

    record ContributionPreviewCommand(String npp, String division, String period, List<PreviewLine> employees) {}

    record PreviewEmployee(String reference, String wage, String jpWageBase, List<ProgramShare> programs,
            String employerTotal, String workerTotal) {}

    record ContributionPreview(String npp, String division, String period, String riskGroup, String businessScale,
            List<ProgramAmount> programs, List<PreviewEmployee> employees, String employerTotal, String workerTotal,
            String totalAmount) {}
}
