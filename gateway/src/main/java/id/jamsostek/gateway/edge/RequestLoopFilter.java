package id.jamsostek.gateway.edge;

import id.jamsostek.gateway.database.ReleaseLoop;
import io.netty.channel.EventLoop;
import java.util.concurrent.Executor;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/** Names the event loop of each request's connection, where its batched writes hand their results back. */
@Component
public class RequestLoopFilter implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Executor loop = loopOf(exchange.getRequest());
        return chain.filter(exchange).contextWrite(context -> ReleaseLoop.with(context, loop));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * The event loop of the request's connection, running a task at once when called on it; where there is none (a
     * mock request, a connection closed already), the caller's thread.
     */
    static Executor loopOf(ServerHttpRequest request) {
        Object running;
        try {
            running = ServerHttpRequestDecorator.getNativeRequest(request);
        } catch (IllegalStateException notOnAServer) {
            return Runnable::run;
        }
        if (!(running instanceof Connection connection)) {
            return Runnable::run;
        }
        EventLoop loop;
        try {
            loop = connection.channel().eventLoop();
        } catch (IllegalStateException closedAlready) {
            return Runnable::run; // its channel has left its loop (a read deadline closed it, say)
        }
        return task -> {
            if (loop.inEventLoop()) {
                task.run();
            } else {
                loop.execute(task);
            }
        };
    }
}
