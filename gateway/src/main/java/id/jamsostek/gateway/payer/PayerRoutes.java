package id.jamsostek.gateway.payer;

import id.jamsostek.gateway.edge.RouteHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers the donor and agent routes end in ({@code uri: handler://<name>}) once the pipeline (bearer token with
 * the route's scope, contract, Idempotency-Key) has passed; called for the other kind of payer they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class PayerRoutes {

    @Bean
    RouteHandlers payerHandlers(SponsorshipHandler sponsorships, DonorParticipantsHandler donors,
            PayerCollectiveBillHandler bills, AgentEnrollmentHandler enrollments, AgentParticipantsHandler agents,
            AgentEnrollmentBatchHandler batches, SponsorshipBatchHandler sponsorshipBatches,
            PayerRenewalsHandler renewals) {
        return new RouteHandlers()
                .handle("donor-sponsorships", sponsorships::sponsor)
                .handle("donor-sponsorship-batches", sponsorshipBatches::create)
                .handle("donor-sponsorship-batch-status", sponsorshipBatches::status)
                .handle("donor-participants", donors::list)
                .handle("donor-collective-bills", bills::donor)
                .handle("donor-renewals", renewals::donorRenewals)
                .handle("donor-collective-bill-preview", renewals::donorPreview)
                .handle("agent-enrollments", enrollments::enroll)
                .handle("agent-enrollment-batches", batches::create)
                .handle("agent-enrollment-batch-status", batches::status)
                .handle("agent-participants", agents::list)
                .handle("agent-participant-search", agents::search)
                .handle("agent-collective-bills", bills::agent)
                .handle("agent-renewals", renewals::agentRenewals)
                .handle("agent-collective-bill-preview", renewals::agentPreview);
    }
}
