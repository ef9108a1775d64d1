package id.jamsostek.gateway.village;

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
    RouterFunction<ServerResponse> villageHandlers(VillageEnrollmentHandler enrollments,
            ParticipantSearchHandler participants, EnrollmentBatchHandler batches, CollectiveBillHandler bills) {
        return RouterFunctions.route()
                .POST("/internal/village/collective-bills", bills::create)
                .POST("/internal/village/enrollment-batches", batches::create)
                .GET("/internal/village/enrollment-batch", batches::status)
                .POST("/internal/village/enrollments", enrollments::enroll)
                .POST("/internal/village/participants/search", participants::search)
                .build();
    }
}
