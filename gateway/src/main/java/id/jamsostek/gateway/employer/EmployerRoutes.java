package id.jamsostek.gateway.employer;

import id.jamsostek.gateway.edge.ForwardPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The handlers employer routes forward to once the pipeline (size cap, bearer token and scope, the platform's grant
 * on the employer, contract, Idempotency-Key) has passed; reached around it they find no caller and answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class EmployerRoutes {

    @Bean
    RouterFunction<ServerResponse> employerHandlers(ForwardPaths forward, EmployeeRegistrationHandler employees,
            EmployeeBatchHandler batches, WageReportHandler wages, ContributionHandler contributions,
            EmployerSectorHandler sectors) {
        return RouterFunctions.route()
                .POST(forward.of("employer-employees"), employees::register)
                .POST(forward.of("employer-employee-batches"), batches::create)
                .GET(forward.of("employer-employee-batch-status"), batches::status)
                .PUT(forward.of("employer-wage-reports"), wages::report)
                .PUT(forward.of("employer-sector"), sectors::put)
                .GET(forward.of("employer-contribution-bills"), contributions::bill)
                .POST(forward.of("employer-contribution-previews"), contributions::preview)
                .build();
    }
}
