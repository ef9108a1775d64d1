package id.jamsostek.gateway.bank;

import id.jamsostek.gateway.snap.AccessTokenHandler;
import id.jamsostek.gateway.edge.RouteHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers SNAP routes end in ({@code uri: handler://<name>}) once the pipeline (size cap, authentication,
 * contract, idempotency) has passed. They have no path of their own; without an authenticated caller they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class BankRoutes {

    @Bean
    RouteHandlers bankHandlers(AccessTokenHandler tokens, VaInquiryHandler inquiry, VaPaymentHandler payment) {
        return new RouteHandlers()
                .handle("snap-access-token", tokens::issue)
                .handle("snap-va-inquiry", inquiry::inquire)
                .handle("snap-va-payment", payment::pay);
    }
}
