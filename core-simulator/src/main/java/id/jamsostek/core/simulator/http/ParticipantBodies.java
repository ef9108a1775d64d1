package id.jamsostek.core.simulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.jamsostek.core.simulator.model.ContributionPayer;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.participants.EnrollmentResult;
import id.jamsostek.core.simulator.participants.ParticipantPage;
import id.jamsostek.core.simulator.participants.ParticipantRecord;
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

    /** paidUpTo is written as null, never left out: the contract requires the member. */
    record ParticipantRecordBody(String kpj, String nik, String fullName, String villageCode, String role,
            PayerBody payer, List<String> programs, String enrolledAt, String paidUpTo, boolean activeThisMonth) {
    }

    record ParticipantPageBody(List<ParticipantRecordBody> items, int page, int size, int total) {
    }

    record VillageCountsBody(String villageCode, int enrolled, int activeThisMonth, int activeWageEarners,
            Map<String, Integer> byRole, Map<String, Integer> byPayer) {
    }

    record CoverageCountsBody(String regionPrefix, String month, List<VillageCountsBody> villages) {
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
                record.paidUpTo() == null ? null : record.paidUpTo().toString(), record.activeThisMonth());
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
