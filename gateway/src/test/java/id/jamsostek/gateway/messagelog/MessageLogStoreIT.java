package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import reactor.test.StepVerifier;

/**
 * The message log's tables against PostgreSQL: chains appended all or nothing with their sealed payloads, heads,
 * anchors kept once, and the verification reads ({@link MessageLogReads}) over R2DBC and JDBC alike. Each test writes
 * chains of an instance id of its own, so the entries of the shared context's own writer never mix in.
 */
class MessageLogStoreIT extends GatewayIntegrationTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MessageLogStore store;

    private final String instance = "it-store-" + UUID.randomUUID();

    @Test
    void aChainWithoutEntriesHasItsGenesisAsHead() {
        StepVerifier.create(store.head(instance, NOVEMBER))
                .assertNext(head -> {
                    assertThat(head.seq()).isZero();
                    assertThat(head.hash()).isEqualTo(ChainEntry.GENESIS);
                })
                .verifyComplete();
    }

    @Test
    void appendsEntriesWithTheirPayloadsAndReadsThemBackInSeqOrderIntact() {
        List<MessageLogStore.Sequenced> chain = chain(instance, NOVEMBER, 3);

        StepVerifier.create(store.append(chain)).verifyComplete();

        StepVerifier.create(store.head(instance, NOVEMBER))
                .assertNext(head -> {
                    assertThat(head.seq()).isEqualTo(3);
                    assertThat(head.hash()).isEqualTo(chain.getLast().entry().entryHash());
                })
                .verifyComplete();
        List<LogVerification.Stored> stored = store.entries(new MessageLogReads(instance, NOVEMBER)).collectList()
                .block(PATIENCE);
        assertThat(stored).extracting(each -> each.entry().seq()).containsExactly(1L, 2L, 3L);
        assertThat(stored).allSatisfy(each -> assertThat(each.entry().intact()).isTrue());
        assertThat(stored.getFirst().entry().partner()).as("no partner is stored as none").isNull();
        assertThat(stored.get(1).entry().partner()).isEqualTo("it-bank-alpha");
        assertThat(stored.get(1).payload().keyId()).isEqualTo("it1");
        assertThat(stored.get(1).payload().request()).isEqualTo(chain.get(1).payload().request());
        assertThat(stored.get(1).payload().response()).isEqualTo(chain.get(1).payload().response());
    }

    @Test
    void aPaymentSizedPayloadStaysInItsRowInsteadOfGoingToTheToastTable() {
        MessageLogStore.Sequenced first = chain(instance, NOVEMBER, 1).getFirst();
        // sealed bytes do not compress: 1,300 each, about what a payment's request and answer come to
        MessageLogStore.Sequenced paymentSized = new MessageLogStore.Sequenced(first.entry(),
                new PayloadArchive.Sealed("it1", incompressible(1300), incompressible(1300)));
        StepVerifier.create(store.append(List.of(paymentSized))).verifyComplete();

        // a value moved out of its row is stored without the 4-byte header an inline one carries
        assertThat(TestDatabase.count("select count(*) from message_log_payload where instance_id = '" + instance
                + "' and pg_column_size(request) = octet_length(request) + 4"
                + " and pg_column_size(response) = octet_length(response) + 4")).isEqualTo(1);
    }

    private static byte[] incompressible(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aBatchWithASeqAnotherWriterTookWritesNothingOfIt() {
        List<MessageLogStore.Sequenced> chain = chain(instance, NOVEMBER, 3);
        StepVerifier.create(store.append(chain.subList(0, 2))).verifyComplete();

        StepVerifier.create(store.append(chain.subList(1, 3)))
                .expectError(DataIntegrityViolationException.class)
                .verify(PATIENCE);

        assertThat(store.entries(new MessageLogReads(instance, NOVEMBER)).collectList().block(PATIENCE))
                .as("seq 3 went with the batch that failed").extracting(each -> each.entry().seq())
                .containsExactly(1L, 2L);
    }

    @Test
    void keepsAnAnchorOnceAndReadsAnchorsChainByChainInSeqOrder() {
        List<MessageLogStore.Sequenced> chain = chain(instance, NOVEMBER, 2);
        StepVerifier.create(store.append(chain)).verifyComplete();
        Anchor second = anchor(chain.get(1).entry());
        Anchor first = anchor(chain.get(0).entry());

        StepVerifier.create(store.anchor(second).then(store.anchor(first)).then(store.anchor(second)))
                .verifyComplete();

        assertThat(store.anchors(new MessageLogReads(instance, null)).collectList().block(PATIENCE))
                .extracting(Anchor::seq).containsExactly(1L, 2L);
    }

    @Test
    void readsSelectAnInstanceAndAMonthAndJdbcReadsTheSameAsR2dbc() throws Exception {
        StepVerifier.create(store.append(chain(instance, DECEMBER, 2)).then(store.append(chain(instance, NOVEMBER, 1))))
                .verifyComplete();
        List<MessageLogStore.Sequenced> december = chain(instance, DECEMBER, 2);
        StepVerifier.create(store.anchor(anchor(december.get(1).entry()))
                        .then(store.anchor(anchor(chain(instance, NOVEMBER, 1).getFirst().entry()))))
                .verifyComplete();

        MessageLogReads everyMonth = new MessageLogReads(instance, null);
        MessageLogReads oneMonth = new MessageLogReads(instance, DECEMBER);
        assertThat(store.entries(everyMonth).collectList().block(PATIENCE))
                .extracting(each -> each.entry().month() + "#" + each.entry().seq())
                .containsExactly("2026-11#1", "2026-12#1", "2026-12#2");
        assertThat(store.entries(oneMonth).collectList().block(PATIENCE)).hasSize(2);

        List<Anchor> overR2dbc = store.anchors(everyMonth).collectList().block(PATIENCE);
        assertThat(overR2dbc).extracting(Anchor::month).containsExactly(NOVEMBER, DECEMBER);
        assertThat(overJdbc(everyMonth)).usingRecursiveFieldByFieldElementComparator().isEqualTo(overR2dbc);
        assertThat(overJdbc(oneMonth)).extracting(Anchor::seq).containsExactly(2L);
        assertThat(oneMonth.selects(overR2dbc.getFirst())).isFalse();
        assertThat(oneMonth.selects(overR2dbc.getLast())).isTrue();
    }

    /** The anchors as the verify command reads them, over JDBC. */
    private static List<Anchor> overJdbc(MessageLogReads reads) throws Exception {
        List<Anchor> anchors = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement statement = connection.prepareStatement(reads.anchorsSql(name -> "?"))) {
            int index = 1;
            for (Object value : reads.parameters().values()) {
                statement.setObject(index++, value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    anchors.add(MessageLogReads.anchor(rows::getObject));
                }
            }
        }
        return anchors;
    }

    /** Entries 1..n of a chain, linked and hashed as the writer makes them; the first without a partner. */
    private static List<MessageLogStore.Sequenced> chain(String instance, YearMonth month, int entries) {
        List<MessageLogStore.Sequenced> chain = new ArrayList<>();
        ChainHead head = ChainHead.genesis(instance, month);
        Instant at = Instant.parse("2026-11-22T03:00:00Z").truncatedTo(ChronoUnit.MICROS);
        for (int seq = 1; seq <= entries; seq++) {
            ChainEntry unhashed = new ChainEntry(instance, month, seq, at.plusMillis(seq),
                    seq == 1 ? null : "it-bank-alpha", "bank-va-payment", "POST", "/v1.0/transfer-va/payment", 200,
                    sha256("request " + seq), sha256("response " + seq), head.hash(), null);
            ChainEntry entry = new ChainEntry(instance, month, seq, unhashed.loggedAt(), unhashed.partner(),
                    unhashed.route(), unhashed.method(), unhashed.path(), unhashed.status(), unhashed.requestSha256(),
                    unhashed.responseSha256(), unhashed.prevHash(), unhashed.computeHash());
            chain.add(new MessageLogStore.Sequenced(entry, new PayloadArchive.Sealed("it1",
                    ("sealed request " + seq).getBytes(StandardCharsets.UTF_8),
                    ("sealed response " + seq).getBytes(StandardCharsets.UTF_8))));
            head = ChainHead.of(entry);
        }
        return chain;
    }

    private static Anchor anchor(ChainEntry entry) {
        return new Anchor(entry.instance(), entry.month(), entry.seq(), entry.entryHash(),
                Instant.parse("2026-11-22T03:05:00Z"), "anchor-key-1", sha256("signature " + entry.seq()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
