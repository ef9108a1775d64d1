package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.IpRange;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A TLS-terminating proxy in front of the gateway (docs/operations/tls.md): requests from these addresses may
 * carry the client certificate the proxy received, in the RFC 9440 {@code Client-Cert} header.
 *
 * @param trustedProxies the proxies' addresses as CIDR ranges; none (the default): the header is never read
 */
@ConfigurationProperties("gateway.tls")
public record ProxySettings(@DefaultValue({}) List<String> trustedProxies) {

    public ProxySettings {
        trustedProxies = List.copyOf(trustedProxies);
    }

    /** The ranges, checked at start: a malformed one stops the gateway. */
    List<IpRange> ranges() {
        return trustedProxies.stream().map(IpRange::parse).toList();
    }
}
