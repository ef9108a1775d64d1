package id.jamsostek.gateway.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where the tests' PostgreSQL is: TEST_PG_HOST / TEST_PG_PORT when given; else the server on 127.0.0.1:5432 when
 * one answers (CI, a developer's machine); else an embedded PostgreSQL started from a Maven artifact for this test
 * JVM and thrown away at its exit, so the tests run wherever a JDK runs. The choice is said in one line.
 */
final class TestPostgres {

    record Server(String host, String port) {}

    private static final int USUAL_PORT = 5432;

    private TestPostgres() {}

    static Server server() {
        String host = System.getenv("TEST_PG_HOST");
        String port = System.getenv("TEST_PG_PORT");
        if (host != null || port != null) {
            return said(new Server(host != null ? host : LocalServers.HOST, port != null ? port : "5432"),
                    "as TEST_PG_HOST / TEST_PG_PORT say");
        }
        if (LocalServers.answers(USUAL_PORT)) {
            return said(new Server(LocalServers.HOST, Integer.toString(USUAL_PORT)), "the local server");
        }
        return said(new Server(LocalServers.HOST, Integer.toString(embedded().getPort())),
                "embedded (nothing answers on 5432; thrown away at exit)");
    }

    private static EmbeddedPostgres embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            LocalServers.stopAtExit("the embedded PostgreSQL", postgres::close);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("tests: nothing answers on 127.0.0.1:5432 and the embedded PostgreSQL "
                    + "did not start", e);
        }
    }

    private static Server said(Server server, String why) {
        System.out.println("tests: PostgreSQL on " + server.host() + ":" + server.port() + ", " + why);
        return server;
    }
}
