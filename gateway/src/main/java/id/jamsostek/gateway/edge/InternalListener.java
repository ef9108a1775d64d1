package id.jamsostek.gateway.edge;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.stereotype.Component;

/**
 * A second server on the internal address and port, for the admin API and the console: the same application (the same
 * HttpHandler: filters, security chains, error rendering) and the same Netty settings as the partners' port (read
 * deadlines), plain HTTP. {@link InternalPaths} keeps each port to its own paths. Its port, once bound, is the
 * property {@code local.internal.port}.
 */
@Component
public class InternalListener implements SmartLifecycle {

    public static final String PORT_PROPERTY = "local.internal.port";
    private static final Logger log = LoggerFactory.getLogger(InternalListener.class);

    private final InternalListenerSettings settings;
    private final ObjectProvider<HttpHandler> handler;
    private final ObjectProvider<NettyReactiveWebServerFactory> partnersServer;
    private final ConfigurableEnvironment environment;
    private volatile WebServer server;
    private volatile int port = -1;

    InternalListener(InternalListenerSettings settings, ObjectProvider<HttpHandler> handler,
            ObjectProvider<NettyReactiveWebServerFactory> partnersServer, ConfigurableEnvironment environment) {
        this.settings = settings;
        this.handler = handler;
        this.partnersServer = partnersServer;
        this.environment = environment;
    }

    /** The bound port; -1 while it does not listen. */
    public int port() {
        return port;
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            log.info("no internal listener (gateway.internal.enabled=false): no admin API, no console");
            return;
        }
        NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory(settings.port());
        factory.setAddress(settings.address());
        NettyReactiveWebServerFactory partners = partnersServer.getIfAvailable();
        if (partners != null) {
            factory.setServerCustomizers(partners.getServerCustomizers());
        }
        WebServer started = factory.getWebServer(handler.getObject());
        started.start();
        server = started;
        port = started.getPort();
        environment.getPropertySources().addFirst(new MapPropertySource("gateway.internal.ports",
                Map.of(PORT_PROPERTY, port)));
        log.info("internal listener (admin API, console) on http://{}:{}", settings.address().getHostAddress(), port);
    }

    @Override
    public void stop() {
        WebServer running = server;
        if (running != null) {
            running.stop();
            server = null;
            port = -1;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** Started and stopped with the partners' server. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
