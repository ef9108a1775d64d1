package id.jamsostek.gateway.admin;

import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PartnerAdministration;
import id.jamsostek.gateway.partner.administration.PartnerAudit;
import id.jamsostek.gateway.partner.administration.PartnerChange;
import id.jamsostek.gateway.partner.administration.PartnerRegistrar;
import id.jamsostek.gateway.partner.administration.PartnerStore;
import id.jamsostek.gateway.partner.administration.PayerRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.CertificateEntry;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The partner lifecycle for operators (docs/api/admin.md): register a bank, village software, an employer platform
 * or a payer (a donor or a Perisai agent), read them, change their scope and bank profile, rotate their client secret with an overlap,
 * disable and enable them, read their audit trail. For security officers (operator.OperatorSecurity); every
 * change names its operator, the subject of their token. A secret the gateway issues is shown in
 * the answer that issues it, never again.
 */
@Configuration(proxyBeanMethods = false)
public class AdminPartnerRoutes {

    private static final String PARTNERS = "/admin/v1/partners";

    /** In every kind of registration: {@code mtls} (OPTIONAL, the default, or REQUIRED) and the certificates. */
    interface MutualTlsBody {
        String id();

        String mtls();

        List<CertificateEntry> clientCertificates();

        default ClientCertificates mutualTls() {
            return ClientCertificates.of(id(), mtls(), clientCertificates());
        }
    }

    /** A bank as an operator registers it; {@code clientSecret} absent: the gateway issues one. */
    record BankBody(String id, String name, Boolean enabled, String clientKey, String publicKeyPem,
            String clientSecret, List<String> companyCodes, List<String> channelIds, List<String> ipAllowlist,
            ProfileBody profile, String mtls, List<CertificateEntry> clientCertificates) implements MutualTlsBody {}

    record ProfileBody(String pathPrefix, String deadline, String repeatedPayment, String unknownOutcome,
            Integer maxBillLines) {}

    /** {@code issueSecret} false: the client authenticates with private_key_jwt only ({@code publicKeyPem}). */
    record VillageBody(String id, String name, Boolean enabled, String clientId, String publicKeyPem,
            Boolean issueSecret, List<String> scopes, List<String> regions, String mtls,
            List<CertificateEntry> clientCertificates) implements MutualTlsBody {}

    record PlatformBody(String id, String name, Boolean enabled, String clientId, String publicKeyPem,
            Boolean issueSecret, List<String> scopes, List<String> grants, String mtls,
            List<CertificateEntry> clientCertificates) implements MutualTlsBody {}

    /** A donor's or Perisai agent's software: {@code kind} DONOR or AGENT, {@code payerId} its id in the register. */
    record PayerBody(String id, String name, Boolean enabled, String kind, String payerId, String clientId,
            String publicKeyPem, Boolean issueSecret, List<String> scopes, String mtls,
            List<CertificateEntry> clientCertificates) implements MutualTlsBody {}

    /** @param overlap how long the previous secret still works ("24h", "PT30M", "0s"); absent: the default */
    record RotateBody(String overlap) {}

    /** @param overlap how long signatures by the previous key still verify; absent: the default */
    record RotateKeyBody(String publicKeyPem, String overlap) {}

