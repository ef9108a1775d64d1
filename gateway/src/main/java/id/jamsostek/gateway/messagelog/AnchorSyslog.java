package id.jamsostek.gateway.messagelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends each anchor to a syslog collector as an RFC 5424 message over UDP (facility local0, severity notice, MSGID
 * {@code anchor}), its text the anchor's line ({@link ExternalAnchors}). The collector, run by other people on
 * another host, keeps the copy; UDP may lose a message, which only leaves that anchor out of the external record.
 */
final class AnchorSyslog implements AnchorSink {

    /** local0 (16) * 8 + notice (5). */
    private static final int PRIORITY = 133;

    private final InetSocketAddress collector;
    private final String host;

    /** @param collector {@code host:port} */
    AnchorSyslog(String collector, String host) {
        int colon = collector.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("gateway.message-log.anchor-syslog is host:port, not " + collector);
        }
        try {
            this.collector = new InetSocketAddress(collector.substring(0, colon),
                    Integer.parseInt(collector.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.message-log.anchor-syslog is host:port, not " + collector, e);
        }
        this.host = host;
    }

    @Override
    public Mono<Void> write(Anchor anchor) {
        byte[] message = message(anchor, Instant.now()).getBytes(StandardCharsets.UTF_8);
        return Mono.<Void>fromRunnable(() -> send(message)).subscribeOn(Schedulers.boundedElastic());
    }

    String message(Anchor anchor, Instant now) {
        return "<" + PRIORITY + ">1 " + now + " " + host + " jamsostek-gateway - anchor - "
                + ExternalAnchors.line(anchor);
    }

    private void send(byte[] message) {
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.send(ByteBuffer.wrap(message), collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send an anchor to syslog at " + collector, e);
        }
    }

    @Override
    public String toString() {
        return "syslog udp://" + collector.getHostString() + ":" + collector.getPort();
    }
}
