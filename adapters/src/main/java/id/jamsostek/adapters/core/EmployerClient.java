package id.jamsostek.adapters.core;

import id.jamsostek.contracts.EmployerRef;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Client of the core's employer operations (contracts/core/openapi.yaml): a unit's profile and sector, employee
 * registration, wage reports, contribution bills and previews. Every call may be retried: reads and previews change nothing, the
 * registration forwards its Idempotency-Key, and a wage report is idempotent by its version.
 */
public final class EmployerClient {

    public static final String SERVICE = "core-employer";
    private static final String UNIT = "/core/v1/employers/{npp}/divisions/{division}";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final WebClient http;
    private final ResilientCall resilience;
    private final CoreAnswers answers = new CoreAnswers(SERVICE);

    public EmployerClient(WebClient http, ResilientCall resilience) {
        this.http = http;
        this.resilience = resilience;
    }

    /** The unit; {@link CoreRejection} unknown-employer when the core has no such NPP and division. */
    public Mono<EmployerProfile> profile(EmployerRef employer, Deadline deadline) {
        Mono<EmployerProfile> attempt = http.get()
                .uri(UNIT, employer.npp().value(), employer.division().value())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(EmployerWire.EmployerProfile.class,
                        (wire, response) -> EmployerWireMapping.profile(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * The employment registered (or, for the same key and body, registered before: {@code replayed}); {@link
     * CoreRejection} already-employee (with kpj), invalid-employee (with errors), idempotency-key-reused,
     * unknown-employer.
     */
    public Mono<EmployeeRecord> register(EmployerRef employer, EmployeeRegistration registration,
            String idempotencyKey, Deadline deadline) {
        Mono<EmployeeRecord> attempt = http.post()
                .uri(UNIT + "/employees", employer.npp().value(), employer.division().value())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EmployerWireMapping.registration(registration))
                .exchangeToMono(answers.of(EmployerWire.EmployeeRecord.class,
                        (wire, response) -> EmployerWireMapping.employee(wire, replayed(response))));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * The receipt of the version taken into force (or already in force with the same content: {@code replayed});
     * {@link CoreRejection} wage-report-version-conflict, wage-report-superseded (with currentVersion),
     * period-closed, invalid-wage-report (with errors), unknown-employer.
     */
    public Mono<WageReportReceipt> reportWages(EmployerRef employer, YearMonth period, WageReport report,
            Deadline deadline) {
        Mono<WageReportReceipt> attempt = http.put()
                .uri(UNIT + "/wage-reports/{period}", employer.npp().value(), employer.division().value(),
                        period.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EmployerWireMapping.wageReport(report))
                .exchangeToMono(answers.of(EmployerWire.WageReportReceipt.class,
                        (wire, response) -> EmployerWireMapping.receipt(wire, replayed(response))));
        return resilience.idempotent(attempt, deadline);
    }

    /** The month's bill; {@link CoreRejection} no-contribution, invalid-period, unknown-employer. */
    public Mono<ContributionBill> contributionBill(EmployerRef employer, YearMonth period, Deadline deadline) {
        Mono<ContributionBill> attempt = http.get()
                .uri(UNIT + "/contribution-bills/{period}", employer.npp().value(), employer.division().value(),
                        period.toString())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(EmployerWire.ContributionBill.class,
                        (wire, response) -> EmployerWireMapping.bill(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * Records the unit's sector as the contribution discounts name it ({@code LABOUR_INTENSIVE} or {@code OTHER}) and
     * answers the sector recorded; {@link CoreRejection} unknown-employer. Idempotent: the same sector again changes
     * nothing.
     */
    public Mono<String> sector(EmployerRef employer, String sector, Deadline deadline) {
        Mono<String> attempt = http.put()
                .uri(UNIT + "/sector", employer.npp().value(), employer.division().value())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new EmployerWire.EmployerSector(sector))
                .exchangeToMono(answers.of(EmployerWire.EmployerSector.class, (wire, response) -> wire.sector()));
        return resilience.idempotent(attempt, deadline);
    }

    /** What the unit would owe on these wages; {@link CoreRejection} invalid-period, unknown-employer. */
    public Mono<ContributionPreview> preview(ContributionPreviewCommand command, Deadline deadline) {
        Mono<ContributionPreview> attempt = http.post()
                .uri("/core/v1/contribution-previews")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(EmployerWireMapping.previewCommand(command))
                .exchangeToMono(answers.of(EmployerWire.ContributionPreview.class,
                        (wire, response) -> EmployerWireMapping.preview(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    private static boolean replayed(ClientResponse response) {
        return "true".equals(response.headers().asHttpHeaders().getFirst(REPLAYED));
    }
}
