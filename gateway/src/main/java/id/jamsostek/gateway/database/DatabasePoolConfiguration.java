package id.jamsostek.gateway.database;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The R2DBC connection pool, made from the same {@code spring.r2dbc.*} properties as Spring Boot's own (which backs off
 * when this bean exists), with one rule more that Boot offers no hook for: {@link ClosedOrExpired}. With Boot's pool
 * a connection the server has closed (a primary stopped or failed over, a restart, pg_terminate_backend) is handed
 * out, fails its validation, and after {@code spring.r2dbc.pool.acquire-retry} (1) such failures the statement fails:
 * after a failover, up to half the pool's size in requests failed that way. Raising acquire-retry instead would
 * multiply connection attempts while the database is down.
 */
@Configuration(proxyBeanMethods = false)
class DatabasePoolConfiguration {

    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(R2dbcProperties properties) {
        ConnectionFactoryBuilder database = ConnectionFactoryBuilder.withUrl(properties.getUrl());
        PropertyMapper map = PropertyMapper.get();
        map.from(properties.getUsername()).to(database::username);
        map.from(properties.getPassword()).to(database::password);
        ConnectionFactory connections = database.build();

        R2dbcProperties.Pool pool = properties.getPool();
        io.r2dbc.pool.ConnectionPoolConfiguration.Builder builder =
                io.r2dbc.pool.ConnectionPoolConfiguration.builder(connections);
        map.from(pool.getMaxIdleTime()).to(builder::maxIdleTime);
        map.from(pool.getMaxLifeTime()).to(builder::maxLifeTime);
        map.from(pool.getMaxAcquireTime()).to(builder::maxAcquireTime);
        map.from(pool.getMaxCreateConnectionTime()).to(builder::maxCreateConnectionTime);
        map.from(pool.getMaxValidationTime()).to(builder::maxValidationTime);
        map.from(pool.getAcquireRetry()).to(builder::acquireRetry);
        map.from(pool.getInitialSize()).to(builder::initialSize);
        map.from(pool.getMaxSize()).to(builder::maxSize);
        map.from(pool.getMinIdle()).to(builder::minIdle);
        map.from(pool.getValidationQuery()).whenHasText().to(builder::validationQuery);
        map.from(pool.getValidationDepth()).to(builder::validationDepth);
        ClosedOrExpired dropped = new ClosedOrExpired(pool.getMaxIdleTime(), pool.getMaxLifeTime());
        // r2dbc-pool applies the customizer last: this predicate replaces its idle/lifetime one, and keeps its rules
        builder.customizer(poolBuilder -> poolBuilder.evictionPredicate(dropped));
        return new ConnectionPool(builder.build());
    }
}
