package id.jamsostek.gateway.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.secrets.SecretsConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chain, its canonical hashes, anchor signatures and the verification, without a database. */
class MessageLogChainTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final Instant AT = Instant.parse("2026-11-22T03:00:00.123456789Z");
    private static final String KEY = Base64.getEncoder().encodeToString(rsaPrivateKey());

    private final AnchorKeys keys = AnchorKeys.resolve(KEY, null, false);
    private final PayloadArchive archive = new PayloadArchive(SecretsConfiguration.archiveKeys(
            "t1:" + Base64.getEncoder().encodeToString("unit-test-archive-key-32-bytes!!".getBytes()), false));

    private static Captured exchange(int status, String body) {
        byte[] request = body.getBytes(StandardCharsets.UTF_8);
        byte[] response = "{}".getBytes(StandardCharsets.UTF_8);
        return Captured.of(AT, "bank-a", "snap-va-inquiry", "POST", "/v1.0/transfer-va/inquiry",
                "/v1.0/transfer-va/inquiry", status, "127.0.0.1", Map.of("x-external-id", List.of("1")),
                (long) request.length, request, ArchivedBody.whole(request), Map.of(), response, ArchivedBody.whole(response));
    }

    private List<LogVerification.Stored> chain(int length) {
        List<LogVerification.Stored> stored = new ArrayList<>();
        ChainHead head = ChainHead.genesis("gw-1", MONTH);
        for (int i = 0; i < length; i++) {
            Captured captured = exchange(200, "{\"n\":" + i + "}");
            ChainEntry entry = head.next(captured, AT.plusSeconds(i));
            stored.add(new LogVerification.Stored(entry, archive.seal(entry, captured)));
            head = ChainHead.of(entry);
        }
        return stored;
    }

    private LogVerification.Report verify(List<LogVerification.Stored> stored, List<Anchor> anchors) {
        return verify(stored, anchors, List.of());
    }

    private LogVerification.Report verify(List<LogVerification.Stored> stored, List<Anchor> anchors,
            List<Anchor> external) {
        LogVerification verification = new LogVerification(keys, archive, anchors, external);
        stored.forEach(verification::accept);
        return verification.finish();
    }

    private Anchor anchorAt(LogVerification.Stored stored) {
        return keys.sign(ChainHead.of(stored.entry()), AT);
    }

    @Test
    void theFirstEntryLinksToGenesisAndEachNextToTheOneBefore() {
        List<LogVerification.Stored> stored = chain(3);
        assertThat(stored.get(0).entry().seq()).isEqualTo(1);
        assertThat(stored.get(0).entry().prevHash()).isEqualTo(new byte[32]);
        assertThat(stored.get(2).entry().prevHash()).isEqualTo(stored.get(1).entry().entryHash());
        assertThat(stored).allMatch(entry -> entry.entry().intact());
        assertThat(stored.get(0).entry().loggedAt()).isEqualTo(Instant.parse("2026-11-22T03:00:00.123456Z"));
    }

    @Test
    void everyFieldIsCoveredByTheHash() {
        ChainEntry entry = chain(1).getFirst().entry();
        List<ChainEntry> edited = List.of(
                new ChainEntry("gw-2", entry.month(), entry.seq(), entry.loggedAt(), entry.partner(), entry.route(),
                        entry.method(), entry.path(), entry.status(), entry.requestSha256(), entry.responseSha256(),
                        entry.prevHash(), entry.entryHash()),
                new ChainEntry(entry.instance(), entry.month(), entry.seq(), entry.loggedAt(), null, entry.route(),
                        entry.method(), entry.path(), entry.status(), entry.requestSha256(), entry.responseSha256(),
                        entry.prevHash(), entry.entryHash()),
                new ChainEntry(entry.instance(), entry.month(), entry.seq(), entry.loggedAt(), entry.partner(),
                        entry.route(), entry.method(), entry.path(), 401, entry.requestSha256(),
                        entry.responseSha256(), entry.prevHash(), entry.entryHash()),
                // bytes moved from one field into its neighbour still make another encoding
                new ChainEntry(entry.instance(), entry.month(), entry.seq(), entry.loggedAt(), entry.partner(),
                        entry.route() + "P", "OST", entry.path(), entry.status(), entry.requestSha256(),
                        entry.responseSha256(), entry.prevHash(), entry.entryHash()));
        assertThat(edited).noneMatch(ChainEntry::intact);
    }

    @Test
    void aWholeChainWithItsAnchorVerifies() {
        List<LogVerification.Stored> stored = chain(4);
        LogVerification.Report report = verify(stored, List.of(anchorAt(stored.get(3))));
        assertThat(report.ok()).as(report.text()).isTrue();
        assertThat(report.text()).contains("OK      gw-1 2026-11  entries 4 (last seq 4)  anchors 1 (last at seq 4)");
    }

    @Test
    void aDeletedEntryARewrittenOneAndACutTailAreEachNamed() {
        List<LogVerification.Stored> stored = chain(5);
        Anchor anchor = anchorAt(stored.get(4));
        List<LogVerification.Stored> tampered = new ArrayList<>(stored);
        tampered.remove(4);                        // the tail after the anchor's head
        tampered.remove(1);                        // seq 2
        ChainEntry third = stored.get(2).entry();  // seq 3, rewritten with a fresh hash
        ChainEntry rewritten = new ChainEntry(third.instance(), third.month(), third.seq(), third.loggedAt(),
                "bank-b", third.route(), third.method(), third.path(), third.status(), third.requestSha256(),
                third.responseSha256(), third.prevHash(), null);
        rewritten = new ChainEntry(third.instance(), third.month(), third.seq(), third.loggedAt(), "bank-b",
                third.route(), third.method(), third.path(), third.status(), third.requestSha256(),
                third.responseSha256(), third.prevHash(), rewritten.computeHash());
        tampered.set(1, new LogVerification.Stored(rewritten, stored.get(2).payload()));

        assertThat(verify(tampered, List.of(anchor)).chains().getFirst().breaks()).containsExactly(
                "seq 2 missing (deleted)",
                "seq 4 does not link to seq 3 (one of them was rewritten with a new hash)",
                "tail cut: the chain ends at seq 4 but anchor at seq 5 (" + anchor.anchoredAt()
                        + ") signed it up to there");
    }

    @Test
    void aPayloadMovedToAnotherEntryDoesNotOpen() {
        List<LogVerification.Stored> stored = new ArrayList<>(chain(2));
        stored.set(1, new LogVerification.Stored(stored.get(1).entry(), stored.get(0).payload()));
        assertThat(verify(stored, List.of()).chains().getFirst().breaks()).containsExactly(
                "seq 2: archived payload does not open (altered, moved, or sealed with a key not configured)");
    }

    @Test
    void anAnchorWithAnotherHashOrAForeignKeyIsABreak() {
        List<LogVerification.Stored> stored = chain(2);
        Anchor good = anchorAt(stored.get(1));
        Anchor forged = new Anchor(good.instance(), good.month(), good.seq(), stored.get(0).entry().entryHash(),
                good.anchoredAt(), good.keyId(), good.signature());
        Anchor foreign = AnchorKeys.resolve(Base64.getEncoder().encodeToString(rsaPrivateKey()), null, false)
                .sign(ChainHead.of(stored.get(1).entry()), AT);

        assertThat(keys.problemWith(good)).isNull();
        assertThat(keys.problemWith(forged)).isEqualTo("signature does not verify");
        assertThat(keys.problemWith(foreign)).contains("not among the verification keys");
        // an auditor with the public key only verifies as well
        AnchorKeys publicOnly = AnchorKeys.resolve(null, keys.publicKeysPem(), false);
        assertThat(publicOnly.canSign()).isFalse();
        assertThat(publicOnly.problemWith(good)).isNull();
    }

    @Test
    void aTailCutTogetherWithItsAnchorsVerifiesWithoutTheExternalRecordAndFailsWithIt() {
        List<LogVerification.Stored> stored = chain(5);
        Anchor third = anchorAt(stored.get(2));
        Anchor fifth = anchorAt(stored.get(4));
        List<LogVerification.Stored> cut = stored.subList(0, 3);

        assertThat(verify(cut, List.of(third)).ok()).isTrue(); // what the database alone says
        LogVerification.Report report = verify(cut, List.of(third), List.of(third, fifth));
        assertThat(report.ok()).isFalse();
        assertThat(report.chains().getFirst().breaks()).containsExactly(
                "stopped early: seq 4..5 missing after seq 3, which the external anchor at seq 5 (" + AT.truncatedTo(
                        java.time.temporal.ChronoUnit.MICROS) + ") signed",
                "1 anchor(s) missing from the database that the external record holds: seq 5");
        assertThat(report.text()).contains("anchors 1 (last at seq 3)  external 2 (last at seq 5)");
    }

    @Test
    void aChainDeletedWholeIsNamedByItsExternalAnchors() {
        List<LogVerification.Stored> stored = chain(2);
        LogVerification.Report report = verify(List.of(), List.of(), List.of(anchorAt(stored.get(1))));
        assertThat(report.chains()).singleElement().satisfies(chain -> {
            assertThat(chain.instance()).isEqualTo("gw-1");
            assertThat(chain.breaks()).first().asString()
                    .startsWith("stopped early: seq 1..2 missing after the chain's start");
        });
    }

    @Test
    void externalAnchorsThatMatchTheStoredOnesAddNoBreakAndAForgedOneIsNamed() {
        List<LogVerification.Stored> stored = chain(4);
        Anchor second = anchorAt(stored.get(1));
        Anchor fourth = anchorAt(stored.get(3));
        assertThat(verify(stored, List.of(second, fourth), List.of(second, fourth)).ok()).isTrue();

        Anchor forged = new Anchor(fourth.instance(), fourth.month(), 9, fourth.entryHash(), fourth.anchoredAt(),
                fourth.keyId(), fourth.signature());
        assertThat(verify(stored, List.of(second, fourth), List.of(second, forged)).chains().getFirst().breaks())
                .containsExactly("external anchor at seq 9 (" + forged.anchoredAt() + "): signature does not verify");
    }

    @Test
    void anAnchorLineReadsBackWithOrWithoutASyslogPrefix() throws Exception {
        Anchor anchor = anchorAt(chain(1).getFirst());
        String line = ExternalAnchors.line(anchor);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("anchors", ".jsonl");
        java.nio.file.Files.writeString(file, line + "\n" + "<133>1 2026-11-22T03:00:00Z gw-1 jamsostek-gateway - anchor - "
                + line + "\nsome other message\n" + line.substring(0, 40));

        List<Anchor> read = ExternalAnchors.read(List.of(file), any -> true);
        assertThat(read).hasSize(2).allSatisfy(back -> {
            assertThat(back.signedBytes()).isEqualTo(anchor.signedBytes());
            assertThat(keys.problemWith(back)).isNull();
        });
        assertThat(ExternalAnchors.read(List.of(file), other -> other.seq() == 2)).isEmpty();
        java.nio.file.Files.writeString(file, line.substring(0, 40) + "\n" + line + "\n");
        assertThatThrownBy(() -> ExternalAnchors.read(List.of(file), any -> true))
                .hasMessageContaining("line 1: not an anchor");
    }

    @Test
    void theDemoKeyIsRefusedOutsideTheDemoProfile() {
        assertThatThrownBy(() -> AnchorKeys.resolve(DemoCredentials.SNAP_PRIVATE_KEY, null, false))
                .hasMessageContaining("published demo key");
        assertThat(AnchorKeys.resolve(null, null, true).canSign()).isTrue();
        assertThat(AnchorKeys.resolve(null, null, false).canSign()).isFalse();
    }

    private static byte[] rsaPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate().getEncoded();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
