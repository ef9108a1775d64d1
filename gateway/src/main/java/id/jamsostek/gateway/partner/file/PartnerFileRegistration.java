package id.jamsostek.gateway.partner.file;

import id.jamsostek.gateway.partner.PartnerSettings;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.PartnerAudit;
import id.jamsostek.gateway.partner.administration.PartnerRegistrar;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * At start, once the schema is migrated: registers the partners of the partner file (and, under the demo profile,
 * the demo partners) through the admin API's writer, {@link PartnerRegistrar}, as operator "partner-file"; then
 * refuses the registration if the public demo credentials are registered outside the demo profile, or a bank is
 * called over plain http. All in one transaction: a refusal changes nothing. Nothing waits for it: the server starts
 * listening meanwhile, {@link PartnerFileGate} holds partners' requests and readiness stays down
 * ({@link PartnerFileHealthIndicator}) until it is done; a refusal stops the process with exit code 1
 * (docs/operations/partners-and-keys.md).
 */
@Component
public class PartnerFileRegistration implements SmartInitializingSingleton {

    /** Where the registration of the partner file stands. */
    public enum State {
        REGISTERING, REGISTERED, REFUSED
    }

    private static final Logger log = LoggerFactory.getLogger(PartnerFileRegistration.class);
    private static final String DEMO_FILE = "demo/partners.yml";

    private final PartnerSettings settings;
    private final PartnerRegistrar registrar;
    private final DatabaseClient db;
    private final TransactionalOperator transaction;
    private final Environment environment;
    private final ConfigurableApplicationContext application;
    private volatile State state = State.REGISTERING;

    public PartnerFileRegistration(PartnerSettings settings, PartnerRegistrar registrar, DatabaseClient db,
            TransactionalOperator transaction, Environment environment, ConfigurableApplicationContext application) {
        this.settings = settings;
        this.registrar = registrar;
        this.db = db;
        this.transaction = transaction;
        this.environment = environment;
        this.application = application;
    }

    /** Starts the registration (a file that cannot be read stops the start at once) and returns without waiting. */
    @Override
    public void afterSingletonsInstantiated() {
        register(files(), environment.matchesProfiles(DemoCredentials.PROFILE))
                .subscribe(null, this::refused, () -> {
                    state = State.REGISTERED;
                    log.info("partner file registered: partners' requests are served");
                    if (application.isActive()) {
                        application.publishEvent(new PartnerFileRegistered(application));
                    }
                });
    }

    public State state() {
        return state;
    }

    /**
     * An instance that cannot register its partners must not serve: it says why in one line and ends, off the
     * database's thread (closing the context closes that connection pool), on a thread that holds the JVM until
     * {@code System.exit} (the context's own threads end as it closes: the JVM would otherwise end with code 0).
     */
    private void refused(Throwable error) {
        state = State.REFUSED;
        log.error("stopping: the partner file was refused: {}", error.getMessage());
        Thread.ofPlatform().name("partner-file-refused").daemon(false).start(
                () -> System.exit(SpringApplication.exit(application, () -> 1)));
    }

