package id.jamsostek.gateway.edge;

import io.netty.channel.ChannelPipeline;
import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * Puts {@link ReadDeadlines} on the server: Reactor Netty's own for bodies, {@link HeaderDeadlineHandler} for headers,
 * and {@link LingeringCloseHandler} so that a refused client hears its answer before the connection closes.
 */
@Configuration(proxyBeanMethods = false)
class ReadDeadlinesConfiguration {

    @Bean
    WebServerFactoryCustomizer<NettyReactiveWebServerFactory> readDeadlines(ReadDeadlines deadlines) {
        return factory -> factory.addServerCustomizers(server -> server
                .requestTimeout(deadlines.body())
                .readTimeout(deadlines.bodyReadGap())
                .doOnChannelInit((observer, channel, address) -> {
                    ChannelPipeline pipeline = channel.pipeline();
                    if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                        pipeline.addAfter(NettyPipeline.HttpCodec, HeaderDeadlineHandler.NAME,
                                new HeaderDeadlineHandler(deadlines.headers()));
                        pipeline.addAfter(HeaderDeadlineHandler.NAME, LingeringCloseHandler.NAME,
                                new LingeringCloseHandler(deadlines.linger()));
                    }
                }));
    }
}
