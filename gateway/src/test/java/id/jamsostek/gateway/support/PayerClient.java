package id.jamsostek.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the payer API as a donor's or an agent's software does. */
public final class PayerClient extends PartnerApiClient {

    public PayerClient(WebTestClient web, TestPayer payer) {
        super(web, payer.clientId(), payer.secret());
    }

    /** A contract example of the payer channel, e.g. "AgentEnrollmentRequest/valid/ride-hailing-driver.json". */
    public static String example(String path) {
        return example("payer", path);
    }
}
