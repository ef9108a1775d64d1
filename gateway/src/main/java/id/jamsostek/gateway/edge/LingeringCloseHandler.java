package id.jamsostek.gateway.edge;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection so that the client can read the last answer: the server first ends its own side (FIN), then
 * reads and drops whatever the client still sends for a short while, then closes. Closed at once with input unread,
 * the kernel would reset the connection, and a client still sending its body could lose the 401 or 429 sent to it.
 */
final class LingeringCloseHandler extends ChannelDuplexHandler {

    static final String NAME = "gateway.lingeringClose";

    private final long lingerNanos;
    private boolean lingering;

    LingeringCloseHandler(Duration linger) {
        this.lingerNanos = linger.toNanos();
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (lingering || !(ctx.channel() instanceof DuplexChannel duplex) || !duplex.isActive()
                || duplex.isOutputShutdown()) {
            ctx.close(promise);
            return;
        }
        lingering = true;
        duplex.shutdownOutput().addListener(shutdown -> {
            duplex.config().setAutoRead(true);
            ctx.read();
            ctx.executor().schedule(() -> ctx.close(promise), lingerNanos, TimeUnit.NANOSECONDS);
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (lingering) {
            ReferenceCountUtil.release(message);
            return;
        }
        ctx.fireChannelRead(message);
    }
}
