package id.jamsostek.gateway.edge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a client may take to send its request; past a deadline the server closes the connection, it does not
 * wait for the client. Idle keep-alive connections close after {@code server.netty.idle-timeout}.
 *
 * @param headers      from the connection's start, or the first byte of a further request on it, until its request
 *                     line and headers are complete
 * @param body         from the headers until the last byte of the body
 * @param bodyReadGap  the longest pause between two reads of a body: a body trickled byte by byte is cut long before
 *                     its whole deadline
 * @param linger       how long a connection the server closes still reads and drops what the client sends, after
 *                     the server's side is closed: the client reads its last answer instead of a reset
 */
@ConfigurationProperties("gateway.edge.read-deadlines")
public record ReadDeadlines(@DefaultValue("10s") Duration headers, @DefaultValue("30s") Duration body,
        @DefaultValue("5s") Duration bodyReadGap, @DefaultValue("2s") Duration linger) {}
