package id.jamsostek.gateway.partner.file;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code partnerFile}, part of readiness: OUT_OF_SERVICE while the partner file is being registered,
 * UP once it is, DOWN if it was refused (the process is ending then).
 */
@Component
class PartnerFileHealthIndicator implements HealthIndicator {

    private final PartnerFileRegistration registration;

    PartnerFileHealthIndicator(PartnerFileRegistration registration) {
        this.registration = registration;
    }

    @Override
    public Health health() {
        return switch (registration.state()) {
            case REGISTERING -> Health.outOfService().build();
            case REGISTERED -> Health.up().build();
            case REFUSED -> Health.down().build();
        };
    }
}
