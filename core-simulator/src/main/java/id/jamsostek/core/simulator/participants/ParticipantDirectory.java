package id.jamsostek.core.simulator.participants;

import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.billing.PrivatePayer;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.model.RollingPeriods;
import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.model.Sponsorships;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads memberships with their payment state: by NIK, a village's page, counts per village of a region, and those to
 * keep active (ending this month, lapsed).
 */
public final class ParticipantDirectory {

    /** Wage earners active in a month per village of a region (the employer units' side of coverage). */
    @FunctionalInterface
    public interface WageEarnerCounts {
        Map<String, Integer> activeIn(String regionPrefix, YearMonth month);
    }

    private final Memberships memberships;
    private final Sponsorships sponsorships;
    private final AccountBook accounts;
    private final BusinessClock clock;
    private final WageEarnerCounts wageEarners;

    public ParticipantDirectory(Memberships memberships, Sponsorships sponsorships, AccountBook accounts,
            BusinessClock clock, WageEarnerCounts wageEarners) {
        this.memberships = memberships;
        this.sponsorships = sponsorships;
        this.accounts = accounts;
        this.clock = clock;
        this.wageEarners = wageEarners;
    }

    public ParticipantRecord find(String nik) {
        return memberships.byNik(nik).map(m -> record(m, currentMonth()))
                .orElseThrow(() -> new CoreProblemException(ProblemType.UNKNOWN_PARTICIPANT,
                        "no BPU membership has this NIK"));
    }

    public ParticipantPage page(String villageCode, int page, int size) {
        List<Membership> all = memberships.inRegion(villageCode);
        YearMonth current = currentMonth();
        List<ParticipantRecord> items = all.stream()
                .skip(Math.min((long) page * size, all.size()))
                .limit(size)
                .map(m -> record(m, current))
                .toList();
        return new ParticipantPage(items, page, size, all.size());
    }

    /** A participant a donor pays for, and the months: to is null when the donor was named payer at enrollment. */
    public record Sponsored(String donorId, YearMonth from, YearMonth to, ParticipantRecord participant) {
    }

    /** Everyone the donor pays for or will: its sponsorships, then those enrolled with it as payer; by KPJ. */
    public List<Sponsored> sponsoredBy(String donorId) {
        YearMonth current = currentMonth();
        Map<String, Membership> byKpj = memberships.all().stream()
                .collect(Collectors.toMap(Membership::kpj, m -> m));
        List<Sponsored> sponsored = new ArrayList<>();
        for (Sponsorship sponsorship : sponsorships.ofDonor(donorId)) {
            sponsored.add(new Sponsored(donorId, sponsorship.from(), sponsorship.to(),
                    record(byKpj.get(sponsorship.kpj()), current)));
        }
        byKpj.values().stream()
                .filter(m -> m.payer().type() == PayerType.DONOR && donorId.equals(m.payer().donorId()))
                .sorted(java.util.Comparator.comparing(Membership::kpj))
                .forEach(m -> sponsored.add(new Sponsored(donorId, m.firstMonth(), null, record(m, current))));
        return sponsored;
    }

    /** The workers a Perisai agent registered, by KPJ. */
    public List<ParticipantRecord> registeredBy(String agentId) {
        YearMonth current = currentMonth();
        return memberships.all().stream().filter(m -> m.registeredBy(agentId)).map(m -> record(m, current)).toList();
    }

    /** The month coverage counts when the caller names none. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.today());
    }

    /** One entry per village with a participant of either segment, ordered by village code. */
    public List<VillageCoverage> coverage(String regionPrefix, YearMonth month) {
        Map<String, List<ParticipantRecord>> byVillage = memberships.inRegion(regionPrefix).stream()
                .map(m -> record(m, month))
                .collect(Collectors.groupingBy(r -> r.membership().villageCode(), TreeMap::new, Collectors.toList()));
        Map<String, Integer> employed = wageEarners.activeIn(regionPrefix, month);
        TreeSet<String> villages = new TreeSet<>(byVillage.keySet());
        villages.addAll(employed.keySet());
        List<VillageCoverage> counts = new ArrayList<>();
        for (String village : villages) {
            counts.add(counts(village, byVillage.getOrDefault(village, List.of()), employed.getOrDefault(village, 0)));
        }
        return counts;
    }

