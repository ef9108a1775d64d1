package id.jamsostek.gateway.operator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The agency's OpenID Connect provider as the gateway uses it: the console's client registration (found through the
 * provider's discovery document when first needed, so that the gateway starts while the provider is away) and the
 * decoder of the admin API's bearer tokens (the provider's keys, its issuer, the gateway's audience). Neither is a
 * bean of its type: Boot would add security chains of its own around them, over the partners' routes.
 */
@Component
class OperatorIdentityProvider {

    /** The registration id: the console's sign-in starts at /console/oauth2/authorization/operators. */
    static final String REGISTRATION = "operators";

    private static final Logger log = LoggerFactory.getLogger(OperatorIdentityProvider.class);

    private final ReactiveJwtDecoder tokenDecoder;
    private final ReactiveClientRegistrationRepository registrations;

    OperatorIdentityProvider(OperatorSettings settings) {
        this.tokenDecoder = tokenDecoder(settings);
        this.registrations = registrations(settings);
    }

    ReactiveJwtDecoder tokenDecoder() {
        return tokenDecoder;
    }

    ReactiveClientRegistrationRepository registrations() {
        return registrations;
    }

    private static ReactiveJwtDecoder tokenDecoder(OperatorSettings settings) {
        if (!settings.configured()) {
            return token -> Mono.error(new BadJwtException("no identity provider for operators is configured"));
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
        if (settings.audience() != null && !settings.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.contains(settings.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static ReactiveClientRegistrationRepository registrations(OperatorSettings settings) {
        if (!settings.configured()) {
            log.info("no identity provider for operators (gateway.operators.issuer-uri): no admin API, no console");
            return registrationId -> Mono.empty();
        }
        // the discovery is a blocking HTTP call: made once, off the event loop, again after a failure
        Mono<ClientRegistration> registration = Mono.fromCallable(() -> ClientRegistrations
                        .fromIssuerLocation(settings.issuerUri())
                        .registrationId(REGISTRATION)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .scope(settings.scopes())
                        .redirectUri("{baseUrl}/console/login/oauth2/code/{registrationId}")
                        .build())
                .subscribeOn(Schedulers.boundedElastic())
                .cache(found -> Duration.ofDays(36500), failed -> Duration.ZERO, () -> Duration.ZERO);
        return registrationId -> REGISTRATION.equals(registrationId) ? registration : Mono.empty();
    }
}
