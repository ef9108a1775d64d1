package id.jamsostek.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the village API as village software does. */
public final class VillageClient extends PartnerApiClient {

    public VillageClient(WebTestClient web, TestVillage village) {
        super(web, village.clientId(), village.secret());
    }

    /** A contract example of the village channel, e.g. "EnrollmentRequest/valid/village-official.json". */
    public static String example(String path) {
        return example("village", path);
    }
}
