package id.jamsostek.gateway.payer;

import id.jamsostek.gateway.edge.ForwardPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers the donor and agent routes forward to once the pipeline (bearer token with the route's scope,
 * contract, Idempotency-Key) has passed; reached around it, or by the other kind of payer, they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class PayerRoutes {

    @Bean
    RouterFunction<ServerResponse> payerHandlers(ForwardPaths forward, SponsorshipHandler sponsorships,
            DonorParticipantsHandler donors, PayerCollectiveBillHandler bills, AgentEnrollmentHandler enrollments,
            AgentParticipantsHandler agents, AgentEnrollmentBatchHandler batches,
            SponsorshipBatchHandler sponsorshipBatches, PayerRenewalsHandler renewals) {
        return RouterFunctions.route()
                .POST(forward.of("donor-sponsorships"), sponsorships::sponsor)
                .POST(forward.of("donor-sponsorship-batches"), sponsorshipBatches::create)
                .GET(forward.of("donor-sponsorship-batch-status"), sponsorshipBatches::status)
                .GET(forward.of("donor-participants"), donors::list)
                .POST(forward.of("donor-collective-bills"), bills::donor)
                .GET(forward.of("donor-renewals"), renewals::donorRenewals)
                .GET(forward.of("donor-collective-bill-preview"), renewals::donorPreview)
                .POST(forward.of("agent-enrollments"), enrollments::enroll)
                .POST(forward.of("agent-enrollment-batches"), batches::create)
                .GET(forward.of("agent-enrollment-batch-status"), batches::status)
                .GET(forward.of("agent-participants"), agents::list)
                .POST(forward.of("agent-participant-search"), agents::search)
                .POST(forward.of("agent-collective-bills"), bills::agent)
                .GET(forward.of("agent-renewals"), renewals::agentRenewals)
                .GET(forward.of("agent-collective-bill-preview"), renewals::agentPreview)
                .build();
    }
}
