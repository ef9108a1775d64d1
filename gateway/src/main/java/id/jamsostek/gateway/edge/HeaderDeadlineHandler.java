package id.jamsostek.gateway.edge;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose request line and headers do not arrive in time. It sits behind the HTTP decoder: a read
 * that decodes no request while the connection waits for one is the start of a slow request, and arms the deadline;
 * the decoded request disarms it. Bodies have Reactor Netty's own deadlines ({@link ReadDeadlines}).
 */
final class HeaderDeadlineHandler extends ChannelDuplexHandler {

    static final String NAME = "gateway.headerDeadline";

    private final long deadlineNanos;
    private ScheduledFuture<?> pending;
    private boolean inRequest;

    HeaderDeadlineHandler(Duration deadline) {
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            arm(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        arm(ctx);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest) {
            inRequest = true;
            disarm();
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (!inRequest) {
            arm(ctx);
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof LastHttpContent) {
            inRequest = false;
        }
        ctx.write(message, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        disarm();
        ctx.fireChannelInactive();
    }

    private void arm(ChannelHandlerContext ctx) {
        if (pending == null) {
            pending = ctx.executor().schedule(() -> {
                pending = null;
                ctx.close();
            }, deadlineNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void disarm() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
