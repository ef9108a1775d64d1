package id.jamsostek.gateway.village;

import id.jamsostek.gateway.edge.RouteHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of the village reads (GET: no body, so no size cap, contract body or Idempotency-Key), ended in once
 * the bearer token has passed; the route's path variables are theirs. Without a village caller they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class VillageReadRoutes {

    @Bean
    RouteHandlers villageReadHandlers(ParticipantPageHandler participants, CoverageHandler coverage,
            RenewalsHandler renewals, PayerBudgetHandler budgets) {
        return new RouteHandlers()
                .handle("village-payer-budget", budgets::read)
                .handle("village-payer-budget-ceiling", budgets::set)
                .handle("village-renewals", renewals::renewals)
                .handle("village-collective-bill-preview", renewals::collectiveBillPreview)
                .handle("village-participants-page", participants::page)
                .handle("village-coverage", coverage::coverage);
    }
}
