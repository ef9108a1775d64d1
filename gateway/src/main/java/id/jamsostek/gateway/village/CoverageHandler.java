package id.jamsostek.gateway.village;

import id.jamsostek.contracts.RegionScope;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.region.RegionList;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Coverage of a region inside the caller's regions: the core's counts per village plus the working population of
 * the reference data. A region wider than the caller's (a regency asked by one of its villages) is 403; a region
 * inside it that the Kemendagri code list does not have is 422 unknown-region.
 */
@Component
public class CoverageHandler {

    private final CoverageFigures figures;
    private final RegionList regions;

    public CoverageHandler(CoverageFigures figures, RegionList regions) {
        this.figures = figures;
        this.regions = regions;
    }

    public Mono<ServerResponse> coverage(ServerRequest request) {
        return Mono.defer(() -> {
            VillageCaller caller = VillageCaller.of(request.exchange())
                    .orElseThrow(() -> new GatewayException(Problem.NOT_FOUND));
            RegionScope region = RegionScope.of(ReadParameters.regionPrefix(request));
            if (!caller.partner().serves(region)) {
                throw new GatewayException(Problem.REGION_OUT_OF_SCOPE, "region is outside your regions");
            }
            if (!regions.knows(region)) {
                throw new GatewayException(Problem.UNKNOWN_REGION, "region is not a province, regency, district or "
                        + "village of the " + RegionList.EDITION);
            }
            return figures.of(region, ReadParameters.month(request), caller.deadline())
                    .flatMap(answer -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(answer));
        });
    }
}
