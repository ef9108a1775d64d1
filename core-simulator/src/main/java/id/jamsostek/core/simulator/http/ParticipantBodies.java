package id.jamsostek.core.simulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.PayerScope;
import id.jamsostek.core.simulator.model.ContributionPayer;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.participants.EnrollmentResult;
import id.jamsostek.core.simulator.participants.ParticipantPage;
import id.jamsostek.core.simulator.participants.ParticipantRecord;
import id.jamsostek.core.simulator.participants.PayerBudgets;
import id.jamsostek.core.simulator.participants.Renewals;
import id.jamsostek.core.simulator.tariff.PayerType;
import id.jamsostek.core.simulator.participants.VillageCoverage;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the participant operations (contracts/core/schemas/*). */
final class ParticipantBodies {

    private ParticipantBodies() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PayerBody(String type, String donorId) {
    }

    record EnrollmentResultBody(String kpj, String nik, String villageCode, String role, List<String> programs,
            PayerBody payer, String firstMonth, WireBodies.BillBody firstBill) {
    }

    /**
     * paidUpTo and coveredUntil are written as null, never left out: the contract requires the members; agentId only
     * for a worker a Perisai agent registered.
     */
    record ParticipantRecordBody(String kpj, String nik, String fullName, String villageCode, String role,
            PayerBody payer, List<String> programs, String enrolledAt, String paidUpTo, boolean activeThisMonth,
            String coveredUntil, @JsonInclude(JsonInclude.Include.NON_NULL) String agentId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RenewalsBody(String regionPrefix, String payerType, String asOf, List<ParticipantRecordBody> endingThisMonth,
            List<ParticipantRecordBody> lapsed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CollectiveBillPreviewBody(String villageCode, String regencyCode, String payerType, String period,
            boolean billed,
            int members, String totalAmount, List<WireBodies.BillLineBody> lines, String dueDate, String asOf,
            List<ParticipantRecordBody> endingThisMonth, List<ParticipantRecordBody> lapsed) {
    }

    record ParticipantPageBody(List<ParticipantRecordBody> items, int page, int size, int total) {
    }

    record VillageCountsBody(String villageCode, int enrolled, int activeThisMonth, int activeWageEarners,
            Map<String, Integer> byRole, Map<String, Integer> byPayer) {
    }

    record CoverageCountsBody(String regionPrefix, String month, List<VillageCountsBody> villages) {
    }

    record PayerBudgetBody(String regionCode, String payerType, int year, String ceiling, String committed,
            String remaining) {
    }

    static PayerBudgetBody budget(PayerBudgets.Standing standing) {
        return new PayerBudgetBody(standing.scope().regionCode(), standing.scope().payerType().name(),
                standing.year().getValue(), standing.ceiling().toWire(), standing.committed().toWire(),
                standing.remaining().toWire());
    }

    static EnrollmentResultBody enrollment(EnrollmentResult result) {
        Membership m = result.membership();
        return new EnrollmentResultBody(m.kpj(), m.nik(), m.villageCode(), m.role().name(), programs(m),
                payer(m.payer()), m.firstMonth().toString(), WireBodies.bill(result.firstBill()));
    }

    static ParticipantRecordBody record(ParticipantRecord record) {
        Membership m = record.membership();
        return new ParticipantRecordBody(m.kpj(), m.nik(), m.participant().name(), m.villageCode(), m.role().name(),
                payer(m.payer()), programs(m), m.enrolledAt().toString(),
                record.paidUpTo() == null ? null : record.paidUpTo().toString(), record.activeThisMonth(),
                record.coveredUntil() == null ? null : record.coveredUntil().toString(), m.agentId());
    }

    /** payerType null: every payer. */
    static RenewalsBody renewals(String regionPrefix, PayerType payerType, Renewals renewals) {
        return new RenewalsBody(regionPrefix, payerType == null ? null : payerType.name(),
                renewals.asOf().toString(), records(renewals.endingThisMonth()), records(renewals.lapsed()));
    }

    static CollectiveBillPreviewBody preview(CollectiveBills.Command command, CollectiveBills.Previewed previewed,
            Renewals renewals) {
        Bill bill = previewed.bill();
        PayerScope scope = command.budget();
        boolean village = scope.payerType() == PayerType.VILLAGE_BUDGET;
        return new CollectiveBillPreviewBody(village ? scope.regionCode() : null, village ? null : scope.regionCode(),
                scope.payerType().name(),
                command.period().toString(), previewed.made(), bill.memberKpjs().size(), bill.total().toWire(),
                shownLines(bill), bill.dueDate().toString(), renewals.asOf().toString(), records(renewals.endingThisMonth()),
                records(renewals.lapsed()));
    }

    /** A preview's lines: the amounts owed, without the informational ones. */
    static List<WireBodies.BillLineBody> shownLines(Bill bill) {
        return bill.lines().stream().filter(l -> !l.informational())
                .map(l -> new WireBodies.BillLineBody(l.program().name(), l.amount().toWire(), false))
                .toList();
    }

    static List<ParticipantRecordBody> records(List<ParticipantRecord> records) {
        return records.stream().map(ParticipantBodies::record).toList();
    }

    static ParticipantPageBody page(ParticipantPage page) {
        return new ParticipantPageBody(page.items().stream().map(ParticipantBodies::record).toList(), page.page(),
                page.size(), page.total());
    }

    static CoverageCountsBody coverage(String regionPrefix, YearMonth month, List<VillageCoverage> villages) {
        return new CoverageCountsBody(regionPrefix, month.toString(), villages.stream()
                .map(v -> new VillageCountsBody(v.villageCode(), v.enrolled(), v.activeThisMonth(),
                        v.activeWageEarners(), byName(v.byRole()), byName(v.byPayer())))
                .toList());
    }

    private static List<String> programs(Membership m) {
        return m.programs().stream().map(Enum::name).toList();
    }

    private static PayerBody payer(ContributionPayer payer) {
        return new PayerBody(payer.type().name(), payer.donorId());
    }

    private static <E extends Enum<E>> Map<String, Integer> byName(Map<E, Integer> counts) {
        Map<String, Integer> named = new LinkedHashMap<>();
        counts.forEach((key, count) -> named.put(key.name(), count));
        return named;
    }
}