    @Bean
    RouterFunction<ServerResponse> partnerAdministrationApi(PartnerRegistrar registrar, PartnerAdministration partners,
            PartnerStore store, PartnerSecrets secrets, PartnerAudit audit, AdminOperator admin) {
        return RouterFunctions.route()
                .path(PARTNERS, api -> api
                        .POST("/banks", request -> registered(request, BankBody.class, (body, operator) ->
                                (body.clientSecret() == null ? secrets.issue() : Mono.<String>empty())
                                        .map(issued -> new Issued(issued, true))
                                        .defaultIfEmpty(new Issued(body.clientSecret(), false))
                                        .flatMap(secret -> registrar.register(bank(body, secret.value()),
                                                body.mutualTls(), operator)
                                                .map(partner -> answer(partner, secret)))))
                        .POST("/villages", request -> registered(request, VillageBody.class, (body, operator) ->
                                secret(secrets, body.issueSecret()).flatMap(secret -> registrar
                                        .register(new VillageRegistration(body.id(), body.name(),
                                                enabled(body.enabled()), client(body.clientId(), secret,
                                                        body.publicKeyPem(), body.scopes(), VillagePartner.SCOPES),
                                                Registrations.regions(body.regions())),
                                                body.mutualTls(), operator)
                                        .map(partner -> answer(partner, secret)))))
                        .POST("/employer-platforms", request -> registered(request, PlatformBody.class,
                                (body, operator) -> secret(secrets, body.issueSecret()).flatMap(secret -> registrar
                                        .register(new EmployerRegistration(body.id(), body.name(),
                                                enabled(body.enabled()), client(body.clientId(), secret,
                                                        body.publicKeyPem(), body.scopes(), EmployerPlatform.SCOPES),
                                                Registrations.grants(body.grants())),
                                                body.mutualTls(), operator)
                                        .map(partner -> answer(partner, secret)))))
                        .POST("/payers", request -> registered(request, PayerBody.class, (body, operator) ->
                                secret(secrets, body.issueSecret()).flatMap(secret -> {
                                    PayerPartner.Kind kind = PayerPartner.Kind.of(body.kind());
                                    return registrar.register(new PayerRegistration(body.id(), body.name(),
                                                    enabled(body.enabled()), client(body.clientId(), secret,
                                                            body.publicKeyPem(), body.scopes(), kind.scopes()),
                                                    kind, body.payerId()), body.mutualTls(), operator)
                                            .map(partner -> answer(partner, secret));
                                })))
                        .GET("", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                .body(store.documents(kind(request)).collectList(), List.class))
                        .GET("/{id}", request -> found(store.document(request.pathVariable("id"))))
                        .PATCH("/{id}", request -> {
                            String operator = AdminRoutes.operator(request);
                            return found(AdminJson.read(request, PartnerChange.class, false)
                                    .flatMap(change -> partners.change(request.pathVariable("id"), change, operator)));
                        })
                        .POST("/{id}/credentials/rotate", request -> {
                            String operator = AdminRoutes.operator(request);
                            return AdminJson.read(request, RotateBody.class, true)
                                    .flatMap(body -> partners.rotate(request.pathVariable("id"),
                                            Registrations.overlap(body.overlap()), operator))
                                    .flatMap(rotated -> {
                                        Map<String, Object> answer = new LinkedHashMap<>();
                                        answer.put("clientSecret", rotated.clientSecret());
                                        answer.put("previousSecretValidUntil", rotated.previousValidUntil());
                                        return secretAnswer(ServerResponse.ok()).bodyValue(answer);
                                    })
                                    .onErrorMap(InvalidRegistration.class, AdminJson::invalid);
                        })
                        .POST("/{id}/credentials/rotate-key", request -> {
                            String operator = AdminRoutes.operator(request);
                            return found(AdminJson.read(request, RotateKeyBody.class, false)
                                    .flatMap(body -> partners.rotateKey(request.pathVariable("id"),
                                            body.publicKeyPem(), Registrations.overlap(body.overlap()), operator)));
                        })
                        .POST("/{id}/disable", request -> found(partners.enable(request.pathVariable("id"), false,
                                AdminRoutes.operator(request))))
                        .POST("/{id}/enable", request -> found(partners.enable(request.pathVariable("id"), true,
                                AdminRoutes.operator(request))))
                        .GET("/{id}/audit", request -> {
                            String id = request.pathVariable("id");
                            return store.document(id)
                                    .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "partner")))
                                    .then(ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                                            .body(audit.of(id).collectList(), List.class));
                        }))
                .filter(admin)
                .build();
    }

    /** A secret and whether the gateway issued it (then it is shown once). */
    private record Issued(String value, boolean shown) {}

    private interface Registration<B> {
        Mono<Map<String, Object>> register(B body, String operator);
    }

    private static <B> Mono<ServerResponse> registered(ServerRequest request, Class<B> type, Registration<B> how) {
        String operator = AdminRoutes.operator(request);
        return AdminJson.read(request, type, false)
                .flatMap(body -> how.register(body, operator))
                .onErrorMap(InvalidRegistration.class, AdminJson::invalid)
                .flatMap(answer -> secretAnswer(ServerResponse.created(URI.create(PARTNERS + "/"
                        + ((JsonNode) answer.get("partner")).get("id").asString()))).bodyValue(answer));
    }

    private static ServerResponse.BodyBuilder secretAnswer(ServerResponse.BodyBuilder answer) {
        return answer.contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore());
    }

    private static Map<String, Object> answer(JsonNode partner, Issued secret) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("partner", partner);
        if (secret.shown()) {
            answer.put("clientSecret", secret.value());
        }
        return answer;
    }

    private static Mono<Issued> secret(PartnerSecrets secrets, Boolean issue) {
        return issue == null || issue ? secrets.issue().map(value -> new Issued(value, true))
                : Mono.just(new Issued(null, false));
    }

    private static BankRegistration bank(BankBody body, String secret) {
        ProfileBody profile = body.profile() == null ? new ProfileBody(null, null, null, null, null) : body.profile();
        return new BankRegistration(body.id(), body.name(), enabled(body.enabled()), body.clientKey(),
                body.publicKeyPem(), clientSecret(secret),
                body.companyCodes(), body.channelIds() == null ? List.of() : body.channelIds(), body.ipAllowlist(),
                BankProfile.of(profile.pathPrefix(), profile.deadline(), profile.repeatedPayment(),
                        profile.unknownOutcome(), profile.maxBillLines()),
                null);
    }

    /** Without {@code scopes}, every scope of the partner's kind. */
    private static ClientRegistration client(String clientId, Issued secret, String publicKeyPem, List<String> scopes,
            Set<String> kindScopes) {
        return new ClientRegistration(clientId, secret.value() == null ? null : clientSecret(secret.value()),
                publicKeyPem, scopes == null ? kindScopes : Set.copyOf(scopes));
    }

    private static ClientSecret clientSecret(String secret) {
        if (secret == null) {
            throw new InvalidRegistration("clientSecret", "clientSecret is required");
        }
        return new ClientSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean enabled(Boolean enabled) {
        return enabled == null || enabled;
    }

    private static String kind(ServerRequest request) {
        return request.queryParam("kind").map(kind -> {
            if (!Set.of("BANK", "VILLAGE", "EMPLOYER", "PAYER").contains(kind)) {
                throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "kind is BANK, VILLAGE, EMPLOYER or PAYER");
            }
            return kind;
        }).orElse(null);
    }

    private static Mono<ServerResponse> found(Mono<JsonNode> partner) {
        return partner
                .onErrorMap(InvalidRegistration.class, AdminJson::invalid)
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "partner")))
                .flatMap(document -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(document));
    }
}
