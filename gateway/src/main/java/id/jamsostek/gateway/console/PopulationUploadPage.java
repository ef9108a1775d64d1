package id.jamsostek.gateway.console;

import id.jamsostek.gateway.population.OfficialPopulation;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The coverage page's upload of official working-population figures (BPS), as the admin API's
 * {@code POST /admin/v1/working-population}: taken whole under the signed-in subject, then back to the coverage page
 * that now shows them; refused whole, a page listing every bad row. ConsoleAccess audits the request either way.
 */
@Component
class PopulationUploadPage {

    static final String PATH = "/coverage/working-population";

    private final OfficialPopulation official;

    PopulationUploadPage(OfficialPopulation official) {
        this.official = official;
    }

    Mono<ServerResponse> upload(ServerRequest request) {
        String subject = ConsoleAccess.operator(request).subject();
        return ConsoleResponses.acting(request, ConsoleAction.LOAD_POPULATION, () -> request.multipartData()
                .flatMap(parts -> official.upload(subject, file(parts))
                        .flatMap(upload -> ConsoleResponses.seeOther(coverage(parts)
                                .queryParam("uploaded", upload.figures()).build().toUriString()))
                        .onErrorResume(GatewayException.class, refused -> refused(request, refused,
                                coverage(parts).build().toUriString()))));
    }

    private static Mono<ServerResponse> refused(ServerRequest request, GatewayException refused, String back) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("back", back);
        model.put("detail", refused.detail() == null ? refused.problem().title() : refused.detail());
        model.put("errors", refused.extensions().getOrDefault("errors", List.of()));
        model.put("errorCount", refused.extensions().getOrDefault("errorCount", 0));
        return ConsoleResponses.page(request, HttpStatus.valueOf(refused.problem().status()),
                "console/population-refused", model);
    }

    private static Flux<DataBuffer> file(MultiValueMap<String, Part> parts) {
        return parts.getFirst("file") instanceof FilePart file ? file.content()
                : Flux.error(new GatewayException(Problem.MISSING_MANDATORY_FIELD, "file"));
    }

    /** Back to the coverage page the form was on (its region and month, when they are codes). */
    private static UriComponentsBuilder coverage(MultiValueMap<String, Part> parts) {
        UriComponentsBuilder back = UriComponentsBuilder.fromPath(ConsoleRoutes.PATH + "/coverage");
        if (parts.getFirst("region") instanceof FormFieldPart region && region.value().matches("[0-9]{2,10}")) {
            back.queryParam("region", region.value());
        }
        if (parts.getFirst("month") instanceof FormFieldPart month && month.value().matches("[0-9]{4}-[0-9]{2}")) {
            back.queryParam("month", month.value());
        }
        return back;
    }
}
