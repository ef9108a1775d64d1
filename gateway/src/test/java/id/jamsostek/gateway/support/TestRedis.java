package id.jamsostek.gateway.support;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * Where the tests' Redis (the rate limits' counters) is: TEST_REDIS_PORT when given; else the server on
 * 127.0.0.1:6379 when one answers (CI, a developer's machine); else a redis-server started for this test JVM on a
 * free port and stopped at its exit: TEST_REDIS_SERVER's, else the one on the PATH, else the one inside the
 * embedded-redis artifact (TEST_REDIS_SERVER=bundled takes that one at once). The choice is said in one line.
 */
public final class TestRedis {

    private static final int USUAL_PORT = 6379;

    public static final String HOST = LocalServers.HOST;
    public static final int PORT = port();

    private TestRedis() {}

    /** Connections to a Redis on the tests' host ({@link #PORT}: the tests' own), ready; the caller destroys them. */
    public static LettuceConnectionFactory connect(int port) {
        LettuceConnectionFactory connections =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(HOST, port));
        connections.afterPropertiesSet();
        return connections;
    }

    private static int port() {
        String given = System.getenv("TEST_REDIS_PORT");
        if (given != null) {
            return said(Integer.parseInt(given), "as TEST_REDIS_PORT says");
        }
        if (LocalServers.answers(USUAL_PORT)) {
            return said(USUAL_PORT, "the local server");
        }
        Binary binary = binary(System.getenv("TEST_REDIS_SERVER"));
        int port = LocalServers.free();
        try {
            RedisServer server = RedisServer.newRedisServer().executableProvider(binary.provider())
                    .bind(HOST).port(port).setting("save \"\"").setting("appendonly no").build();
            server.start();
            LocalServers.stopAtExit("the tests' Redis", server::stop);
        } catch (IOException e) {
            throw new UncheckedIOException("tests: nothing answers on 127.0.0.1:6379 and " + binary.name()
                    + " did not start", e);
        }
        return said(port, binary.name() + " (nothing answers on 6379; stopped at exit)");
    }

    private record Binary(String name, ExecutableProvider provider) {}

    private static Binary binary(String chosen) {
        if ("bundled".equals(chosen)) {
            return bundled();
        }
        if (chosen != null) {
            return new Binary(chosen, () -> new File(chosen));
        }
        try {
            return new Binary("the installed redis-server", ExecutableProvider.newExecutableInPath("redis-server"));
        } catch (FileNotFoundException notInstalled) {
            return bundled();
        }
    }

    private static Binary bundled() {
        return new Binary("the redis-server of the embedded-redis artifact", ExecutableProvider.newJarResourceProvider());
    }

    private static int said(int port, String why) {
        System.out.println("tests: Redis on " + HOST + ":" + port + ", " + why);
        return port;
    }
}
