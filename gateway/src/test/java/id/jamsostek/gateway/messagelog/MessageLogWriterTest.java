package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.secrets.SecretsConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DataIntegrityViolationException;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The writer's batches, links and releases, with the store's answers scripted. */
class MessageLogWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    private final MessageLogStore store = mock(MessageLogStore.class);
    private final PayloadArchive archive = new PayloadArchive(SecretsConfiguration.archiveKeys(
            "t1:" + Base64.getEncoder().encodeToString("unit-test-archive-key-32-bytes!!".getBytes()), false));
    private final MessageLogWriter writer = new MessageLogWriter(store, archive, Clock.fixed(NOW, ZoneOffset.UTC),
            new MessageLogSettings(true, "gw-1", 256, Duration.ofSeconds(2), Duration.ofMinutes(1), Period.ofYears(10),
                    Duration.ofHours(1), Set.of(), "", "", Map.of(), ""));

    /** Runs what it is given and counts it: stands in for a connection's event loop. */
    private static final class Loop implements Executor {
        final AtomicInteger ran = new AtomicInteger();

        @Override
        public void execute(Runnable command) {
            ran.incrementAndGet();
            command.run();
        }
    }

    private static Captured exchange(int n) {
        byte[] request = ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
        byte[] response = "{}".getBytes(StandardCharsets.UTF_8);
        return Captured.of(NOW, "bank-a", "snap-va-inquiry", "POST", "/v1.0/transfer-va/inquiry",
                "/v1.0/transfer-va/inquiry", 200, "127.0.0.1", Map.of(), (long) request.length, request,
                ArchivedBody.whole(request), Map.of(), response, ArchivedBody.whole(response));
    }

    @Test
    void releasesEachResponseOnItsOwnLoopOnceItsEntryIsCommitted() {
        when(store.head("gw-1", MONTH)).thenReturn(Mono.just(ChainHead.genesis("gw-1", MONTH)));
        when(store.append(anyList())).thenReturn(Mono.empty());
        Loop first = new Loop();
        Loop second = new Loop();

        StepVerifier.create(writer.append(exchange(1), first)).verifyComplete();
        StepVerifier.create(writer.append(exchange(2), second)).verifyComplete();

        assertThat(first.ran).hasValue(1);
        assertThat(second.ran).hasValue(1);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<MessageLogStore.Sequenced>> batches = ArgumentCaptor.forClass(List.class);
        verify(store, times(2)).append(batches.capture());
        ChainEntry one = batches.getAllValues().get(0).getFirst().entry();
        ChainEntry two = batches.getAllValues().get(1).getFirst().entry();
        assertThat(one.seq()).isEqualTo(1);
        assertThat(two.seq()).isEqualTo(2);
        assertThat(two.prevHash()).as("the second links to the first").isEqualTo(one.entryHash());
        verify(store, times(1)).head("gw-1", MONTH); // the head is read once, then kept
        assertThat(writer.committedHeads()).containsExactly(ChainHead.of(two));
    }

    @Test
    void aSeqTakenByAnotherWriterIsSequencedAgainOnTheHeadInTheDatabase() {
        ChainHead theirs = new ChainHead("gw-1", MONTH, 7, new byte[32]);
        when(store.head("gw-1", MONTH)).thenReturn(Mono.just(ChainHead.genesis("gw-1", MONTH)), Mono.just(theirs));
        List<Long> tried = new ArrayList<>();
        when(store.append(anyList())).thenAnswer(call -> {
            List<MessageLogStore.Sequenced> rows = call.getArgument(0);
            tried.add(rows.getFirst().entry().seq());
            return tried.size() == 1 ? Mono.error(new DataIntegrityViolationException("duplicate key"))
                    : Mono.empty();
        });

        StepVerifier.create(writer.append(exchange(1), new Loop())).verifyComplete();

        assertThat(tried).containsExactly(1L, 8L);
    }

    @Test
    void aBatchThatCannotBeWrittenStillReleasesItsResponsesAndTheNextReadsTheHeadAgain() {
        when(store.head("gw-1", MONTH)).thenReturn(Mono.just(ChainHead.genesis("gw-1", MONTH)));
        when(store.append(anyList())).thenReturn(Mono.error(new IllegalStateException("database down")),
                Mono.empty());
        Loop loop = new Loop();

        StepVerifier.create(writer.append(exchange(1), loop)).verifyComplete();
        StepVerifier.create(writer.append(exchange(2), loop)).verifyComplete();

        assertThat(loop.ran).hasValue(2);
        verify(store, times(2)).head("gw-1", MONTH);
        assertThat(writer.committedHeads()).singleElement().extracting(ChainHead::seq).isEqualTo(1L);
    }
}
