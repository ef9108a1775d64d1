package id.jamsostek.gateway.console;

import id.jamsostek.gateway.messagelog.MessageLogVerifier;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.InvalidRegistration;
import id.jamsostek.gateway.partner.PayerPartner;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.VillagePartner;
import id.jamsostek.gateway.partner.administration.ClientRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PartnerAdministration;
import id.jamsostek.gateway.partner.administration.PartnerRegistrar;
import id.jamsostek.gateway.partner.administration.PartnerStore;
import id.jamsostek.gateway.partner.administration.PayerRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.PartnerSecrets;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Partners in the console: the list as the admin API documents them (never a secret), registering village software,
 * employer platforms and payers (donors and Perisai agents, with their payer id), disabling and enabling, rotating a client secret (the new one shown on this answer only)
 * or a public key, their client certificates, and verifying a month of the message log. Through the same
 * registrar, administration and verifier as the admin API; each change is audited with the signed-in operator.
 */
@Component
class PartnersPage {

    static final String PATH = ConsoleRoutes.PATH + "/partners";

    private final PartnerStore store;
    private final PartnerRegistrar registrar;
    private final PartnerAdministration partners;
    private final PartnerSecrets secrets;
    private final MessageLogVerifier verifier;

    PartnersPage(PartnerStore store, PartnerRegistrar registrar, PartnerAdministration partners,
            PartnerSecrets secrets, MessageLogVerifier verifier) {
        this.store = store;
        this.registrar = registrar;
        this.partners = partners;
        this.secrets = secrets;
        this.verifier = verifier;
    }

    /** A client certificate as the partner document lists it. */
    record Certificate(String sha256, String notAfter) {}

    /** One partner's line: what the document says, never a secret. */
    record PartnerLine(String id, String kind, String name, boolean enabled, String managedBy, String clientSecret,
            String previousSecretValidUntil, String scope, String mtls, List<Certificate> certificates) {

        static PartnerLine of(JsonNode document) {
            String scope = String.join(" ", Stream.of("regions", "grants", "companyCodes", "payerKind", "payerId")
                    .filter(document::has).map(document::get).flatMap(value -> value.isArray()
                            ? value.valueStream().map(JsonNode::asString) : Stream.of(value.asString())).toList());
            List<Certificate> certificates = document.has("clientCertificates")
                    ? document.get("clientCertificates").valueStream().map(entry -> new Certificate(
                            entry.get("sha256").asString(), entry.path("notAfter").asString(""))).toList()
                    : List.of();
            return new PartnerLine(document.get("id").asString(), document.get("kind").asString(),
                    document.path("name").asString(""), document.path("enabled").asBoolean(),
                    document.path("managedBy").asString(""), document.path("clientSecret").asString("none"),
                    document.path("previousSecretValidUntil").asString(null), scope,
                    document.path("mtls").asString(""), certificates);
        }
    }

    Mono<ServerResponse> show(ServerRequest request) {
        return show(request, Map.of());
    }

    private Mono<ServerResponse> show(ServerRequest request, Map<String, ?> outcome) {
        return store.documents(null).map(PartnerLine::of).collectList().flatMap(list -> {
            Map<String, Object> model = new LinkedHashMap<>(outcome);
            model.put("partners", list);
            model.putIfAbsent("done", request.queryParam("done").orElse(null));
            return ConsoleResponses.page(request, "console/partners", model);
        });
    }

