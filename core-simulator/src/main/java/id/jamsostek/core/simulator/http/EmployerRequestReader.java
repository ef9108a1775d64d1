package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.EmployerRef;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Sex;
import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.core.simulator.employers.ContributionPreviews;
import id.jamsostek.core.simulator.employers.EmployeeRegistration;
import id.jamsostek.core.simulator.employers.LeaveReason;
import id.jamsostek.core.simulator.employers.WageReport;
import id.jamsostek.core.simulator.model.PersonIdentity;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.Sector;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads the employer operations' path parameters and bodies; the schema vouches for every body field's shape. */
final class EmployerRequestReader {

    private static final Pattern NPP = Pattern.compile("[0-9]{8}");
    private static final Pattern DIVISION = Pattern.compile("[0-9]{3}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private final ContractBodies bodies;
    private final ContractSchema registration = ContractBodies.schema("EmployeeRegistration");
    private final ContractSchema wageReport = ContractBodies.schema("WageReport");
    private final ContractSchema preview = ContractBodies.schema("ContributionPreviewCommand");
    private final ContractSchema sector = ContractBodies.schema("EmployerSector");

    EmployerRequestReader(JsonCodec json) {
        this.bodies = new ContractBodies(json);
    }

    static EmployerRef employer(String npp, String division) {
        if (npp == null || !NPP.matcher(npp).matches() || division == null || !DIVISION.matcher(division).matches()) {
            throw invalid("npp must be 8 digits and division 3 digits");
        }
        return EmployerRef.of(npp, division);
    }

    static YearMonth period(String period) {
        if (period == null || !PERIOD.matcher(period).matches()) {
            throw invalid("period must be a month, YYYY-MM");
        }
        return YearMonth.parse(period);
    }

    EmployeeRegistration registration(EmployerRef employer, byte[] body) {
        JsonNode root = bodies.read(body, registration);
        return new EmployeeRegistration(employer, PersonIdentity.of(text(root, "nationality"), optional(root, "nik"),
                optional(root, "passportNo")), text(root, "fullName"), LocalDate.parse(text(root, "birthDate")),
                "F".equals(text(root, "sex")) ? Sex.FEMALE : Sex.MALE, LocalDate.parse(text(root, "startDate")),
                Money.parse(text(root, "monthlyWage")), root.has("programs") ? programs(root.get("programs")) : null);
    }

    Sector sector(byte[] body) {
        return Sector.valueOf(text(bodies.read(body, sector), "sector"));
    }

    WageReport wageReport(byte[] body) {
        JsonNode root = bodies.read(body, wageReport);
        List<WageReport.Wage> wages = new ArrayList<>();
        root.get("wages").forEach(w -> wages.add(new WageReport.Wage(text(w, "kpj"),
                Money.parse(text(w, "monthlyWage")))));
        List<WageReport.Leaver> leavers = new ArrayList<>();
        root.get("leavers").forEach(l -> leavers.add(new WageReport.Leaver(text(l, "kpj"),
                LocalDate.parse(text(l, "endDate")), LeaveReason.valueOf(text(l, "reason")))));
        return new WageReport(root.get("version").asInt(), wages, leavers);
    }

    ContributionPreviews.Command preview(byte[] body) {
        JsonNode root = bodies.read(body, preview);
        List<ContributionPreviews.Line> lines = new ArrayList<>();
        root.get("employees").forEach(e -> lines.add(new ContributionPreviews.Line(text(e, "reference"),
                Money.parse(text(e, "monthlyWage")))));
        return new ContributionPreviews.Command(employer(text(root, "npp"), text(root, "division")),
                YearMonth.parse(text(root, "period")), lines);
    }

    private static Set<Program> programs(JsonNode programs) {
        Set<Program> set = EnumSet.noneOf(Program.class);
        programs.forEach(p -> set.add(Program.valueOf(p.asString())));
        return set;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asString();
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }

    private static CoreProblemException invalid(String detail) {
        return new CoreProblemException(ProblemType.INVALID_REQUEST, detail);
    }
}
