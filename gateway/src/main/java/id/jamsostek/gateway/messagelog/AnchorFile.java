package id.jamsostek.gateway.messagelog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Appends each anchor as a line ({@link ExternalAnchors}) to a file, synced to disk before the write completes. The
 * file is only ever opened to append; put it on a volume the database's administrators cannot write, made
 * append-only ({@code chattr +a}) or shipped on (WORM storage, a log collector). Several instances may share a file:
 * each line is one append.
 */
final class AnchorFile implements AnchorSink {

    private final Path path;

    AnchorFile(Path path) {
        this.path = path.toAbsolutePath();
        try {
            if (this.path.getParent() != null) {
                Files.createDirectories(this.path.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the message log's anchor file " + this.path + " cannot be made", e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public Mono<Void> write(Anchor anchor) {
        byte[] line = (ExternalAnchors.line(anchor) + "\n").getBytes(StandardCharsets.UTF_8);
        return Mono.<Void>fromRunnable(() -> append(line)).subscribeOn(Schedulers.boundedElastic());
    }

    private synchronized void append(byte[] line) {
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(line);
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
            file.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append an anchor to " + path, e);
        }
    }

    @Override
    public String toString() {
        return "file " + path;
    }
}
