package id.jamsostek.gateway.bank;

import id.jamsostek.gateway.snap.AccessTokenHandler;
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

    public static final String ACCESS_TOKEN = "/internal/snap/access-token";
    public static final String VA_INQUIRY = "/internal/snap/va-inquiry";
    public static final String VA_PAYMENT = "/internal/snap/va-payment";

    @Bean
    RouterFunction<ServerResponse> bankHandlers(AccessTokenHandler tokens, VaInquiryHandler inquiry,
            VaPaymentHandler payment) {
        return RouterFunctions.route()
                .POST(ACCESS_TOKEN, tokens::issue)
                .POST(VA_INQUIRY, inquiry::inquire)
                .POST(VA_PAYMENT, payment::pay)
                .build();
    }
}
