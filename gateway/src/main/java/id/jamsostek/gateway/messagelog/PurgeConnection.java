package id.jamsostek.gateway.messagelog;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Where the purge deletes: the gateway's own role may only insert and read the message log (migration V16), so the
 * purge connects as another, {@code gateway.message-log.purge-database.username} / {@code .password}
 * ({@code GATEWAY_DB_PURGE_USER}, {@code GATEWAY_DB_PURGE_PASSWORD}), a member of jamsostek_message_log_purge, over
 * the gateway's database URL, one connection per round (no pool: it runs once an hour). Without a user it uses the
 * gateway's own connections: a local run or test as the superuser; with a least-privileged gateway role the purge is
 * then refused, and logged.
 */
record PurgeConnection(DatabaseClient db, TransactionalOperator transaction, String user) {

    /** The purge's own role; blank: the gateway's connections. */
    @ConfigurationProperties("gateway.message-log.purge-database")
    record Settings(@DefaultValue("") String username, @DefaultValue("") String password) {

        /** A credential: never printed. */
        @Override
        public String toString() {
            return "Settings[username=" + username + ", password=" + (password.isEmpty() ? "none" : "***") + "]";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        PurgeConnection messageLogPurgeConnection(Settings settings, R2dbcProperties database,
                DatabaseClient gatewayDb, TransactionalOperator gatewayTransaction) {
            String user = settings.username();
            if (user.isBlank()) {
                return new PurgeConnection(gatewayDb, gatewayTransaction, database.getUsername());
            }
            ConnectionFactory connections = ConnectionFactoryBuilder.withUrl(database.getUrl())
                    .username(user.strip())
                    .password(settings.password())
                    .build();
            return new PurgeConnection(DatabaseClient.create(connections),
                    TransactionalOperator.create(new R2dbcTransactionManager(connections)), user.strip());
        }
    }
}