    Mono<ServerResponse> register(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.MANAGE_PARTNERS, () -> request.formData()
                .zipWith(secrets.issue())
                .flatMap(form -> registered(form.getT1(), form.getT2(), ConsoleAccess.operator(request).subject())
                        .map(partner -> Map.of("partner", partner.get("id").asString(), "secret", form.getT2())))
                .flatMap(issued -> show(request, Map.of("issued", issued)))
                .onErrorResume(InvalidRegistration.class, invalid -> show(request, Map.of("invalid",
                        invalid.field() + ": " + invalid.getMessage()))));
    }

    private Mono<JsonNode> registered(MultiValueMap<String, String> form, String secret, String operator) {
        String id = text(form, "id");
        ClientCertificates noCertificates = ClientCertificates.of(id, null, null);
        List<String> scope = list(text(form, "scope"));
        return switch (text(form, "kind")) {
            case "VILLAGE" -> registrar.register(new VillageRegistration(id, text(form, "name"), true,
                    client(form, secret, VillagePartner.SCOPES), Registrations.regions(scope)), noCertificates,
                    operator);
            case "EMPLOYER" -> registrar.register(new EmployerRegistration(id, text(form, "name"), true,
                    client(form, secret, EmployerPlatform.SCOPES), Registrations.grants(scope)), noCertificates,
                    operator);
            case "DONOR", "AGENT" -> {
                PayerPartner.Kind kind = PayerPartner.Kind.of(text(form, "kind"));
                yield registrar.register(new PayerRegistration(id, text(form, "name"), true,
                        client(form, secret, kind.scopes()), kind, text(form, "payerId")), noCertificates, operator);
            }
            default -> Mono.error(new InvalidRegistration("kind", "kind is VILLAGE, EMPLOYER, DONOR or AGENT"));
        };
    }

    private static ClientRegistration client(MultiValueMap<String, String> form, String secret,
            Set<String> scopes) {
        return new ClientRegistration(text(form, "clientId"), new ClientSecret(secret.getBytes(StandardCharsets.UTF_8)),
                null, scopes);
    }

    Mono<ServerResponse> enable(ServerRequest request, boolean enabled) {
        return ConsoleResponses.acting(request, ConsoleAction.MANAGE_PARTNERS, () -> partners
                .enable(request.pathVariable("id"), enabled, ConsoleAccess.operator(request).subject())
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "partner")))
                .flatMap(done -> ConsoleResponses.seeOther(PATH + "?done=" + (enabled ? "enabled" : "disabled"))));
    }

    Mono<ServerResponse> rotate(ServerRequest request) {
        String id = request.pathVariable("id");
        return ConsoleResponses.acting(request, ConsoleAction.MANAGE_PARTNERS, () -> request.formData()
                .flatMap(form -> partners.rotate(id, overlap(form), ConsoleAccess.operator(request).subject()))
                .flatMap(rotated -> show(request, Map.of("issued", Map.of("partner", id,
                        "secret", rotated.clientSecret()))))
                .onErrorResume(InvalidRegistration.class, invalid -> show(request, Map.of("invalid",
                        invalid.field() + ": " + invalid.getMessage()))));
    }

    Mono<ServerResponse> rotateKey(ServerRequest request) {
        String id = request.pathVariable("id");
        return ConsoleResponses.acting(request, ConsoleAction.MANAGE_PARTNERS, () -> request.formData()
                .flatMap(form -> partners.rotateKey(id, text(form, "publicKeyPem"), overlap(form),
                        ConsoleAccess.operator(request).subject()))
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "partner")))
                .flatMap(done -> ConsoleResponses.seeOther(PATH + "?done=key-rotated"))
                .onErrorResume(InvalidRegistration.class, invalid -> show(request, Map.of("invalid",
                        invalid.field() + ": " + invalid.getMessage()))));
    }

    Mono<ServerResponse> verifyMessageLog(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.VERIFY_MESSAGE_LOG, () -> {
            YearMonth month = month(request.queryParam("month").orElse(""));
            return verifier.verify(null, month)
                    .flatMap(report -> show(request, Map.of("verified", report, "verifiedMonth", month.toString())));
        });
    }

    private static Duration overlap(MultiValueMap<String, String> form) {
        return Registrations.overlap(text(form, "overlap"));
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new GatewayException(Problem.INVALID_QUERY_PARAMETER, "month is YYYY-MM");
        }
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(part -> !part.isBlank()).toList();
    }
}
