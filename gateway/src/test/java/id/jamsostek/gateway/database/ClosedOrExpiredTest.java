package id.jamsostek.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ValidationDepth;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.pool.PooledRefMetadata;

class ClosedOrExpiredTest {

    private static final ClosedOrExpired RULE = new ClosedOrExpired(Duration.ofMinutes(30), null);

    @Test
    void dropsAConnectionWhoseSocketIsClosed() {
        assertThat(RULE.test(connection(Mono.just(false)), aged(1_000, 5_000))).isTrue();
    }

    @Test
    void keepsAnOpenConnectionWithinItsLimits() {
        assertThat(RULE.test(connection(Mono.just(true)), aged(1_000, Duration.ofDays(3).toMillis()))).isFalse();
    }

    @Test
    void dropsAnOpenConnectionIdleOrAliveLongerThanAllowed() {
        ClosedOrExpired rule = new ClosedOrExpired(Duration.ofMinutes(30), Duration.ofHours(1));
        Connection open = connection(Mono.just(true));

        assertThat(rule.test(open, aged(Duration.ofMinutes(30).toMillis(), Duration.ofMinutes(40).toMillis()))).isTrue();
        assertThat(rule.test(open, aged(1_000, Duration.ofHours(1).toMillis()))).isTrue();
        assertThat(new ClosedOrExpired(Duration.ZERO, null).test(open, aged(0, 0))).isTrue();
    }

    @Test
    void dropsAConnectionWhoseValidationFails() {
        assertThat(RULE.test(connection(Mono.error(new IllegalStateException("closed"))), aged(1_000, 5_000))).isTrue();
    }

    @Test
    void keepsAConnectionWhoseDriverDoesNotAnswerAtOnce() {
        // the pool's validation on acquire decides then; this rule never waits
        assertThat(RULE.test(connection(Mono.never()), aged(1_000, 5_000))).isFalse();
    }

    /** A connection that only answers a local validation. */
    private static Connection connection(Publisher<Boolean> localValidation) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("validate") && args[0] == ValidationDepth.LOCAL) {
                        return localValidation;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PooledRefMetadata aged(long idleMillis, long lifeMillis) {
        return new PooledRefMetadata() {
            @Override
            public int acquireCount() {
                return 1;
            }

            @Override
            public long idleTime() {
                return idleMillis;
            }

            @Override
            public long lifeTime() {
                return lifeMillis;
            }

            @Override
            public long releaseTimestamp() {
                return 0;
            }

            @Override
            public long allocationTimestamp() {
                return 0;
            }
        };
    }
}
