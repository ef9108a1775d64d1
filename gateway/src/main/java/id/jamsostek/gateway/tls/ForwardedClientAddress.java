package id.jamsostek.gateway.tls;

import id.jamsostek.gateway.partner.IpRange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Behind a TLS-terminating proxy every connection comes from the proxy: the client's own address, which banks' IP
 * allowlists and per-address limits judge, is in {@code Forwarded} (RFC 7239) or {@code X-Forwarded-For}. It is taken
 * from there only on a connection from a trusted proxy ({@link ProxySettings}, the same list as for forwarded
 * certificates), as the nearest address the trusted proxies did not add; from anyone else both headers are removed
 * unread, and the socket's address stands.
 */
@Component
class ForwardedClientAddress implements WebFilter, Ordered {

    static final String FORWARDED = "Forwarded";
    static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final List<IpRange> trustedProxies;

    ForwardedClientAddress(ProxySettings settings) {
        this.trustedProxies = settings.ranges();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5; // inside the message log, before anything judges the address
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!request.getHeaders().containsHeader(FORWARDED) && !request.getHeaders().containsHeader(X_FORWARDED_FOR)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest.Builder mutated = request.mutate();
        if (trusted(request.getRemoteAddress())) {
            client(request).ifPresent(address -> mutated.remoteAddress(new InetSocketAddress(address, 0)));
        } else {
            mutated.headers(headers -> {
                headers.remove(FORWARDED);
                headers.remove(X_FORWARDED_FOR);
            });
        }
        return chain.filter(exchange.mutate().request(mutated.build()).build());
    }

    private boolean trusted(InetSocketAddress remote) {
        return remote != null && remote.getAddress() != null && trusted(remote.getAddress());
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** From the nearest hop back: the first address that is not one of the trusted proxies. */
    private Optional<InetAddress> client(ServerHttpRequest request) {
        List<String> hops = hops(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> address = literal(hops.get(i));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            if (!trusted(address.get())) {
                return address;
            }
        }
        return Optional.empty();
    }

    /** The addresses the proxies recorded, the client's first; Forwarded wins over X-Forwarded-For. */
    private static List<String> hops(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED);
        if (!forwarded.isEmpty()) {
            for (String element : forwarded) {
                for (String pair : element.split(";")) {
                    String[] nameValue = pair.strip().split("=", 2);
                    if (nameValue.length == 2 && nameValue[0].strip().toLowerCase(Locale.ROOT).equals("for")) {
                        hops.add(nameValue[1].strip());
                    }
                }
            }
            return hops;
        }
        return request.getHeaders().getValuesAsList(X_FORWARDED_FOR);
    }

    /** An IP literal ("192.0.2.1", "\"[2001:db8::1]:4711\""); never a name to look up. */
    static Optional<InetAddress> literal(String hop) {
        String text = hop.strip();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            text = end < 0 ? "" : text.substring(1, end);
        } else if (text.chars().filter(c -> c == ':').count() == 1) {
            text = text.substring(0, text.indexOf(':'));
        }
        // only literals: an IPv4 dotted quad or an IPv6 address, which InetAddress parses without a DNS look-up
        boolean ipv4 = text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = text.contains(":") && text.matches("[0-9a-fA-F.:]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
