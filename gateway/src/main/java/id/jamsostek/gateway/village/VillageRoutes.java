package id.jamsostek.gateway.village;

import id.jamsostek.gateway.edge.RouteHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers village routes end in ({@code uri: handler://<name>}) once the pipeline (size cap, bearer token,
 * contract, Idempotency-Key) has passed; without a village caller they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class VillageRoutes {

    @Bean
    RouteHandlers villageHandlers(VillageEnrollmentHandler enrollments, ParticipantSearchHandler participants,
            EnrollmentBatchHandler batches, CollectiveBillHandler bills, PaymentOrderHandler orders) {
        return new RouteHandlers()
                .handle("village-collective-bills", bills::create)
                .handle("village-payment-orders", orders::create)
                .handle("village-enrollment-batches", batches::create)
                .handle("village-enrollment-batch-status", batches::status)
                .handle("village-enrollments", enrollments::enroll)
                .handle("village-participant-search", participants::search);
    }
}
