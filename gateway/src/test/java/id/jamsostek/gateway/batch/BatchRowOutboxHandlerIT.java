package id.jamsostek.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.idempotency.CoreKeys;
import id.jamsostek.gateway.outbox.OutboxHandler;
import id.jamsostek.gateway.outbox.OutboxItem;
import id.jamsostek.gateway.partner.EmployerPlatform;
import id.jamsostek.gateway.partner.RestPartners;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestEmployerPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the outbox makes of a batch row, whatever the channel: its core call's outcome, settled once. */
class BatchRowOutboxHandlerIT extends GatewayIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PAYROLL = TestEmployerPlatform.PAYROLL.id();
    private static final BatchVocabulary WORDS = new BatchVocabulary(
            new BatchVocabulary.Term("REGISTERED", "registered"),
            new BatchVocabulary.Term("ALREADY_EMPLOYEE", "alreadyEmployee"),
            "The registration was not made", List.of("npp", "division"));

    @Autowired
    BatchStore batches;

    @Autowired
    JsonMapper json;

    @Autowired
    RestPartners partners;

    @AfterEach
    void leaveNoEmployeeRowsToDo() {
        TestDatabase.execute("update outbox set state = 'DONE' where kind = 'EMPLOYEE_ROW' and state <> 'DONE'");
    }

    /** A channel whose core call answers as the test says, counting the calls and keeping the key it was given. */
    private final class ScriptedChannel extends BatchRowOutboxHandler<EmployerPlatform> {

        private final Mono<BatchStore.Settlement> answer;
        private final Optional<Refusal> outOfReach;
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicReference<String> key = new AtomicReference<>();

        ScriptedChannel(Mono<BatchStore.Settlement> answer) {
            this(answer, Optional.empty());
        }

        ScriptedChannel(Mono<BatchStore.Settlement> answer, Optional<Refusal> outOfReach) {
            super(BatchKind.EMPLOYEE_REGISTRATION, WORDS, batches, partners, EmployerPlatform.class, json);
            this.answer = answer;
            this.outOfReach = outOfReach;
        }

        @Override
        protected Optional<Refusal> outOfReach(EmployerPlatform platform, BatchRow row) {
            return outOfReach;
        }

        @Override
        protected Mono<BatchStore.Settlement> submit(EmployerPlatform platform, BatchRow row, String key,
                Deadline deadline) {
            calls.incrementAndGet();
            this.key.set(key);
            return answer;
        }

        @Override
        protected Optional<String> existingKpjShownTo(EmployerPlatform platform, BatchRow row,
                CoreRejection.Details existing) {
            return Optional.ofNullable(existing.kpj());
        }
    }

    /** The only row of a new batch, its index 3 of a batch whose others the gateway rejected. */
    private UUID pendingRow() {
        return pendingRow(PAYROLL);
    }

    private UUID pendingRow(String platform) {
        List<BatchStore.NewRow> rows = List.of(new BatchStore.NewRow(2, "{}", "{}"),
                new BatchStore.NewRow(3, "{\"nik\": \"3603011407910007\"}", null));
        UUID batch = batches.create(BatchKind.EMPLOYEE_REGISTRATION, platform, "19012345/000", rows).block(WAIT);
        return batches.batch(batch, platform, BatchKind.EMPLOYEE_REGISTRATION).block(WAIT).rows().getLast().id();
    }

    private static OutboxHandler.Result handle(ScriptedChannel channel, UUID row) {
        return channel.handle(new OutboxItem(1, channel.kind(), row, 1)).block(WAIT);
    }

    private BatchRow row(UUID id) {
        return batches.row(id).block(WAIT);
    }

    @Test
    void servesTheOutboxKindOfItsBatchKindAndSettlesARowAsItsCoreCallSays() {
        ScriptedChannel channel = new ScriptedChannel(Mono.just(BatchStore.Settlement.created("26031400789")));
        UUID row = pendingRow();

        assertThat(channel.kind()).isEqualTo("EMPLOYEE_ROW");
        assertThat(handle(channel, row)).isEqualTo(OutboxHandler.DONE);
        assertThat(row(row)).extracting(BatchRow::outcome, BatchRow::kpj)
                .containsExactly(BatchRow.Outcome.CREATED, "26031400789");
        BatchRow settled = row(row);
        assertThat(channel.key).hasValue(CoreKeys.derive(PAYROLL, "employer-employee-batch",
                settled.batchId() + "/3"));
    }

    @Test
    void aRefusalMeaningItExistsAlreadySettlesTheRowAsExistingWithTheKpjThePartnerMaySee() {
        ScriptedChannel channel = new ScriptedChannel(Mono.error(new CoreRejection("employees",
                CoreRejection.ALREADY_EMPLOYEE, 409, new CoreRejection.Details("26031400790", null, List.of()))));
        UUID row = pendingRow();

        assertThat(handle(channel, row)).isEqualTo(OutboxHandler.DONE);
        assertThat(row(row)).extracting(BatchRow::outcome, BatchRow::kpj)
                .containsExactly(BatchRow.Outcome.EXISTING, "26031400790");
    }

    @Test
    void aRowOfADisabledPartnerOrOneWithoutTheKindsScopeIsRejectedWithoutCallingTheCore() {
        ScriptedChannel channel = new ScriptedChannel(Mono.just(BatchStore.Settlement.created("26031400789")));
        UUID withoutScope = pendingRow(TestEmployerPlatform.BILLS_ONLY.id());
        UUID disabled = pendingRow(PAYROLL);
        TestDatabase.execute("update partner set enabled = false where id = '" + PAYROLL + "'");
        partners.forgetAll();
        try {
            assertThat(handle(channel, disabled)).isEqualTo(OutboxHandler.DONE);
        } finally {
            TestDatabase.execute("update partner set enabled = true where id = '" + PAYROLL + "'");
            partners.forgetAll();
        }
        assertThat(handle(channel, withoutScope)).isEqualTo(OutboxHandler.DONE);

        assertThat(channel.calls).hasValue(0);
        assertThat(json.readTree(row(disabled).problem()).get("detail").asString())
                .isEqualTo("the partner is disabled");
        assertThat(json.readTree(row(withoutScope).problem()).get("detail").asString())
                .isEqualTo("the partner no longer has the scope employer.employees");
        assertThat(row(withoutScope).outcome()).isEqualTo(BatchRow.Outcome.REJECTED);
    }

    @Test
    void aRowWhosePartnerMayNoLongerDoWhatItAsksIsRejectedSayingWhyWithoutCallingTheCore() {
        ScriptedChannel channel = new ScriptedChannel(Mono.just(BatchStore.Settlement.created("26031400789")),
                Optional.of(new BatchRowOutboxHandler.Refusal("employer-out-of-scope", "not this employer")));
        UUID row = pendingRow();

        assertThat(handle(channel, row)).isEqualTo(OutboxHandler.DONE);
        assertThat(channel.calls).hasValue(0);
        BatchRow rejected = row(row);
        assertThat(rejected.outcome()).isEqualTo(BatchRow.Outcome.REJECTED);
        JsonNode problem = json.readTree(rejected.problem());
        assertThat(problem.get("type").asString())
                .isEqualTo("https://api.jamsostek.example/problems/employer-out-of-scope");
        assertThat(problem.get("detail").asString()).isEqualTo("not this employer");
        assertThat(problem.get("pointer").asString()).isEqualTo("/items/3");
    }

    @Test
    void aRowAlreadySettledOrGoneIsDoneWithoutCallingTheCore() {
        ScriptedChannel channel = new ScriptedChannel(Mono.just(BatchStore.Settlement.created("26031400789")));
        UUID row = pendingRow();
        batches.settle(row, BatchStore.Settlement.existing(null)).block(WAIT);

        assertThat(handle(channel, row)).isEqualTo(OutboxHandler.DONE);
        assertThat(handle(channel, UUID.randomUUID())).isEqualTo(OutboxHandler.DONE);
        assertThat(channel.calls).hasValue(0);
        assertThat(row(row).outcome()).isEqualTo(BatchRow.Outcome.EXISTING);
    }

    @Test
    void aRefusalOfTheCoreRejectsTheRowPointingAtTheFieldAtFaultInTheBatch() {
        ScriptedChannel channel = new ScriptedChannel(Mono.error(new CoreRejection("enrollment",
                CoreRejection.INVALID_ENROLLMENT, 422, new CoreRejection.Details(null, null,
                        List.of(new CoreRejection.FieldError("/birthDate", "does not agree with the NIK"))))));
        UUID row = pendingRow();

        assertThat(handle(channel, row)).isEqualTo(OutboxHandler.DONE);
        BatchRow rejected = row(row);
        assertThat(rejected.outcome()).isEqualTo(BatchRow.Outcome.REJECTED);
        JsonNode problem = json.readTree(rejected.problem());
        assertThat(problem.get("type").asString()).isEqualTo("https://api.jamsostek.example/problems/invalid-enrollment");
        assertThat(problem.get("title").asString()).isEqualTo("The registration was not made", List.of("npp", "division"));
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asString()).isEqualTo("does not agree with the NIK");
        assertThat(problem.get("pointer").asString()).isEqualTo("/items/3/birthDate");
    }

    @Test
    void aRefusalNamingNoFieldPointsAtTheRow() {
        ScriptedChannel channel = new ScriptedChannel(Mono.error(new CoreRejection("enrollment", "no-members", 422)));
        UUID row = pendingRow();

        handle(channel, row);
        JsonNode problem = json.readTree(row(row).problem());
        assertThat(problem.get("pointer").asString()).isEqualTo("/items/3");
        assertThat(problem.get("detail").asString()).isEqualTo("no-members");
    }

    @Test
    void theCoreUnavailableOrAnyOtherFailureLeavesTheRowPendingForAnotherAttempt() {
        UUID row = pendingRow();

        assertThat(handle(new ScriptedChannel(Mono.error(new CoreUnavailable("enrollment",
                CoreUnavailable.Reason.TIMEOUT, null))), row)).isEqualTo(new OutboxHandler.Result.TryAgain("TIMEOUT"));
        assertThat(handle(new ScriptedChannel(Mono.error(new IllegalStateException("broken"))), row))
                .isEqualTo(new OutboxHandler.Result.TryAgain("IllegalStateException"));
        assertThat(row(row).outcome()).isEqualTo(BatchRow.Outcome.PENDING);
    }
}
