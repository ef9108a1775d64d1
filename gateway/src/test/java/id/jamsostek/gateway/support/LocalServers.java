package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Servers on the loopback interface for the tests: whether one answers on a port, a port nobody uses, and stopping
 * what the tests started when their JVM exits.
 */
final class LocalServers {

    static final String HOST = "127.0.0.1";

    private LocalServers() {}

    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException nobody) {
            return false;
        }
    }

    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Stop {
        void stop() throws IOException;
    }

    static void stopAtExit(String what, Stop stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop.stop();
            } catch (IOException e) {
                System.err.println("tests: " + what + " did not stop: " + e.getMessage());
            }
        }, "stop " + what));
    }
}
