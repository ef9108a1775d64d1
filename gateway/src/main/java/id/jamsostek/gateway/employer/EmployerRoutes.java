package id.jamsostek.gateway.employer;

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
    RouterFunction<ServerResponse> employerHandlers(EmployeeRegistrationHandler employees,
            EmployeeBatchHandler batches, WageReportHandler wages, ContributionHandler contributions) {
        return RouterFunctions.route()
                .POST("/internal/employer/employees", employees::register)
                .POST("/internal/employer/employee-batches", batches::create)
                .GET("/internal/employer/employee-batch", batches::status)
                .PUT("/internal/employer/wage-reports", wages::report)
                .GET("/internal/employer/contribution-bills", contributions::bill)
                .POST("/internal/employer/contribution-previews", contributions::preview)
                .build();
    }
}
