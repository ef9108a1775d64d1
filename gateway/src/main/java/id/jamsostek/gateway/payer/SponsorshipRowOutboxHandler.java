package id.jamsostek.gateway.payer;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchRow;
import id.jamsostek.gateway.batch.BatchRowOutboxHandler;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.problem.GatewayException;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sponsors one row of a donor's batch at the core as a single sponsorship does, for the donor's own id in the
 * agency's register; a refusal is told as the single sponsorship tells it (not-found, sponsorship-conflict with the
 * months, invalid-sponsorship with the field).
 */
@Component
public class SponsorshipRowOutboxHandler extends BatchRowOutboxHandler<PayerPartner> {

    private final EnrollmentClient core;
    private final JsonMapper json;

    public SponsorshipRowOutboxHandler(BatchStore batches, EnrollmentClient core, RestPartners partners,
            JsonMapper json) {
        super(BatchKind.DONOR_SPONSORSHIP, SponsorshipBatchHandler.WORDS, batches, partners, PayerPartner.class, json);
        this.core = core;
        this.json = json;
    }

    /** A donor may sponsor anyone; an agent never runs a donor's batch. */
    @Override
    protected Optional<Refusal> outOfReach(PayerPartner partner, BatchRow row) {
        return partner.kind() == PayerPartner.Kind.DONOR ? Optional.empty()
                : Optional.of(new Refusal("insufficient-scope", "the partner is not a donor"));
    }

    @Override
    protected Mono<BatchStore.Settlement> submit(PayerPartner donor, BatchRow row, String key, Deadline deadline) {
        SponsorshipHandler.Request sponsorship = json.readValue(row.request(), SponsorshipHandler.Request.class);
        return core.sponsor(donor.payerId(), sponsorship.nik(), YearMonth.parse(sponsorship.fromMonth()),
                        YearMonth.parse(sponsorship.toMonth()), key, deadline)
                .map(made -> BatchStore.Settlement.created(made.kpj()));
    }

    @Override
    protected Refusal toldAs(CoreRejection rejection) {
        GatewayException problem = SponsorshipHandler.asProblem(rejection);
        return new Refusal(problem.problem().slug(), problem.detail());
    }
}
