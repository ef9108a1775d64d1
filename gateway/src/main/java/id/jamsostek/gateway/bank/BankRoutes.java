package id.jamsostek.gateway.bank;

import id.jamsostek.gateway.snap.AccessTokenHandler;
import id.jamsostek.gateway.edge.ForwardPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers SNAP routes forward to once the pipeline (size cap, authentication, contract, idempotency) has
 * passed. Reached directly, around the pipeline, they find no authenticated caller and answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class BankRoutes {

    @Bean
    RouterFunction<ServerResponse> bankHandlers(ForwardPaths forward, AccessTokenHandler tokens,
            VaInquiryHandler inquiry, VaPaymentHandler payment) {
        return RouterFunctions.route()
                .POST(forward.of("snap-access-token"), tokens::issue)
                .POST(forward.of("snap-va-inquiry"), inquiry::inquire)
                .POST(forward.of("snap-va-payment"), payment::pay)
                .build();
    }
}
