package id.jamsostek.core.simulator.demo;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Nik;
import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.AccountType;
import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.billing.BillingAccount;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.billing.Channel;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.billing.PaymentOrders;
import id.jamsostek.core.simulator.billing.PaymentPosting;
import id.jamsostek.core.simulator.billing.PaymentRequest;
import id.jamsostek.core.simulator.employers.EmployerUnits;
import id.jamsostek.core.simulator.model.ContributionPayer;
import id.jamsostek.core.simulator.model.Employer;
import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.NonWageEarner;
import id.jamsostek.core.simulator.model.NonWageEarnerGroupContributions;
import id.jamsostek.core.simulator.model.ParticipantRegistry;
import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.model.WageEarner;
import id.jamsostek.core.simulator.model.PersonIdentity;
import id.jamsostek.core.simulator.tariff.BpuTerms;
import id.jamsostek.core.simulator.tariff.BusinessScale;
import id.jamsostek.core.simulator.tariff.PayerType;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.RiskGroup;
import id.jamsostek.core.simulator.tariff.Sector;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Demo accounts, placed relative to the clock's "today" so they always show the same situations. Every person is
 * fictional; NIKs are synthetic (region 360301 = Balaraja, Kab. Tangerang; women's day of birth + 40).
 */
public final class DemoSeed {

    public static final String MAJU_BERSAMA = "100200300401";
    /** PT Maju Bersama Sejahtera's NPP: its head office (division 000) pays with {@link #MAJU_BERSAMA}. */
    public static final String MAJU_BERSAMA_NPP = "19012345";
    public static final String HEAD_OFFICE = "000";
    public static final String BUDI_KPJ = "21010000001";
    public static final String DEWI_KPJ = "21010000002";
    /** The month the JP cap of the domain's second worked example came into force (Rp10,547,400). */
    static final LocalDate WORKED_EXAMPLE_START = LocalDate.of(2025, 3, 1);
    public static final String SINAR_CAHAYA = "100200300402";
    public static final String BERKAH_TANI = "10020030050";
    public static final String SITI_NIK = "3603014903880006";
    public static final String SITI_KPJ = "22010000006";
    public static final String NINO_NIK = "3603011407910007";
    public static final String NINO_KPJ = "22010000007";
    public static final String AGUS_NIK = "3603010212870008";
    public static final String AGUS_KPJ = "22010000008";
    public static final String DESA_SAGA = "12345678901234567890";
    /** Desa Saga, Kec. Balaraja, Kab. Tangerang: where the demo's non-wage earners are registered. */
    public static final String SAGA_VILLAGE_CODE = "3603012001";
    /** The other demo village of Kec. Balaraja, where CV Sinar Cahaya has its address. */
    public static final String SECOND_DEMO_VILLAGE = "3603012002";

    private final ParticipantRegistry registry;
    private final Memberships memberships;
    private final AccountBook accounts;
    private final EmployerUnits employers;
    private final Tariffs tariffs;
    private final BusinessClock clock;
    private final List<DemoAccount> seeded = new ArrayList<>();

    public DemoSeed(ParticipantRegistry registry, Memberships memberships, AccountBook accounts,
            EmployerUnits employers, Tariffs tariffs, BusinessClock clock) {
        this.registry = registry;
        this.memberships = memberships;
        this.accounts = accounts;
        this.employers = employers;
        this.tariffs = tariffs;
        this.clock = clock;
    }

    /** Seeds everything; postings and orders go through the same services as requests do. */
    public List<DemoAccount> seed(OpenBills openBills, PaymentPosting posting, PaymentOrders orders) {
        YearMonth current = YearMonth.from(clock.today());
        // the employees of the three employers started in March 2025 (or a year before the months shown, if later), so
        // Maju Bersama's contribution bills from 2025-03 to 2026-02 show the worked example on the March 2025 JP cap
        LocalDate start = earlier(WORKED_EXAMPLE_START, current.minusMonths(14).atDay(1));
        employer(new Employer(MAJU_BERSAMA_NPP, HEAD_OFFICE, "PT MAJU BERSAMA SEJAHTERA", RiskGroup.I,
                BusinessScale.LARGE, MAJU_BERSAMA, start).locatedIn(SAGA_VILLAGE_CODE), current.minusMonths(1),
                "employer 19012345-000, risk group I, large: employees on Rp8,000,000 and Rp15,000,000 (JP on the "
                        + "cap); the current month unpaid",
                worker("21010000001", "3603011704850001", "BUDI SANTOSO", LocalDate.of(1985, 4, 17), 8_000_000),
                worker("21010000002", "3603015208900002", "DEWI LESTARI", LocalDate.of(1990, 8, 12), 15_000_000));
        employer(new Employer("19012346", HEAD_OFFICE, "CV SINAR CAHAYA BALARAJA", RiskGroup.III,
                BusinessScale.MEDIUM, SINAR_CAHAYA, start).locatedIn(SECOND_DEMO_VILLAGE), current.minusMonths(3),
                "employer 19012346-000, risk group III, medium: 2 months of arrears plus the current month, with a "
                        + "LATE_FEE line",
                worker("21010000003", "3603010501920003", "EKO PRASETYO", LocalDate.of(1992, 1, 5), 5_400_000),
                worker("21010000004", "3603016311950004", "RINA MARLINA", LocalDate.of(1995, 11, 23), 6_000_000));
        employer(new Employer("19012347", HEAD_OFFICE, "UD BERKAH TANI", RiskGroup.II, BusinessScale.MICRO,
                BERKAH_TANI, start).locatedIn(SAGA_VILLAGE_CODE), current.minusMonths(1),
                "employer 19012347-000, micro (JKK + JKM only): the current month already PAID",
                worker("21010000005", "3603013006800005", "HENDRA GUNAWAN", LocalDate.of(1980, 6, 30), 4_000_000));
        nonWageEarner(new NonWageEarner(SITI_KPJ, SITI_NIK, "SITI RAHAYU", LocalDate.of(1988, 3, 9),
                BpuTerms.selfPaid(tariffs.incomeBands().lowest(), false), clock.today().minusYears(1)),
                ParticipantRole.VULNERABLE_WORKER, current.minusMonths(1),
                "non-wage earner on the lowest band without JHT: Rp16,800 a month (Rp8,400 in a month of PP 50/2025's "
                        + "discount); by NIK or KPJ");
        nonWageEarner(new NonWageEarner(NINO_KPJ, NINO_NIK, "NINO JULIAN", LocalDate.of(1991, 7, 14),
                BpuTerms.selfPaid(Money.ofRupiah(3_000_000), true), clock.today().minusYears(2)),
                ParticipantRole.CADRE, current.minusMonths(1),
                "non-wage earner on the Rp3,000,000 band with JHT: the current month unpaid");
        nonWageEarner(new NonWageEarner(AGUS_KPJ, AGUS_NIK, "AGUS SETIAWAN", LocalDate.of(1987, 12, 2),
                BpuTerms.selfPaid(Money.ofRupiah(2_000_000), false), clock.today().minusYears(1)),
                ParticipantRole.RT_RW, current,
                "non-wage earner paid up, whose payment order for 3 months in advance has EXPIRED");
        collective(current.minusMonths(1));

        payCurrentMonth(BERKAH_TANI, openBills, posting);
        OffsetDateTime now = clock.now();
        orders.prepare(AGUS_NIK, 3, now.minusDays(10), now.minusDays(3));
        return List.copyOf(seeded);
    }

    /** The unit and its employees, hired on the unit's registration day with the wage given; no wage reports. */
    private void employer(Employer employer, YearMonth paidThrough, String scenario, WageEarnerDraft... workers) {
        employers.open(employer, paidThrough);
        for (WageEarnerDraft w : workers) {
            Nik nik = Nik.of(w.nik());
            employers.hire(new WageEarner(w.kpj(), PersonIdentity.indonesian(w.nik()), w.name(), w.birthDate(),
                    nik.sex(), employer.ref(), employer.registeredOn(), Money.ofRupiah(w.wage()), Set.of()));
        }
        seeded.add(new DemoAccount(employer.paymentCode(), List.of(), scenario, employer.ref()));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Registered with Desa Saga, paying for themselves, first month the month they registered. */
    private void nonWageEarner(NonWageEarner participant, ParticipantRole role, YearMonth paidThrough,
            String scenario) {
        registry.register(participant);
        List<Program> programs = participant.withJht() ? List.of(Program.JKK, Program.JKM, Program.JHT)
                : List.of(Program.JKK, Program.JKM);
        memberships.enrollOnce(participant.nik(), () -> new Membership(participant, SAGA_VILLAGE_CODE, role,
                ContributionPayer.self(), programs, YearMonth.from(participant.registeredOn()), null));
        accounts.open(new BillingAccount(participant.nik(), List.of(participant.kpj()), AccountType.PARTICIPANT,
                participant.name(), new NonWageEarnerGroupContributions(List.of(participant), tariffs.nonWageEarners()),
                paidThrough));
        seeded.add(new DemoAccount(participant.nik(), List.of(participant.kpj()), scenario));
    }

    private void collective(YearMonth paidThrough) {
        List<NonWageEarner> officials = List.of(
                new NonWageEarner("22010000009", "3603012002750009", "SLAMET RIYADI", LocalDate.of(1975, 2, 20),
                        villageBudget(Money.ofRupiah(2_000_000)), clock.today().minusYears(1)),
                new NonWageEarner("22010000010", "3603014110830010", "NURHAYATI", LocalDate.of(1983, 10, 1),
                        villageBudget(Money.ofRupiah(2_000_000)), clock.today().minusYears(1)),
                new NonWageEarner("22010000011", "3603011505790011", "JAJANG SUPRIATNA", LocalDate.of(1979, 5, 15),
                        villageBudget(tariffs.incomeBands().lowest()), clock.today().minusYears(1)));
        officials.forEach(registry::register);
        accounts.open(new BillingAccount(DESA_SAGA, List.of(), AccountType.COLLECTIVE, "PEMERINTAH DESA SAGA",
                new NonWageEarnerGroupContributions(officials, tariffs.nonWageEarners()), paidThrough));
        seeded.add(new DemoAccount(DESA_SAGA, List.of(),
                "village collective code (20 digits, the customerNo of the published SNAP signature vector): "
                        + "3 village officials, the current month unpaid"));
    }

    private static BpuTerms villageBudget(Money incomeBand) {
        return new BpuTerms(incomeBand, false, Sector.OTHER, PayerType.VILLAGE_BUDGET);
    }

    private void payCurrentMonth(String customerNo, OpenBills openBills, PaymentPosting posting) {
        BillView bill = openBills.openBill(customerNo);
        posting.post("seed-" + customerNo, new PaymentRequest(bill.bill().billId(), customerNo, bill.bill().total(),
                clock.now().minusHours(1).toInstant(), Channel.BANK, "SEED", "demo-seed"));
    }

    private static WageEarnerDraft worker(String kpj, String nik, String name, LocalDate birthDate, long wage) {
        return new WageEarnerDraft(kpj, nik, name, birthDate, wage);
    }

    private record WageEarnerDraft(String kpj, String nik, String name, LocalDate birthDate, long wage) {
    }
}
