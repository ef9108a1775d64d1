package id.jamsostek.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** The operators' console: server-rendered pages under /console, each behind a signed-in operator. */
@Configuration(proxyBeanMethods = false)
public class ConsoleRoutes {

    public static final String PATH = "/console";

    @Bean
    RouterFunction<ServerResponse> consolePages(ConsoleAccess access, CoveragePage coverage,
            OperationsPage operations, ReconciliationPages reconciliations, PartnersPage partners,
            PopulationUploadPage population) {
        return RouterFunctions.route()
                .path(PATH, console -> console
                        .GET("", request -> ConsoleResponses.seeOther(PATH + "/coverage"))
                        .GET("/coverage", coverage::show)
                        .POST(PopulationUploadPage.PATH, population::upload)
                        .GET("/operations", operations::show)
                        .POST("/operations/dead-letters/{id}/redrive", operations::redrive)
                        .POST("/operations/payment-exceptions/{id}/close", operations::closeException)
                        .POST("/operations/reconciliations", reconciliations::upload)
                        .GET("/operations/reconciliations/{id}", reconciliations::show)
                        .POST("/operations/reconciliation-breaks/{id}/close", reconciliations::closeBreak)
                        .GET("/partners", partners::show)
                        .POST("/partners", partners::register)
                        .POST("/partners/{id}/disable", request -> partners.enable(request, false))
                        .POST("/partners/{id}/enable", request -> partners.enable(request, true))
                        .POST("/partners/{id}/rotate", partners::rotate)
                        .POST("/partners/{id}/rotate-key", partners::rotateKey)
                        .GET("/message-log", partners::verifyMessageLog))
                .filter(access)
                .build();
    }
}
