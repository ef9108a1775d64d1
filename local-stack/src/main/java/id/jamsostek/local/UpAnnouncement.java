package id.jamsostek.local;

import id.jamsostek.gateway.partner.file.PartnerFileRegistered;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Says "jamsostek-gateway is up" once a person can use it: the servers listen (the application is ready) and the
 * demo partners are registered (until then partners are answered "unavailable"), whichever comes last.
 */
final class UpAnnouncement implements ApplicationListener<ApplicationEvent> {

    private final AtomicInteger awaited = new AtomicInteger(2);
    private final String coreUrl;
    private final String identityLine;

    UpAnnouncement(String coreUrl, String identityLine) {
        this.coreUrl = coreUrl;
        this.identityLine = identityLine;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        Environment environment;
        if (event instanceof ApplicationReadyEvent ready) {
            environment = ready.getApplicationContext().getEnvironment();
        } else if (event instanceof PartnerFileRegistered registered) {
            environment = registered.context().getEnvironment();
        } else {
            return;
        }
        if (awaited.decrementAndGet() == 0) {
            announce(environment);
        }
    }

    private void announce(Environment environment) {
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        System.out.printf("""

                jamsostek-gateway is up on %s://127.0.0.1:%s (management on http://127.0.0.1:%s)%s
                core on %s — demo virtual accounts: %s/sim/v1/demo
                demo bank: client key G1234325-SNAP, secret myclientsecret, company code 88899 (see README)
                try: bin/demo-bank inquiry 12345678901234567890
                operators' console: http://127.0.0.1:%s/console (admin API under /admin/v1 there)%s
                """, tls ? "https" : "http", environment.getProperty("local.server.port", "8080"),
                environment.getProperty("local.management.port", "8081"),
                tls ? "\nTLS 1.3 with the self-signed certificate of .local/tls: curl --cacert .local/tls/gateway.crt"
                        : "", coreUrl, coreUrl, environment.getProperty("local.internal.port", "8082"), identityLine);
    }
}