    private List<PartnerFile.Registrations> files() {
        List<PartnerFile.Registrations> files = new ArrayList<>();
        try {
            if (environment.matchesProfiles(DemoCredentials.PROFILE)) {
                try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
                    files.add(PartnerFile.read(in, environment::getProperty, true));
                }
            }
            if (settings.file() != null) {
                try (InputStream in = Files.newInputStream(settings.file())) {
                    files.add(PartnerFile.read(in, environment::getProperty, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the partner file", e);
        }
        return files;
    }

    /**
     * Registers every partner of the files in one transaction, then checks what is registered.
     *
     * @param demo whether the demo profile is active (the demo credentials and plain http are allowed)
     */
    public Mono<Void> register(List<PartnerFile.Registrations> files, boolean demo) {
        Mono<Void> checks = Mono.when(demo ? Mono.empty() : refuseDemoCredentials(),
                demo || settings.plainHttpOutbound() ? Mono.empty() : refusePlainHttpOutbound());
        return Flux.fromIterable(files).concatMap(this::register).then(checks).as(transaction::transactional);
    }

    private Mono<Void> register(PartnerFile.Registrations file) {
        Map<String, ClientCertificates> certificates = file.clientCertificates().stream()
                .collect(Collectors.toMap(ClientCertificates::partnerId, Function.identity()));
        String by = PartnerAudit.PARTNER_FILE;
        PartnerRegistrar.Source source = PartnerRegistrar.Source.FILE;
        return Flux.concat(
                Flux.fromIterable(file.banks()).concatMap(bank -> registrar
                        .register(bank, certificates.get(bank.id()), source, by).doOnSuccess(done -> registered(bank))),
                Flux.fromIterable(file.villages()).concatMap(village -> registrar
                        .register(village, certificates.get(village.id()), source, by)
                        .doOnSuccess(done -> registered(village))),
                Flux.fromIterable(file.employerPlatforms()).concatMap(platform -> registrar
                        .register(platform, certificates.get(platform.id()), source, by)
                        .doOnSuccess(done -> registered(platform))),
                Flux.fromIterable(file.payers()).concatMap(payer -> registrar
                        .register(payer, certificates.get(payer.id()), source, by)
                        .doOnSuccess(done -> log.info("registered {} partner {} as {}", payer.kind(), payer.id(),
                                payer.payerId()))))
                .then();
    }

    private static void registered(BankRegistration bank) {
        log.info("registered bank partner {} ({} company codes, profile prefix '{}', calls {})", bank.id(),
                bank.companyCodes().size(), bank.profile().pathPrefix(),
                bank.outbound() == null ? "none" : bank.outbound().endpoint().baseUrl());
    }

    private static void registered(VillageRegistration village) {
        log.info("registered village partner {} for {}", village.id(), village.regions());
    }

    private static void registered(EmployerRegistration platform) {
        log.info("registered employer platform {} for {}", platform.id(), platform.grants());
    }

    /** A bank's answers carry payment verdicts and reports: never fetched over a connection anyone can read. */
    private Mono<Void> refusePlainHttpOutbound() {
        return db.sql("select partner_id from bank_outbound where base_url not like 'https://%' limit 1")
                .map(row -> row.get("partner_id", String.class)).one()
                .flatMap(id -> Mono.error(new IllegalStateException("bank partner '" + id + "' is called over "
                        + "plain http: outside the '" + DemoCredentials.PROFILE + "' profile a bank's outbound "
                        + "baseUrl must be https")));
    }

    private Mono<Void> refuseDemoCredentials() {
        Mono<Void> demoIds = db.sql("select id from partner where id like 'demo-%' limit 1")
                .map(row -> row.get("id", String.class)).one()
                .flatMap(id -> Mono.error(new IllegalStateException("partner '" + id + "' comes from the demo "
                        + "partner file, whose credentials are published; ids starting with 'demo-' are allowed only "
                        + "under the '" + DemoCredentials.PROFILE + "' profile. Remove it or start with "
                        + "--spring.profiles.active=" + DemoCredentials.PROFILE)));
        Mono<Void> demoKeys = db.sql("select partner_id, client_key, public_key_pem from bank_partner")
                .map(row -> DemoCredentials.isDemo(row.get("client_key", String.class),
                        row.get("public_key_pem", String.class)) ? row.get("partner_id", String.class) : "")
                .all().filter(id -> !id.isEmpty()).next()
                .flatMap(id -> Mono.error(new IllegalStateException("bank partner '" + id + "' uses the public SNAP "
                        + "demo credentials, which anyone can sign with; they are allowed only under the '"
                        + DemoCredentials.PROFILE + "' profile. Remove the partner or start with "
                        + "--spring.profiles.active=" + DemoCredentials.PROFILE)));
        return demoIds.then(demoKeys);
    }
}
