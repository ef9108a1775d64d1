package id.jamsostek.gateway.tls;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * TLS on the partners' port (server.ssl.*, on unless GATEWAY_TLS_ENABLED=false): the server takes its bundle through
 * {@link PartnerTlsBundles}. The management port is not touched (docs/operations/tls.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "server.ssl.enabled", havingValue = "true")
class ServerTlsConfiguration {

    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> partnerTls() {
        return new PartnerTlsCustomizer();
    }

    /** Runs after Spring Boot's own customizer, which hands the factory the application's SSL bundles. */
    private static final class PartnerTlsCustomizer
            implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory>, Ordered {

        @Override
        public void customize(NettyReactiveWebServerFactory factory) {
            if (factory.getSslBundles() != null) {
                factory.setSslBundles(new PartnerTlsBundles(factory.getSslBundles()));
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
