package id.jamsostek.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the village API as village software does. */
public final class VillageClient extends PartnerApiClient {

    public VillageClient(WebTestClient web, TestVillage village) {
        super(web, village.clientId(), village.secret());
    }

    /**
     * The contract's self-paying cadre (lowest band, JKK + JKM) as a man born on 10 March 1990, for the NIK, village,
     * payer type and first month given: the enrollment the end-to-end tests make.
     */
    public static String enrollment(String nik, String villageCode, String payerType, String firstMonth) {
        return example("EnrollmentRequest/valid/cadre-self-paying.json")
                .replaceAll("\"nik\": \"[0-9]+\"", "\"nik\": \"" + nik + "\"")
                .replaceAll("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"1990-03-10\"")
                .replace("\"sex\": \"F\"", "\"sex\": \"M\"")
                .replace("\"villageCode\": \"3603012001\"", "\"villageCode\": \"" + villageCode + "\"")
                .replace("\"type\": \"SELF\"", "\"type\": \"" + payerType + "\"")
                .replaceAll("\"firstMonth\": \"[0-9-]+\"", "\"firstMonth\": \"" + firstMonth + "\"");
    }

    /** A contract example of the village channel, e.g. "EnrollmentRequest/valid/village-official.json". */
    public static String example(String path) {
        return example("village", path);
    }
}
