package id.jamsostek.gateway.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain socket to the gateway, for clients no HTTP library would be: slow, silent, or never finishing a body. */
final class RawConnection implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Socket socket;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean closedByServer;

    private RawConnection(Socket socket) {
        this.socket = socket;
    }

    static RawConnection to(int port) {
        try {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            return new RawConnection(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends more of a body, as a slow client would, whether or not the server still listens. */
    void trickle(String text) {
        try {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException closedAlready) {
            closedByServer = true;
        }
    }

    /** The first line of the answer, waiting for it up to the test's patience. */
    String statusLine() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!received.toString(StandardCharsets.ISO_8859_1).contains("\r\n") && !closedByServer
                && System.nanoTime() < deadline) {
            readFor(Duration.ofMillis(200));
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        return end < 0 ? text : text.substring(0, end);
    }

    /** Whether the server closed the connection (end of stream or reset) within the time given. */
    boolean closedByServerWithin(Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        while (!closedByServer && System.nanoTime() < deadline) {
            readFor(Duration.ofMillis(Math.max(1, Math.min(200, (deadline - System.nanoTime()) / 1_000_000))));
        }
        return closedByServer;
    }

    private void readFor(Duration wait) {
        try {
            socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int read = in.read(buffer);
            if (read < 0) {
                closedByServer = true;
            } else {
                received.write(buffer, 0, read);
            }
        } catch (SocketTimeoutException stillOpen) {
            // nothing yet: the caller's deadline decides
        } catch (SocketException reset) {
            closedByServer = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test's own socket
        }
    }
}
