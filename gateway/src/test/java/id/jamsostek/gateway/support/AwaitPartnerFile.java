package id.jamsostek.gateway.support;

import id.jamsostek.gateway.partner.file.PartnerFileRegistration;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The gateway registers its partner file without holding its start (and answers 503 until it is done): a test that
 * starts one would race that registration with its first request. Listed in META-INF/spring.factories, this makes
 * every start in a test return once the registration has ended, registered or refused, as a load balancer waits
 * for readiness.
 */
public final class AwaitPartnerFile implements ApplicationListener<ApplicationReadyEvent> {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        event.getApplicationContext().getBeanProvider(PartnerFileRegistration.class).ifAvailable(registration -> {
            if (!Poll.until(DEADLINE, () -> registration.state() != PartnerFileRegistration.State.REGISTERING)) {
                throw new IllegalStateException("the partner file was not registered within " + DEADLINE);
            }
        });
    }
}
