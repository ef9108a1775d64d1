package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.population.OfficialPopulation;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Official working-population figures (BPS) for coverage: an operator uploads a CSV (population.PopulationCsv), taken
 * whole or refused whole with every bad row listed; the latest uploads can be read. Operators only
 * (operator.OperatorSecurity); the upload is recorded under the token's subject.
 */
@Configuration(proxyBeanMethods = false)
public class AdminPopulationRoutes {

    private static final int RECENT = 50;

    @Bean
    RouterFunction<ServerResponse> populationApi(OfficialPopulation official, AdminOperator admin) {
        return RouterFunctions.route()
                .path("/admin/v1/working-population", api -> api
                        .POST("", request -> official.upload(AdminRoutes.operator(request),
                                        request.body(BodyExtractors.toDataBuffers()))
                                .flatMap(upload -> ServerResponse.status(HttpStatus.CREATED)
                                        .contentType(MediaType.APPLICATION_JSON).bodyValue(upload)))
                        .GET("/uploads", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                .body(official.recent(RECENT).collectList(), List.class)))
                .filter(admin)
                .build();
    }
}
