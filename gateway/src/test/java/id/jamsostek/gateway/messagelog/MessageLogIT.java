package id.jamsostek.gateway.messagelog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.operator.Role;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestVillage;
import id.jamsostek.gateway.support.VillageClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real requests through the edge land in this context's own chain (an instance id of its own), which verifies
 * whole; then each kind of tampering, done in SQL, is reported at its place. Each test restores the chain after it.
 */
class MessageLogIT extends GatewayIntegrationTest {

    private static final String INSTANCE = "it-msglog-" + UUID.randomUUID();
    private static final String CUSTOMER = "12345678901234567890";

    @DynamicPropertySource
    static void ownChain(DynamicPropertyRegistry registry) {
        registry.add("gateway.message-log.instance-id", () -> INSTANCE);
    }

    @Autowired
    MessageLogVerifier verifier;

    @Autowired
    MessageLogAnchoring anchoring;

    @Autowired
    MessageLogPurge purge;

    @Autowired
    PayloadArchive archive;

    @Autowired
    MessageLogStore store;

    private YearMonth month;

    @BeforeEach
    void traffic() throws SQLException {
        core.resetAll();
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).willReturn(okJson(CoreFixtures.bill("UNPAID"))));
        core.stubFor(get(urlPathEqualTo("/core/v1/coverage")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.example("CoverageCounts/valid/district-two-villages.json"))));
        BankClient bank = bank(TestBank.ALPHA);
        // warm-up: the first core call of a cold context on a loaded machine may outlast the core's 1 s budget
        bank.inquiry(bank.inquiryBody(CUSTOMER), bank.token()).expectBody().returnResult();
        String token = bank.token();
        bank.inquiry(bank.inquiryBody(CUSTOMER), token).expectStatus().isOk();
        bank.inquiry(bank.inquiryBody(CUSTOMER), "not-a-token").expectStatus().isUnauthorized();
        web.get().uri("/village/v1/coverage?region=3603012001")
                .header("Authorization", "Bearer " + new VillageClient(web, TestVillage.SAGA).token())
                .exchange().expectStatus().isOk();
        anchoring.anchorNow().block();
        month = MessageLogWriter.monthOf(java.time.Instant.now());
        execute("drop table if exists backup_entries, backup_payloads, backup_anchors");
        execute("create table backup_entries as select * from message_log where instance_id = '" + INSTANCE + "'");
        execute("create table backup_payloads as select * from message_log_payload where instance_id = '"
                + INSTANCE + "'");
        execute("create table backup_anchors as select * from message_log_anchor where instance_id = '"
                + INSTANCE + "'");
    }

    /** Puts back the rows the test tampered with; entries the test itself appended stay, as their chain needs. */
    @AfterEach
    void restore() throws SQLException {
        for (String[] tables : new String[][] {{"message_log", "backup_entries"},
                {"message_log_payload", "backup_payloads"}, {"message_log_anchor", "backup_anchors"}}) {
            execute("delete from " + tables[0] + " t using " + tables[1] + " b where t.instance_id = b.instance_id"
                    + " and t.month = b.month and t.seq = b.seq");
            execute("insert into " + tables[0] + " select * from " + tables[1]);
        }
        execute("drop table backup_entries, backup_payloads, backup_anchors");
    }

    @Test
    void recordsEveryExchangeWithItsPartnerRouteAndStatusAndVerifiesWhole() throws SQLException {
        List<String> rows = rows("select route_id || ' ' || coalesce(partner_id, '-') || ' ' || status "
                + "from message_log where instance_id = '" + INSTANCE + "' order by seq desc limit 5");
        assertThat(rows).containsExactly(
                "village-coverage " + TestVillage.SAGA.id() + " 200",
                "/oauth2/token " + TestVillage.SAGA.id() + " 200",
                "snap-va-inquiry - 401",
                "snap-va-inquiry " + TestBank.ALPHA.id() + " 200",
                "snap-access-token " + TestBank.ALPHA.id() + " 200");

        LogVerification.Report report = verifier.verify(INSTANCE, month).block();
        assertThat(report.ok()).as(report.text()).isTrue();
        assertThat(report.chains()).singleElement().satisfies(chain -> {
            assertThat(chain.lastAnchoredSeq()).isEqualTo(chain.lastSeq());
            assertThat(chain.unanchoredFrom()).isZero();
        });
    }

    @Test
    void recordsNothingOfTheManagementPort() throws SQLException {
        long before = lastSeq();
        management().get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/no/such/route").exchange().expectStatus().isNotFound();

        assertThat(rows("select route_id || ' ' || status from message_log where instance_id = '" + INSTANCE
                + "' and seq > " + before)).containsExactly("- 404");
    }

    @Test
    void archivesPayloadsWithoutCredentials() throws SQLException {
        List<LogVerification.Stored> stored = store.entries(new MessageLogReads(INSTANCE, month))
                .collectList().block();
        LogVerification.Stored inquiry = stored.stream()
                .filter(entry -> entry.entry().route().equals("snap-va-inquiry") && entry.entry().status() == 200)
                .reduce((first, second) -> second).orElseThrow();
        PayloadArchive.ArchivedRequest request = archive.openRequest(inquiry.entry(), inquiry.payload());
        assertThat(request.headers()).doesNotContainKey("authorization").containsKey("x-signature");
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains(CUSTOMER);
        assertThat(request.clientAddress()).isEqualTo("127.0.0.1");
        assertThat(request.readSize()).isEqualTo(request.body().length).isEqualTo(request.declaredSize());
        assertThat(request.bodyOmitted()).isNull();
        assertThat(request.target()).isEqualTo("/v1.0/transfer-va/inquiry");
        LogVerification.Stored token = stored.stream()
                .filter(entry -> entry.entry().route().equals("/oauth2/token"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(archive.openRequest(token.entry(), token.payload()).body()).isNull(); // it held the secret
        assertThat(archive.openResponse(token.entry(), token.payload()).body()).isNull(); // and the token
        // what is stored is not the plaintext
        assertThat(new String(inquiry.payload().request(), StandardCharsets.ISO_8859_1)).doesNotContain(CUSTOMER);
    }

    @Test
    void noClientSecretGivenOrIssuedThroughTheAdminApiEntersTheArchive() throws SQLException {
        PartnerAdminClient partners = new PartnerAdminClient(internal());
        long before = lastSeq();
        String given = "given-bank-secret-" + UUID.randomUUID();
        Map<String, Object> bankBody = new java.util.LinkedHashMap<>(PartnerAdminClient.bankBody(
                PartnerAdminClient.unique("bank-r"), PartnerAdminClient.rsaKeys()));
        bankBody.put("clientSecret", given);
        partners.registered("banks", bankBody);
        String village = PartnerAdminClient.unique("village-r");
        String issued = partners.registered("villages", PartnerAdminClient.villageBody(village))
                .get("clientSecret").asString();
        String payerIssued = partners.registered("payers", PartnerAdminClient.payerBody(
                PartnerAdminClient.unique("donor-r"), "DONOR", PartnerAdminClient.unique("CSR-R-")))
                .get("clientSecret").asString();
        String rotated = PartnerAdminClient.json(partners.act(village, "credentials/rotate", Map.of("overlap", "1h"))
                .expectStatus().isOk()).get("clientSecret").asString();
        String rotatedBank = PartnerAdminClient.json(partners.act((String) bankBody.get("id"), "credentials/rotate",
                null).expectStatus().isOk()).get("clientSecret").asString();

        List<LogVerification.Stored> admin = store.entries(new MessageLogReads(INSTANCE, month)).collectList().block()
                .stream().filter(stored -> stored.entry().seq() > before).toList();
        assertThat(admin).extracting(stored -> stored.entry().route()).contains("/admin/v1/partners/banks",
                "/admin/v1/partners/villages", "/admin/v1/partners/payers",
                "/admin/v1/partners/{id}/credentials/rotate");
        for (LogVerification.Stored stored : admin) {
            PayloadArchive.ArchivedRequest request = archive.openRequest(stored.entry(), stored.payload());
            PayloadArchive.ArchivedResponse response = archive.openResponse(stored.entry(), stored.payload());
            String documents = new String(PayloadArchive.document(request), StandardCharsets.UTF_8)
                    + new String(PayloadArchive.document(response), StandardCharsets.UTF_8)
                    + new String(request.body() == null ? new byte[0] : request.body(), StandardCharsets.UTF_8)
                    + new String(response.body() == null ? new byte[0] : response.body(), StandardCharsets.UTF_8);
            assertThat(documents).as(stored.entry().route()).doesNotContain(given, issued, payerIssued, rotated,
                    rotatedBank);
        }
        LogVerification.Stored bank = admin.stream()
                .filter(stored -> stored.entry().route().equals("/admin/v1/partners/banks")).findFirst().orElseThrow();
        PayloadArchive.ArchivedRequest registration = archive.openRequest(bank.entry(), bank.payload());
        assertThat(registration.redacted()).containsExactly("/clientSecret");
        assertThat(new String(registration.body(), StandardCharsets.UTF_8))
                .contains("\"clientSecret\":\"[redacted]\"", (String) bankBody.get("clientKey"));
        // the redacted bodies still verify: their seals hold, their digests are of what was sent
        LogVerification.Report report = verifier.verify(INSTANCE, month).block();
        assertThat(report.ok()).as(report.text()).isTrue();
    }

    @Test
    void keepsOnlyTheAttemptOfARequestThatDidNotAuthenticateNotItsBody() throws SQLException {
        long before = lastSeq();
        byte[] enrollment = "{\"nik\":\"3603014101900001\",\"fullName\":\"A Stranger\"}"
                .getBytes(StandardCharsets.UTF_8);
        web.post().uri("/village/v1/enrollments").header("Authorization", "Bearer not-a-token")
                .header("Content-Type", "application/json").bodyValue(enrollment)
                .exchange().expectStatus().isUnauthorized();
        BankClient bank = bank(TestBank.ALPHA);
        byte[] payment = bank.paymentBody(CUSTOMER, "pr-" + UUID.randomUUID().toString().substring(0, 8),
                "16800.00", "N").getBytes(StandardCharsets.UTF_8);
        bank.payment(new String(payment, StandardCharsets.UTF_8), bank.token(), transaction -> transaction.signature =
                java.util.Base64.getEncoder().encodeToString(new byte[64])).expectStatus().isUnauthorized();

        List<LogVerification.Stored> after = store.entries(new MessageLogReads(INSTANCE, month)).collectList().block()
                .stream().filter(stored -> stored.entry().seq() > before).toList();
        Map<String, byte[]> sent = Map.of("village-enrollments", enrollment, "snap-va-payment", payment);
        sent.forEach((route, body) -> {
            LogVerification.Stored attempt = after.stream()
                    .filter(stored -> stored.entry().route().equals(route)).findFirst().orElseThrow();
            assertThat(attempt.entry().status()).isEqualTo(401);
            assertThat(attempt.entry().partner()).isNull();
            PayloadArchive.ArchivedRequest request = archive.openRequest(attempt.entry(), attempt.payload());
            assertThat(request.body()).as(route).isNull();
            assertThat(request.bodyOmitted()).isEqualTo("unauthenticated");
            assertThat(request.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(request.declaredSize()).isEqualTo(body.length);
            // read whole, or not at all where authentication comes before the body: the digest is of what was read
            assertThat(request.readSize()).isIn(0L, (long) body.length);
            assertThat(attempt.entry().requestSha256()).isEqualTo(Canonical.sha256(
                    request.readSize() == 0 ? new byte[0] : body));
            assertThat(new String(PayloadArchive.document(request), StandardCharsets.UTF_8))
                    .doesNotContain("3603014101900001", CUSTOMER);
        });
    }

    @Test
    void reportsAnEditedStatusAtItsSeq() throws SQLException {
        long seq = lastSeq() - 2;
        execute("update message_log set status = 200 where instance_id = '" + INSTANCE + "' and month = '" + month
                + "' and seq = " + seq);

        assertThat(breaks()).contains("seq " + seq + " altered: its fields no longer make its hash");
    }

    @Test
    void reportsADeletedMiddleEntry() throws SQLException {
        long seq = lastSeq() - 2;
        execute("delete from message_log where instance_id = '" + INSTANCE + "' and month = '" + month
                + "' and seq = " + seq);

        assertThat(breaks()).contains("seq " + seq + " missing (deleted)");
    }

    @Test
    void reportsATailCutAfterAnAnchor() throws SQLException {
        long last = lastSeq();
        execute("delete from message_log where instance_id = '" + INSTANCE + "' and month = '" + month
                + "' and seq > " + (last - 2));

        assertThat(breaks()).anySatisfy(line -> assertThat(line)
                .startsWith("tail cut: the chain ends at seq " + (last - 2) + " but anchor at seq " + last));
    }

    @Test
    void aTailCutTogetherWithItsAnchorsFailsVerificationAgainstTheAnchorFileNamingTheGap() throws SQLException {
        long last = lastSeq(); // anchored just now: in the database and in the anchor file
        String tail = "instance_id = '" + INSTANCE + "' and month = '" + month + "' and seq > " + (last - 2);
        for (String table : new String[] {"message_log_payload", "message_log", "message_log_anchor"}) {
            execute("delete from " + table + " where " + tail);
        }
        Map<String, String> env = Map.of("GATEWAY_DB_JDBC_URL", TestDatabase.jdbcUrl(),
                "GATEWAY_SECRETS_MESSAGE_LOG_KEY", GatewayTestProperties.TEST_MESSAGE_LOG_KEY,
                "GATEWAY_SECRETS_ARCHIVE_KEYS", GatewayTestProperties.TEST_ARCHIVE_KEYS);
        String[] chain = {"--instance", INSTANCE, "--month", month.toString()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the database alone cannot tell: what is left is a whole chain with its anchors
        assertThat(VerifyMessageLog.run(chain, env, new PrintStream(out), System.err)).as(out.toString()).isZero();

        String gap = "stopped early: seq " + (last - 1) + ".." + last + " missing after seq " + (last - 2)
                + ", which the external anchor at seq " + last + " (";
        String anchorsGone = "anchor(s) missing from the database that the external record holds: ";
        LogVerification.Report report = verifier.verify(INSTANCE, month).block();
        assertThat(report.ok()).as(report.text()).isFalse();
        assertThat(report.chains().getFirst().breaks())
                .anySatisfy(line -> assertThat(line).startsWith(gap))
                .anySatisfy(line -> assertThat(line).contains(anchorsGone).endsWith(String.valueOf(last)));

        out.reset();
        String[] withFile = {"--instance", INSTANCE, "--month", month.toString(), "--external-anchors",
                GatewayTestProperties.ANCHOR_FILE.toString()};
        assertThat(VerifyMessageLog.run(withFile, env, new PrintStream(out), System.err)).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN  " + INSTANCE).contains("- " + gap).contains(anchorsGone);

        admin("officer", Role.SECURITY_OFFICER).get()
                .uri("/admin/v1/message-log/verify?month=" + month + "&instance=" + INSTANCE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(false)
                .jsonPath("$.chains[0].lastExternalSeq").isEqualTo((int) last)
                .jsonPath("$.chains[0].breaks[?(@ =~ /stopped early.*/)]").exists();
    }

    @Test
    void reportsAnAlteredPayloadCiphertext() throws SQLException {
        long seq = lastSeq() - 1;
        execute("update message_log_payload set response = overlay(response placing '\\xff'::bytea from 20 for 1)"
                + " where instance_id = '" + INSTANCE + "' and month = '" + month + "' and seq = " + seq);

        assertThat(breaks()).containsExactly("seq " + seq + ": archived payload does not open (altered, moved, or "
                + "sealed with a key not configured)");
    }

    @Test
    void theVerifyCommandReadsTheSameOverJdbcAndExitsNonZeroOnABreak() throws SQLException {
        Map<String, String> env = Map.of("GATEWAY_DB_JDBC_URL", TestDatabase.jdbcUrl(),
                "GATEWAY_SECRETS_MESSAGE_LOG_KEY", GatewayTestProperties.TEST_MESSAGE_LOG_KEY,
                "GATEWAY_SECRETS_ARCHIVE_KEYS", GatewayTestProperties.TEST_ARCHIVE_KEYS);
        String[] args = {"--instance", INSTANCE, "--month", month.toString()};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyMessageLog.run(args, env, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString()).startsWith("message log: 1 chain(s), 0 broken").contains("OK      " + INSTANCE);

        long seq = lastSeq() - 1;
        execute("update message_log set partner_id = 'someone-else' where instance_id = '" + INSTANCE
                + "' and month = '" + month + "' and seq = " + seq);
        out.reset();
        assertThat(VerifyMessageLog.run(args, env, new PrintStream(out), System.err)).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN  " + INSTANCE)
                .contains("- seq " + seq + " altered: its fields no longer make its hash");
        assertThat(VerifyMessageLog.run(new String[] {"--month", "2026-13"}, env, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void theAdminCallVerifiesAMonthAndRefusesABadOne() {
        admin("officer", Role.SECURITY_OFFICER).get()
                .uri("/admin/v1/message-log/verify?month=" + month + "&instance=" + INSTANCE)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.ok").isEqualTo(true)
                .jsonPath("$.chains[0].instance").isEqualTo(INSTANCE);
        admin("officer", Role.SECURITY_OFFICER).get().uri("/admin/v1/message-log/verify?month=November")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("month"));
        admin("officer", Role.SECURITY_OFFICER).get().uri("/admin/v1/message-log/verify")
                .exchange().expectStatus().isBadRequest();
        internal().get().uri("/admin/v1/message-log/verify?month=" + month).exchange().expectStatus()
                .isUnauthorized();
        admin("viewer", Role.VIEWER, Role.OPERATOR).get().uri("/admin/v1/message-log/verify?month=" + month)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void retentionDeletesWholeMonthsAndWhatRemainsStillVerifies() throws SQLException {
        YearMonth old = purge.firstKept().minusMonths(1);
        String copy = "'" + INSTANCE + "', '" + old + "'";
        // a whole month past retention: a copy of this chain under an old month (its hashes do not matter here)
        execute("insert into message_log select " + copy + ", seq, logged_at, partner_id, route_id, method, path,"
                + " status, request_sha256, response_sha256, prev_hash, entry_hash from backup_entries");
        execute("insert into message_log_payload select " + copy + ", seq, key_id, request, response"
                + " from backup_payloads");
        execute("insert into message_log_anchor select " + copy + ", seq, entry_hash, anchored_at, key_id, signature"
                + " from backup_anchors");

        assertThat(purge.purge().block()).isGreaterThanOrEqualTo(5);

        for (String table : new String[] {"message_log", "message_log_payload", "message_log_anchor"}) {
            assertThat(rows("select count(*) from " + table + " where month = '" + old + "'")).containsExactly("0");
        }
        LogVerification.Report report = verifier.verify(INSTANCE, null).block();
        assertThat(report.ok()).as(report.text()).isTrue();
        assertThat(report.chains()).extracting(LogVerification.ChainReport::month).containsExactly(month.toString());
    }

    private List<String> breaks() {
        LogVerification.Report report = verifier.verify(INSTANCE, month).block();
        assertThat(report.ok()).as(report.text()).isFalse();
        return report.chains().getFirst().breaks();
    }

    private long lastSeq() throws SQLException {
        return Long.parseLong(rows("select max(seq) from message_log where instance_id = '" + INSTANCE
                + "' and month = '" + month + "'").getFirst());
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.USER, "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), TestDatabase.USER, "");
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