    private static VillageCoverage counts(String villageCode, List<ParticipantRecord> records, int wageEarners) {
        Map<ParticipantRole, Integer> byRole = new EnumMap<>(ParticipantRole.class);
        for (ParticipantRole role : ParticipantRole.values()) {
            byRole.put(role, 0);
        }
        Map<PayerType, Integer> byPayer = new EnumMap<>(PayerType.class);
        for (PayerType payer : PayerType.values()) {
            byPayer.put(payer, 0);
        }
        int active = 0;
        for (ParticipantRecord r : records) {
            byRole.merge(r.membership().role(), 1, Integer::sum);
            byPayer.merge(r.membership().payer().type(), 1, Integer::sum);
            active += r.activeThisMonth() ? 1 : 0;
        }
        return new VillageCoverage(villageCode, records.size(), active, wageEarners, byRole, byPayer);
    }

    /**
     * Per village or region and payer type (all payers when null): those whose paid-up period ends this calendar
     * month while still covering today, and those no longer covered (lapsed, or never paid once their first month
     * started), ordered by KPJ.
     */
    public Renewals renewals(String regionPrefix, PayerType payerType) {
        return renewals(memberships.inRegion(regionPrefix).stream()
                .filter(m -> payerType == null || m.payer().type() == payerType).toList());
    }

    /**
     * A donor's or agent's: those whose next month to pay (the first unpaid one) is the payer's to pay, so it alone can
     * keep them active; split as for a village, ordered by KPJ.
     */
    public Renewals renewals(PrivatePayer payer) {
        return renewals(memberships.all().stream()
                .filter(m -> payer.pays(m, sponsorships.of(m.kpj(), paidThrough(m).plusMonths(1)))).toList());
    }

    private Renewals renewals(List<Membership> candidates) {
        LocalDate today = clock.today();
        YearMonth current = currentMonth();
        List<ParticipantRecord> ending = new ArrayList<>();
        List<ParticipantRecord> lapsed = new ArrayList<>();
        for (Membership membership : candidates) {
            ParticipantRecord r = record(membership, current);
            LocalDate coveredUntil = r.coveredUntil();
            if (coveredUntil == null) {
                if (!new RollingPeriods(membership.enrolledAt()).start(membership.firstMonth()).isAfter(today)) {
                    lapsed.add(r);
                }
            } else if (coveredUntil.isBefore(today)) {
                lapsed.add(r);
            } else if (YearMonth.from(coveredUntil).equals(current)) {
                ending.add(r);
            }
        }
        return new Renewals(today, ending, lapsed);
    }

    private YearMonth paidThrough(Membership membership) {
        return account(membership).state().paidThrough();
    }

    private BillingAccount account(Membership membership) {
        return accounts.find(membership.kpj())
                .orElseThrow(() -> new IllegalStateException("membership without account: " + membership));
    }

    /** The account starts paid through the month before the first: that is "nothing paid yet". */
    private ParticipantRecord record(Membership membership, YearMonth current) {
        BillingAccount account = account(membership);
        YearMonth paidThrough = account.state().paidThrough();
        YearMonth paidUpTo = paidThrough.isBefore(membership.firstMonth()) ? null : paidThrough;
        LocalDate coveredUntil = paidUpTo == null ? null
                : account.contributions().rollingPeriods().orElseGet(() -> new RollingPeriods(membership.enrolledAt()))
                        .end(paidUpTo);
        return new ParticipantRecord(membership, paidUpTo, paidUpTo != null && !paidUpTo.isBefore(current),
                coveredUntil);
    }
}
