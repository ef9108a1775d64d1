package id.jamsostek.gateway.edge;

import java.net.InetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The internal listener: the port of the admin API and the operators' console, apart from the partners' port
 * (docs/operations/operators.md).
 *
 * @param enabled false: no internal listener, so no admin API and no console anywhere
 * @param address where it listens (GATEWAY_INTERNAL_ADDRESS): loopback unless a deployment opens it to its own network
 * @param port    its port (GATEWAY_INTERNAL_PORT); 0 takes a free one (tests)
 */
@ConfigurationProperties("gateway.internal")
public record InternalListenerSettings(@DefaultValue("true") boolean enabled,
        @DefaultValue("127.0.0.1") InetAddress address, @DefaultValue("8082") int port) {}
