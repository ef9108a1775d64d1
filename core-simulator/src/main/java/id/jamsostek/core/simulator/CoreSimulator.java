package id.jamsostek.core.simulator;

import id.jamsostek.core.simulator.billing.AccountBook;
import id.jamsostek.core.simulator.billing.BillBook;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.BillComposer;
import id.jamsostek.core.simulator.billing.BusinessClock;
import id.jamsostek.core.simulator.billing.Ledger;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.billing.PaymentJournal;
import id.jamsostek.core.simulator.billing.PaymentOrders;
import id.jamsostek.core.simulator.billing.PaymentPosting;
import id.jamsostek.core.simulator.demo.DemoAccount;
import id.jamsostek.core.simulator.demo.DemoListing;
import id.jamsostek.core.simulator.demo.DemoSeed;
import id.jamsostek.core.simulator.employers.ContributionBills;
import id.jamsostek.core.simulator.employers.ContributionPreviews;
import id.jamsostek.core.simulator.employers.EmployeeRegistrations;
import id.jamsostek.core.simulator.employers.EmployerUnits;
import id.jamsostek.core.simulator.employers.WageReports;
import id.jamsostek.core.simulator.http.CoreHttpServer;
import id.jamsostek.core.simulator.http.EmployerServices;
import id.jamsostek.core.simulator.http.ParticipantServices;
import id.jamsostek.core.simulator.http.SimulatedFaults;
import id.jamsostek.core.simulator.model.Memberships;
import id.jamsostek.core.simulator.model.ParticipantRegistry;
import id.jamsostek.core.simulator.participants.Enrollments;
import id.jamsostek.core.simulator.participants.PayerBudgets;
import id.jamsostek.core.simulator.participants.Sponsoring;
import id.jamsostek.core.simulator.model.Sponsorships;
import id.jamsostek.core.simulator.participants.ParticipantDirectory;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.DisposableServer;

/**
 * A stateful stand-in for the agency's core services, over HTTP: open bills, payment posting, "was this key posted?",
 * enrollment of non-wage earners, their look-up and counts, villages' collective bills, and employers' employees,
 * wage reports, contribution bills and previews.
 * Start one per test (port 0) or run it alone ({@link CoreSimulatorMain}). State lives in memory only.
 */
public final class CoreSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoreSimulator.class);

    private final DisposableServer server;
    private final PaymentJournal journal;
    private final SimulatedFaults faults;
    private final ParticipantRegistry registry;
    private final AccountBook accounts;
    private final PaymentOrders orders;
    private final Memberships memberships;
    private final EmployerUnits employers;

    private CoreSimulator(DisposableServer server, PaymentJournal journal, SimulatedFaults faults,
            ParticipantRegistry registry, AccountBook accounts, PaymentOrders orders, Memberships memberships,
            EmployerUnits employers) {
        this.server = server;
        this.journal = journal;
        this.faults = faults;
        this.registry = registry;
        this.accounts = accounts;
        this.orders = orders;
        this.memberships = memberships;
        this.employers = employers;
    }

    public static CoreSimulator start(CoreSimulatorSettings settings) {
        return start(settings, Tariffs.fromClasspath());
    }

    /** With another tariff data set (tests of data changes). */
    public static CoreSimulator start(CoreSimulatorSettings settings, Tariffs data) {
        Tariffs tariffs = data.excludingFromDiscounts(settings.discountExcludedPayers());
        BusinessClock clock = new BusinessClock(settings.clock());
        ParticipantRegistry registry = new ParticipantRegistry();
        Memberships memberships = new Memberships();
        AccountBook accounts = new AccountBook();
        BillBook bills = new BillBook();
        Sponsorships sponsorships = new Sponsorships();
        BillComposer composer = new BillComposer(tariffs, sponsorships);
        PaymentJournal journal = new PaymentJournal();
        OpenBills openBills = new OpenBills(accounts, bills, composer, journal, clock);
        PaymentPosting posting = new PaymentPosting(accounts, bills, openBills, composer, journal, clock);
        PaymentOrders orders = new PaymentOrders(accounts, bills, composer, clock);
        EmployerUnits employers = new EmployerUnits(accounts, registry, tariffs, clock);
        List<DemoAccount> demo = settings.seedDemoData()
                ? new DemoSeed(registry, memberships, accounts, employers, tariffs, clock).seed(openBills, posting,
                        orders)
                : List.of();
        DemoListing listing = new DemoListing(demo, accounts, openBills, employers);
        BenchAccounts bench = new BenchAccounts(settings.benchAccounts(), tariffs, composer, clock);
        if (bench.count() > 0) {
            accounts.openOnDemand(bench::make);
        }
        SimulatedFaults faults = new SimulatedFaults(settings.clock());
        PayerBudgets budgets = new PayerBudgets(memberships, tariffs.nonWageEarners());
        DisposableServer server = new CoreHttpServer(openBills, posting, journal, faults, listing::entries,
                bench::describe, new ParticipantServices(
                        new Enrollments(memberships, registry, accounts, orders, openBills, tariffs, clock, budgets),
                        new ParticipantDirectory(memberships, sponsorships, accounts, clock,
                                employers::activeWageEarners),
                        new CollectiveBills(memberships, sponsorships, accounts, bills, composer, openBills, journal),
                        orders, budgets, new Sponsoring(memberships, sponsorships, accounts, clock)),
                new EmployerServices(employers, new EmployeeRegistrations(employers, registry, tariffs, clock),
                        new WageReports(employers, clock), new ContributionBills(employers, openBills, clock),
                        new ContributionPreviews(employers, tariffs, clock)))
                .bind(settings.host(), settings.port());
        log.info("core simulator listening on {}:{} ({} demo accounts, {} bench accounts, today {})",
                settings.host(), server.port(), demo.size(), bench.count(), clock.today());
        return new CoreSimulator(server, journal, faults, registry, accounts, orders, memberships, employers);
    }

    public int port() {
        return server.port();
    }

    /** Always the loopback address, which also reaches a simulator listening on 0.0.0.0. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The payments posted. */
    public Ledger ledger() {
        return journal;
    }

    /** Hooks to make the core slow or failing. */
    public SimulatedFaults faults() {
        return faults;
    }

    /** The people known to the core (one KPJ each) and the non-wage earners, for tests. */
    public ParticipantRegistry registry() {
        return registry;
    }

    /** The non-wage earners' memberships (enrolled and demo), by NIK. */
    public Memberships memberships() {
        return memberships;
    }

    /** The employer units (NPP and division) with their employees and wage reports; tests may open more. */
    public EmployerUnits employers() {
        return employers;
    }

    /** Billing accounts by customer number, for tests and later enrollment work. */
    public AccountBook accounts() {
        return accounts;
    }

    /** Prepares payment orders (months in advance) for non-wage earners. */
    public PaymentOrders paymentOrders() {
        return orders;
    }

    public void stop() {
        server.disposeNow();
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks the calling thread until the server stops (for the command line, never on an event loop). */
    void awaitStop() throws InterruptedException {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        server.onDispose().subscribe(null, error -> stopped.countDown(), stopped::countDown);
        stopped.await();
    }
}
