package id.jamsostek.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the local run keeps its data: a configured database always wins; otherwise the local PostgreSQL on
 * 127.0.0.1:5432 (database "jamsostek", created if missing); otherwise an embedded PostgreSQL started from a Maven
 * artifact, for a fresh machine with no server.
 */
record LocalDatabase(String jdbcUrl, String r2dbcUrl, String user, String password, AutoCloseable server) {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);
    private static final String NAME = "jamsostek";

    static LocalDatabase choose(java.util.Map<String, String> env) {
        if (env.containsKey("GATEWAY_DB_JDBC_URL") && env.containsKey("GATEWAY_DB_R2DBC_URL")) {
            log.info("using the configured database");
            return new LocalDatabase(env.get("GATEWAY_DB_JDBC_URL"), env.get("GATEWAY_DB_R2DBC_URL"),
                    env.getOrDefault("GATEWAY_DB_USER", "postgres"), env.getOrDefault("GATEWAY_DB_PASSWORD", ""),
                    () -> { });
        }
        try {
            createIfMissing("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres");
            log.info("using the local PostgreSQL on 127.0.0.1:5432, database {}", NAME);
            return new LocalDatabase("jdbc:postgresql://127.0.0.1:5432/" + NAME,
                    "r2dbc:postgresql://127.0.0.1:5432/" + NAME, "postgres", "", () -> { });
        } catch (SQLException noLocalServer) {
            log.info("no PostgreSQL on 127.0.0.1:5432 ({}); starting an embedded one", noLocalServer.getMessage());
            return embedded();
        }
    }

    private static LocalDatabase embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            int port = postgres.getPort();
            createIfMissing("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres");
            log.info("embedded PostgreSQL on 127.0.0.1:{} (data is thrown away at exit)", port);
            return new LocalDatabase("jdbc:postgresql://127.0.0.1:" + port + "/" + NAME,
                    "r2dbc:postgresql://127.0.0.1:" + port + "/" + NAME, "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL started but is not usable", e);
        }
    }

    private static void createIfMissing(String adminUrl, String user) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
                Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!exists.next()) {
                    statement.executeUpdate("create database " + NAME);
                }
            }
        }
    }
}
