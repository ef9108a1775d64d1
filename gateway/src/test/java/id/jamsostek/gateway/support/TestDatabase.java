package id.jamsostek.gateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the tests run against (no H2, no containers): the local server, or an embedded one where none
 * answers ({@link TestPostgres}); the database is created on first use.
 */
public final class TestDatabase {

    private static final TestPostgres.Server SERVER = TestPostgres.server();

    public static final String HOST = SERVER.host();
    public static final String PORT = SERVER.port();
    public static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
    /** TEST_PG_DATABASE lets two checkouts run their tests at once without sharing tables. */
    public static final String NAME = System.getenv().getOrDefault("TEST_PG_DATABASE", "jamsostek_it");

    private static boolean created;

    private TestDatabase() {}

    public static synchronized void ensureCreated() {
        if (created) {
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
                USER, "");
                Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + NAME + "'")) {
                if (!exists.next()) {
                    statement.executeUpdate("create database " + NAME);
                }
            }
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException("tests need PostgreSQL on " + HOST + ":" + PORT
                    + " (user " + USER + ", trust auth), which does not accept connections", e);
        }
    }

    /** A database of its own for a test that must not leave rows where others look, emptied first. */
    public static String fresh(String name) {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
                USER, "");
                Statement statement = admin.createStatement()) {
            statement.executeUpdate("drop database if exists " + name + " with (force)");
            statement.executeUpdate("create database " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    public static String jdbcUrl(String name) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public static String r2dbcUrl(String name) {
        return "r2dbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    public static String r2dbcUrl() {
        return "r2dbc:postgresql://" + HOST + ":" + PORT + "/" + NAME;
    }

    public static Connection connect() throws SQLException {
        ensureCreated();
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** Runs statements that return nothing (DDL, test triggers). */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as text, or null when there is no row. */
    public static String text(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts rows of a business table: tests assert that bad input changed nothing. */
    public static long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
