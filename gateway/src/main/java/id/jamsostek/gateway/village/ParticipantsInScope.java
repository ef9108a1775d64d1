package id.jamsostek.gateway.village;

import id.jamsostek.adapters.core.EnrollmentClient;
import id.jamsostek.adapters.core.ParticipantRecord;
import id.jamsostek.contracts.RegionCode;
import id.jamsostek.gateway.caller.VillageCaller;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import reactor.core.publisher.Mono;

/**
 * A participant by NIK, only if registered in the caller's regions: unknown and elsewhere look the same from outside
 * (404), so nothing is learned about other regions.
 */
final class ParticipantsInScope {

    private ParticipantsInScope() {}

    static Mono<ParticipantRecord> find(EnrollmentClient core, VillageCaller caller, String nik) {
        return core.search(nik, caller.deadline())
                .filter(found -> caller.partner().serves(RegionCode.of(found.villageCode())))
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND,
                        "no participant with this NIK in your regions")));
    }
}
