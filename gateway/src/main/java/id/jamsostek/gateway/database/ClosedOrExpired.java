package id.jamsostek.gateway.database;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import reactor.core.publisher.Mono;
import reactor.pool.PooledRefMetadata;

/**
 * Which pooled connections the pool drops when it meets them (handing one out, or sweeping in the background): those
 * idle or alive longer than allowed, as r2dbc-pool's own rule, and those whose socket is closed. The pool then takes
 * the next one or opens a new one, so a request never receives a connection its server has closed.
 */
final class ClosedOrExpired implements BiPredicate<Connection, PooledRefMetadata> {

    private final Duration maxIdleTime;
    private final Duration maxLifeTime;

    /** @param maxIdleTime, maxLifeTime null or negative: no limit; zero: dropped at once (r2dbc-pool's meaning) */
    ClosedOrExpired(Duration maxIdleTime, Duration maxLifeTime) {
        this.maxIdleTime = maxIdleTime == null ? Duration.ofMillis(-1) : maxIdleTime;
        this.maxLifeTime = maxLifeTime == null ? Duration.ofMillis(-1) : maxLifeTime;
    }

    @Override
    public boolean test(Connection connection, PooledRefMetadata metadata) {
        return exceeds(metadata.idleTime(), maxIdleTime) || exceeds(metadata.lifeTime(), maxLifeTime)
                || closed(connection);
    }

    private static boolean exceeds(long millis, Duration limit) {
        return !limit.isNegative() && millis >= limit.toMillis();
    }

    /**
     * A local validation asks the driver whether the socket is open; PostgreSQL's driver answers at once. An answer
     * that would make the pool wait counts as open: the pool's validation on acquire has the last word then.
     */
    private static boolean closed(Connection connection) {
        CompletableFuture<Boolean> open = Mono.from(connection.validate(ValidationDepth.LOCAL)).toFuture();
        if (!open.isDone()) {
            open.cancel(true);
            return false;
        }
        return open.isCompletedExceptionally() || !Boolean.TRUE.equals(open.join());
    }
}
