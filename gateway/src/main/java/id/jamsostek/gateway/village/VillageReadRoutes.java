package id.jamsostek.gateway.village;

import id.jamsostek.gateway.edge.ForwardPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers of the village reads (GET: no body, so no size cap, contract body or Idempotency-Key), forwarded to
 * once the bearer token has passed; reached around the pipeline they find no village caller and answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class VillageReadRoutes {

    @Bean
    RouterFunction<ServerResponse> villageReadHandlers(ForwardPaths forward, ParticipantPageHandler participants,
            CoverageHandler coverage, RenewalsHandler renewals, PayerBudgetHandler budgets) {
        return RouterFunctions.route()
                .GET(forward.of("village-payer-budget") + "/{regionCode}/{year}", budgets::read)
                .PUT(forward.of("village-payer-budget-ceiling") + "/{regionCode}/{year}", budgets::set)
                .GET(forward.of("village-renewals") + "/{villageCode}", renewals::renewals)
                .GET(forward.of("village-collective-bill-preview") + "/{villageCode}", renewals::collectiveBillPreview)
                .GET(forward.of("village-participants-page") + "/{villageCode}", participants::page)
                .GET(forward.of("village-coverage"), coverage::coverage)
                .build();
    }
}
