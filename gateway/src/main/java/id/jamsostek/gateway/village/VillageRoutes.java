package id.jamsostek.gateway.village;

import id.jamsostek.gateway.edge.ForwardPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers village routes forward to once the pipeline (size cap, bearer token, contract, Idempotency-Key) has
 * passed; reached around it they find no village caller and answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class VillageRoutes {

    @Bean
    RouterFunction<ServerResponse> villageHandlers(ForwardPaths forward, VillageEnrollmentHandler enrollments,
            ParticipantSearchHandler participants, EnrollmentBatchHandler batches, CollectiveBillHandler bills,
            PaymentOrderHandler orders) {
        return RouterFunctions.route()
                .POST(forward.of("village-collective-bills"), bills::create)
                .POST(forward.of("village-payment-orders"), orders::create)
                .POST(forward.of("village-enrollment-batches"), batches::create)
                .GET(forward.of("village-enrollment-batch-status"), batches::status)
                .POST(forward.of("village-enrollments"), enrollments::enroll)
                .POST(forward.of("village-participant-search"), participants::search)
                .build();
    }
}
