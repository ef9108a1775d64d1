package id.jamsostek.gateway.messagelog;

import id.jamsostek.gateway.secrets.SecretsConfiguration;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/verify-message-log [--instance ID] [--month YYYY-MM] [--demo] [--external-anchors FILE]...}: verifies the
 * message log straight from PostgreSQL over JDBC, without a running gateway, against the anchors kept outside the
 * database (anchor files, syslog extracts: every line with an anchor counts). Database from GATEWAY_DB_JDBC_URL,
 * GATEWAY_DB_USER, GATEWAY_DB_PASSWORD; anchor keys from GATEWAY_SECRETS_MESSAGE_LOG_KEY and/or GATEWAY_MESSAGE_LOG_VERIFY_KEYS
 * (public keys suffice); archive keys from GATEWAY_SECRETS_ARCHIVE_KEYS; {@code --demo} for the demo profile's log.
 * Exit 0: every chain whole; 1: a break; 2: wrong usage or settings.
 */
public final class VerifyMessageLog {

    private VerifyMessageLog() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        String instance = null;
        YearMonth month = null;
        boolean demo = false;
        List<Path> external = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--instance" -> instance = args[++i];
                    case "--month" -> month = YearMonth.parse(args[++i]);
                    case "--demo" -> demo = true;
                    case "--external-anchors" -> external.add(Path.of(args[++i]));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
            err.println("usage: verify-message-log [--instance ID] [--month YYYY-MM] [--demo]"
                    + " [--external-anchors FILE]..."
                    + (e instanceof ArrayIndexOutOfBoundsException ? "" : ": " + e.getMessage()));
            return 2;
        }
        try {
            AnchorKeys keys = AnchorKeys.resolve(env.get("GATEWAY_SECRETS_MESSAGE_LOG_KEY"),
                    env.get("GATEWAY_MESSAGE_LOG_VERIFY_KEYS"), demo);
            PayloadArchive archive = new PayloadArchive(SecretsConfiguration.archiveKeys(
                    env.get("GATEWAY_SECRETS_ARCHIVE_KEYS"), demo));
            MessageLogReads reads = new MessageLogReads(instance, month);
            List<Anchor> externalAnchors = ExternalAnchors.read(external, reads::selects);
            LogVerification.Report report = verify(reads, keys, archive, externalAnchors,
                    env.getOrDefault("GATEWAY_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/jamsostek"),
                    env.getOrDefault("GATEWAY_DB_USER", "postgres"), env.getOrDefault("GATEWAY_DB_PASSWORD", ""));
            out.print(report.text());
            return report.ok() ? 0 : 1;
        } catch (IllegalStateException | UncheckedIOException | SQLException e) {
            err.println("verify-message-log: " + e.getMessage());
            return 2;
        }
    }

    static LogVerification.Report verify(MessageLogReads reads, AnchorKeys keys, PayloadArchive archive,
            List<Anchor> external, String url, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false); // lets the driver stream the entries with a cursor
            List<Anchor> anchors = new ArrayList<>();
            try (ResultSet rows = query(connection, reads.anchorsSql(name -> "?"), reads)) {
                while (rows.next()) {
                    anchors.add(read(() -> MessageLogReads.anchor(rows::getObject)));
                }
            }
            LogVerification verification = new LogVerification(keys, archive, anchors, external);
            try (ResultSet rows = query(connection, reads.entriesSql(name -> "?"), reads)) {
                while (rows.next()) {
                    verification.accept(read(() -> MessageLogReads.stored(rows::getObject)));
                }
            }
            return verification.finish();
        }
    }

    private static ResultSet query(Connection connection, String sql, MessageLogReads reads) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(1000);
        statement.closeOnCompletion();
        int index = 1;
        for (Object value : reads.parameters().values()) {
            statement.setObject(index++, value);
        }
        return statement.executeQuery();
    }

    private interface Read<T> {
        T call() throws Exception;
    }

    private static <T> T read(Read<T> read) throws SQLException {
        try {
            return read.call();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
    }
}
