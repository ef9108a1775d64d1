package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Client of the core's enrollment service (contracts/core/openapi.yaml): enrolls non-wage earners. The
 * Idempotency-Key is forwarded, so a retry never enrolls anyone twice.
 */
public final class EnrollmentClient {

    public static final String SERVICE = "core-enrollment";

    private final WebClient http;
    private final ResilientCall resilience;
    private final CoreAnswers answers = new CoreAnswers(SERVICE);

    public EnrollmentClient(WebClient http, ResilientCall resilience) {
        this.http = http;
        this.resilience = resilience;
    }

    /** The result; {@link CoreRejection} already-participant (with kpj and villageCode) or invalid-enrollment. */
    public Mono<EnrollmentResult> enroll(Enrollment enrollment, String idempotencyKey, Deadline deadline) {
        Mono<EnrollmentResult> attempt = http.post()
                .uri("/core/v1/enrollments")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CoreWireMapping.enrollment(enrollment))
                .exchangeToMono(answers.of(CoreWire.EnrollmentResult.class, (wire, response) ->
                        CoreWireMapping.enrollmentResult(wire,
                                "true".equals(response.headers().asHttpHeaders().getFirst("Idempotent-Replayed")))));
        return resilience.idempotent(attempt, deadline);
    }

    /** The participant with this NIK; empty when the core knows no one (the NIK travels in the body, not the URL). */
    public Mono<ParticipantRecord> search(String nik, Deadline deadline) {
        Mono<ParticipantRecord> attempt = http.post()
                .uri("/core/v1/participants/search")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new CoreWire.ParticipantSearch(nik))
                .exchangeToMono(answers.of(CoreWire.ParticipantRecord.class,
                        (wire, response) -> CoreWireMapping.participant(wire)));
        return resilience.idempotent(attempt, deadline)
                .onErrorResume(CoreRejection.class, rejection -> rejection.is(CoreRejection.UNKNOWN_PARTICIPANT)
                        ? Mono.empty() : Mono.error(rejection));
    }

    /** One page of the participants registered with the village, ordered by KPJ; an empty page when it has none. */
    public Mono<ParticipantRecordPage> villageParticipants(String villageCode, int page, int size, Deadline deadline) {
        Mono<ParticipantRecordPage> attempt = http.get()
                .uri(uri -> uri.path("/core/v1/villages/{villageCode}/participants")
                        .queryParam("page", page).queryParam("size", size).build(villageCode))
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.ParticipantRecordPage.class,
                        (wire, response) -> CoreWireMapping.participantPage(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * Participant counts per village whose code starts with the prefix (2, 4, 6 or 10 digits), for the month (null:
     * the core's current month).
     */
    public Mono<CoverageCounts> coverage(String regionPrefix, YearMonth month, Deadline deadline) {
        Mono<CoverageCounts> attempt = http.get()
                .uri(uri -> uri.path("/core/v1/coverage").queryParam("regionPrefix", regionPrefix)
                        .queryParamIfPresent("month", Optional.ofNullable(month)).build())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.CoverageCounts.class,
                        (wire, response) -> CoreWireMapping.coverage(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /** The budget's standing for the year; {@link CoreRejection} not-found when it has no ceiling. */
    public Mono<PayerBudget> payerBudget(String regionCode, Year year, Deadline deadline) {
        Mono<PayerBudget> attempt = http.get()
                .uri("/core/v1/payer-budgets/{regionCode}/{year}", regionCode, year.toString())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(PayerBudget.class, (budget, response) -> budget));
        return resilience.idempotent(attempt, deadline);
    }

    /** Sets the budget's annual ceiling (a PUT: repeating it changes nothing more). */
    public Mono<PayerBudget> setPayerBudget(String regionCode, Year year, Money ceiling, Deadline deadline) {
        Mono<PayerBudget> attempt = http.put()
                .uri("/core/v1/payer-budgets/{regionCode}/{year}", regionCode, year.toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("ceiling", ceiling.toWire()))
                .exchangeToMono(answers.of(PayerBudget.class, (budget, response) -> budget));
        return resilience.idempotent(attempt, deadline);
    }

    /** Those of the region (and payer type; null: every payer) whose cover ends this month, and those that lapsed. */
    public Mono<Renewals> renewals(String regionPrefix, String payerType, Deadline deadline) {
        Mono<Renewals> attempt = http.get()
                .uri(uri -> uri.path("/core/v1/renewals").queryParam("regionPrefix", regionPrefix)
                        .queryParamIfPresent("payerType", Optional.ofNullable(payerType)).build())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.Renewals.class,
                        (wire, response) -> CoreWireMapping.renewals(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /** What the village budget's collective bill of the period holds or would hold, with its renewals; stores nothing. */
    public Mono<CollectiveBillPreview> collectiveBillPreview(String villageCode, YearMonth period, Deadline deadline) {
        Mono<CollectiveBillPreview> attempt = http.post()
                .uri("/core/v1/collective-bill-previews")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CoreWire.CollectiveBillCommand.of(BudgetPayer.village(villageCode), period))
                .exchangeToMono(answers.of(CoreWire.CollectiveBillPreview.class,
                        (wire, response) -> CoreWireMapping.collectiveBillPreview(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * A village's or regency's bill for everyone its budget pays for in a period; {@link CoreRejection} no-members if
     * nobody.
     */
    public Mono<CollectiveBill> collectiveBill(BudgetPayer payer, YearMonth period, String idempotencyKey,
            Deadline deadline) {
        Mono<CollectiveBill> attempt = http.post()
                .uri("/core/v1/collective-bills")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CoreWire.CollectiveBillCommand.of(payer, period))
                .exchangeToMono(answers.of(CoreWire.CollectiveBill.class, (wire, response) -> new CollectiveBill(
                        CoreWireMapping.bill(wire.bill()), wire.members() == null ? 0 : wire.members(),
                        response.statusCode().value() == 201)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * The donor pays the participant's months from {@code from} to {@code to}; {@link CoreRejection}
     * unknown-participant, sponsorship-conflict (another payer covers a month) or invalid-sponsorship.
     */
    public Mono<Sponsorship> sponsor(String donorId, String nik, YearMonth from, YearMonth to, String idempotencyKey,
            Deadline deadline) {
        Mono<Sponsorship> attempt = http.post()
                .uri("/core/v1/sponsorships")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("donorId", donorId, "nik", nik, "fromMonth", from.toString(),
                        "toMonth", to.toString()))
                .exchangeToMono(answers.of(CoreWire.Sponsorship.class, (wire, response) -> new Sponsorship(
                        wire.donorId(), wire.kpj(), YearMonth.parse(wire.fromMonth()),
                        YearMonth.parse(wire.toMonth()), null)));
        return resilience.idempotent(attempt, deadline);
    }

    /** Everyone the donor pays for or will, with the months, unmasked. */
    public Mono<List<Sponsorship>> sponsored(String donorId, Deadline deadline) {
        Mono<List<Sponsorship>> attempt = http.get()
                .uri("/core/v1/donors/{donorId}/sponsored", donorId)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.SponsoredParticipants.class, (wire, response) -> wire.items()
                        .stream().map(item -> new Sponsorship(donorId, item.participant().kpj(),
                                YearMonth.parse(item.fromMonth()),
                                item.toMonth() == null ? null : YearMonth.parse(item.toMonth()),
                                CoreWireMapping.participant(item.participant())))
                        .toList()));
        return resilience.idempotent(attempt, deadline);
    }

    /** The workers the agent registered, unmasked. */
    public Mono<List<ParticipantRecord>> agentParticipants(String agentId, Deadline deadline) {
        Mono<List<ParticipantRecord>> attempt = http.get()
                .uri("/core/v1/agents/{agentId}/participants", agentId)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.AgentParticipants.class, (wire, response) -> wire.items()
                        .stream().map(CoreWireMapping::participant).toList()));
        return resilience.idempotent(attempt, deadline);
    }

    /** Those whose next month to pay is the donor's or agent's to pay, ending this month or lapsed; unmasked. */
    public Mono<Renewals> renewals(PrivatePayer payer, Deadline deadline) {
        Mono<Renewals> attempt = http.get()
                .uri("/core/v1/{kind}/{id}/renewals", payer.kind().path(), payer.id())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.Renewals.class,
                        (wire, response) -> CoreWireMapping.renewals(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * What the donor's or agent's bill of the period holds or would hold, with its renewals; stores nothing.
     * {@link CoreRejection} bill-already-paid once paid.
     */
    public Mono<CollectiveBillPreview> collectiveBillPreview(PrivatePayer payer, YearMonth period,
            Deadline deadline) {
        Mono<CollectiveBillPreview> attempt = http.post()
                .uri("/core/v1/{kind}/{id}/collective-bill-previews", payer.kind().path(), payer.id())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("period", period.toString()))
                .exchangeToMono(answers.of(CoreWire.CollectiveBillPreview.class,
                        (wire, response) -> CoreWireMapping.collectiveBillPreview(wire)));
        return resilience.idempotent(attempt, deadline);
    }

    /** The donor's or agent's bill of the period; {@link CoreRejection} no-members if it pays for nobody then. */
    public Mono<CollectiveBill> collectiveBill(PrivatePayer payer, YearMonth period, String idempotencyKey,
            Deadline deadline) {
        Mono<CollectiveBill> attempt = http.post()
                .uri("/core/v1/{kind}/{id}/collective-bills", payer.kind().path(), payer.id())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("period", period.toString()))
                .exchangeToMono(answers.of(CoreWire.CollectiveBill.class, (wire, response) -> new CollectiveBill(
                        CoreWireMapping.bill(wire.bill()), wire.members() == null ? 0 : wire.members(),
                        response.statusCode().value() == 201)));
        return resilience.idempotent(attempt, deadline);
    }
}
