package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sinks outside the database: what they write reads back as the same anchors. */
class AnchorSinksTest {

    private static final Anchor ANCHOR = new Anchor("gw-1", YearMonth.of(2026, 11), 42, new byte[32],
            Instant.parse("2026-11-22T03:00:00.123456Z"), "0011223344556677", new byte[] {1, 2, 3});

    @Test
    void theFileGetsOneLinePerAnchorAppendedToWhatIsThere(@TempDir Path directory) throws Exception {
        Path path = directory.resolve("sub/anchors.jsonl");
        AnchorFile file = new AnchorFile(path);
        file.write(ANCHOR).block();
        new AnchorFile(path).write(new Anchor("gw-1", ANCHOR.month(), 43, new byte[32], ANCHOR.anchoredAt(),
                ANCHOR.keyId(), ANCHOR.signature())).block();

        assertThat(Files.readAllLines(path)).hasSize(2);
        assertThat(ExternalAnchors.read(List.of(path), any -> true)).extracting(Anchor::seq).containsExactly(42L, 43L);
        assertThat(ExternalAnchors.read(List.of(path), any -> true).getFirst().signedBytes())
                .isEqualTo(ANCHOR.signedBytes());
    }

    @Test
    void syslogGetsAnRfc5424MessageWhoseTextIsTheAnchorLine() throws Exception {
        try (DatagramSocket collector = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            collector.setSoTimeout(10_000);
            new AnchorSyslog("127.0.0.1:" + collector.getLocalPort(), "gw-1").write(ANCHOR).block();

            DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
            collector.receive(packet);
            String message = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertThat(message).startsWith("<133>1 ").contains(" gw-1 jamsostek-gateway - anchor - {");
            assertThat(ExternalAnchors.parse(message).signedBytes()).isEqualTo(ANCHOR.signedBytes());
        }
    }
}
