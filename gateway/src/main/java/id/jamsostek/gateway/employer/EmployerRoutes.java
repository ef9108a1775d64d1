package id.jamsostek.gateway.employer;

import id.jamsostek.gateway.edge.RouteHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers employer routes end in ({@code uri: handler://<name>}) once the pipeline (size cap, bearer token and
 * scope, the platform's grant on the employer, contract, Idempotency-Key) has passed; without a caller they answer 404.
 */
@Configuration(proxyBeanMethods = false)
public class EmployerRoutes {

    @Bean
    RouteHandlers employerHandlers(EmployeeRegistrationHandler employees, EmployeeBatchHandler batches,
            WageReportHandler wages, ContributionHandler contributions, EmployerSectorHandler sectors) {
        return new RouteHandlers()
                .handle("employer-employees", employees::register)
                .handle("employer-employee-batches", batches::create)
                .handle("employer-employee-batch-status", batches::status)
                .handle("employer-wage-reports", wages::report)
                .handle("employer-sector", sectors::put)
                .handle("employer-contribution-bills", contributions::bill)
                .handle("employer-contribution-previews", contributions::preview);
    }
}
