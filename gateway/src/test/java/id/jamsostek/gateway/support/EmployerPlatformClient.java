package id.jamsostek.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the employer API as a payroll platform does. */
public final class EmployerPlatformClient extends PartnerApiClient {

    public EmployerPlatformClient(WebTestClient web, TestEmployerPlatform platform) {
        super(web, platform.clientId(), platform.secret());
    }

    /** A contract example of the employer channel, e.g. "WageReport/valid/first-report.json". */
    public static String example(String path) {
        return example("employer", path);
    }
}
