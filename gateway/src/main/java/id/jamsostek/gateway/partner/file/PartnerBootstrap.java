package id.jamsostek.gateway.partner.file;

import id.jamsostek.gateway.partner.PartnerSettings;
import id.jamsostek.gateway.partner.Registrations;
import id.jamsostek.gateway.partner.administration.BankRegistration;
import id.jamsostek.gateway.partner.administration.EmployerRegistration;
import id.jamsostek.gateway.partner.administration.VillageRegistration;
import id.jamsostek.gateway.partner.credentials.DemoCredentials;
import id.jamsostek.gateway.region.RegionList;
import id.jamsostek.gateway.tls.ClientCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Right after the schema is migrated, before anything is served: hashes OAuth client secrets still sealed from
 * before V35, registers the partners of the partner file (and, under the demo profile, the demo partners), then
 * refuses to start if the public demo credentials are registered outside the demo profile.
 */
@Component
public class PartnerBootstrap implements Callback {

    private static final Logger log = LoggerFactory.getLogger(PartnerBootstrap.class);
    private static final String DEMO_FILE = "demo/partners.yml";

    private final PartnerSettings settings;
    private final PartnerWriter writer;
    private final Environment environment;
    private final RegionList regions;

    public PartnerBootstrap(PartnerSettings settings, PartnerWriter writer, Environment environment,
            RegionList regions) {
        this.settings = settings;
        this.regions = regions;
        this.writer = writer;
        this.environment = environment;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        boolean demo = environment.matchesProfiles(DemoCredentials.PROFILE);
        try {
            Connection connection = context.getConnection();
            List<String> unopened = writer.hashSealedClientSecrets(connection);
            if (!unopened.isEmpty()) {
                log.warn("OAuth client secrets of {} do not open with the configured key-encryption keys: those "
                        + "clients cannot authenticate by secret until it is rotated", unopened);
            }
            List<PartnerFile.Registrations> files = new ArrayList<>();
            if (demo) {
                try (InputStream in = new ClassPathResource(DEMO_FILE).getInputStream()) {
                    files.add(PartnerFile.read(in, environment::getProperty, true));
                }
            }
            if (settings.file() != null) {
                try (InputStream in = Files.newInputStream(settings.file())) {
                    files.add(PartnerFile.read(in, environment::getProperty, false));
                }
            }
            for (PartnerFile.Registrations file : files) {
                for (BankRegistration bank : file.banks()) {
                    writer.register(connection, bank);
                    log.info("registered bank partner {} ({} company codes, profile prefix '{}', calls {})",
                            bank.id(), bank.companyCodes().size(), bank.profile().pathPrefix(),
                            bank.outbound() == null ? "none" : bank.outbound().endpoint().baseUrl());
                }
                for (VillageRegistration village : file.villages()) {
                    Registrations.requireKnownRegions(regions, village.regions());
                    writer.register(connection, village);
                    log.info("registered village partner {} for {}", village.id(), village.regions());
                }
                for (EmployerRegistration platform : file.employerPlatforms()) {
                    writer.register(connection, platform);
                    log.info("registered employer platform {} for {}", platform.id(), platform.grants());
                }
                for (ClientCertificates certificates : file.clientCertificates()) {
                    writer.register(connection, certificates);
                    if (!certificates.pins().isEmpty()) {
                        log.info("partner {}: mutual TLS {}, {} client certificate(s)", certificates.partnerId(),
                                certificates.mtls(), certificates.pins().size());
                    }
                }
            }
            if (!demo) {
                refuseDemoCredentials(connection);
            }
            if (!demo && !settings.plainHttpOutbound()) {
                refusePlainHttpOutbound(connection);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot register partners", e);
        }
    }

    /** A bank's answers carry payment verdicts and reports: never fetched over a connection anyone can read. */
    private static void refusePlainHttpOutbound(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "select partner_id from bank_outbound where base_url not like 'https://%' limit 1")) {
            if (rows.next()) {
                throw new IllegalStateException("bank partner '" + rows.getString("partner_id") + "' is called over "
                        + "plain http: outside the '" + DemoCredentials.PROFILE + "' profile a bank's outbound "
                        + "baseUrl must be https");
            }
        }
    }

    private static void refuseDemoCredentials(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select id from partner where id like 'demo-%' limit 1")) {
            if (rows.next()) {
                throw new IllegalStateException("partner '" + rows.getString("id") + "' comes from the demo partner "
                        + "file, whose credentials are published; ids starting with 'demo-' are allowed only under "
                        + "the '" + DemoCredentials.PROFILE + "' profile. Remove it or start with "
                        + "--spring.profiles.active=" + DemoCredentials.PROFILE);
            }
        }
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(
                        "select partner_id, client_key, public_key_pem from bank_partner")) {
            while (rows.next()) {
                if (DemoCredentials.isDemo(rows.getString("client_key"), rows.getString("public_key_pem"))) {
                    throw new IllegalStateException("bank partner '" + rows.getString("partner_id")
                            + "' uses the public SNAP demo credentials, which anyone can sign with; they are allowed "
                            + "only under the '" + DemoCredentials.PROFILE + "' profile. Remove the partner or "
                            + "start with --spring.profiles.active=" + DemoCredentials.PROFILE);
                }
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "partnerBootstrap";
    }
}
