package id.jamsostek.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BatchStatusDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID BATCH = UUID.fromString("0b0e6d2a-6f0e-4a57-9a3b-5a1d2c3e4f50");
    private static final BatchVocabulary VILLAGE = new BatchVocabulary(
            new BatchVocabulary.Term("ENROLLED", "enrolled"),
            new BatchVocabulary.Term("ALREADY_PARTICIPANT", "alreadyParticipant"),
            "The enrollment was not made", List.of());
    private static final BatchVocabulary EMPLOYER = new BatchVocabulary(
            new BatchVocabulary.Term("REGISTERED", "registered"),
            new BatchVocabulary.Term("ALREADY_EMPLOYEE", "alreadyEmployee"),
            "The registration was not made", List.of("npp", "division"));

    private static BatchRow row(int index, BatchRow.Outcome outcome, String kpj, String problem) {
        return new BatchRow(UUID.randomUUID(), BATCH, "it-partner", null, index, "{}", outcome, kpj, problem);
    }

    private static BatchStore.Batch batch(BatchRow... rows) {
        return new BatchStore.Batch(BATCH, BatchKind.VILLAGE_ENROLLMENT, "it-partner", null, rows.length,
                List.of(rows));
    }

    private static String render(BatchStore.Batch batch, BatchVocabulary words) {
        return JSON.writeValueAsString(BatchStatusDocument.of(batch, words, JSON));
    }

    @Test
    void rendersEveryOutcomeInTheChannelsWordsWithCountsInAFixedOrder() {
        BatchStore.Batch batch = batch(
                row(0, BatchRow.Outcome.CREATED, "26031400789", null),
                row(1, BatchRow.Outcome.EXISTING, null, null),
                row(2, BatchRow.Outcome.REJECTED, null, RowProblem.json(JSON, VILLAGE, "duplicate-in-batch",
                        "this NIK is already in the batch", "/items/2/nik")),
                row(3, BatchRow.Outcome.PENDING, null, null));

        assertThat(render(batch, VILLAGE)).isEqualTo("""
                {"batchId":"0b0e6d2a-6f0e-4a57-9a3b-5a1d2c3e4f50","status":"PROCESSING","total":4,\
                "counts":{"enrolled":1,"alreadyParticipant":1,"rejected":1,"pending":1},\
                "rows":[{"index":0,"outcome":"ENROLLED","kpj":"26031400789"},\
                {"index":1,"outcome":"ALREADY_PARTICIPANT"},\
                {"index":2,"outcome":"REJECTED","problem":{"type":"https://api.jamsostek.example/problems/\
                duplicate-in-batch","title":"The enrollment was not made","status":422,\
                "detail":"this NIK is already in the batch","pointer":"/items/2/nik"}},\
                {"index":3,"outcome":"PENDING"}]}""");
        assertThat(render(batch, EMPLOYER))
                .contains("\"counts\":{\"registered\":1,\"alreadyEmployee\":1,\"rejected\":1,\"pending\":1}")
                .contains("\"outcome\":\"REGISTERED\"", "\"outcome\":\"ALREADY_EMPLOYEE\"")
                .doesNotContain("ENROLLED", "enrolled", "ALREADY_PARTICIPANT");
    }

    /** A sponsorship is made or refused: a donor's batch counts no EXISTING rows, not even as 0. */
    @Test
    void showsNoCountOfAnOutcomeTheChannelHasNoWordFor() {
        BatchVocabulary donor = new BatchVocabulary(new BatchVocabulary.Term("SPONSORED", "sponsored"), null,
                "The sponsorship was not made", List.of());

        assertThat(render(batch(row(0, BatchRow.Outcome.CREATED, "26112200001", null),
                row(1, BatchRow.Outcome.PENDING, null, null)), donor))
                .contains("\"counts\":{\"sponsored\":1,\"rejected\":0,\"pending\":1}")
                .contains("{\"index\":0,\"outcome\":\"SPONSORED\",\"kpj\":\"26112200001\"}");
    }

    @Test
    void isAcceptedWhileNoRowIsSettledAndCompletedOnceNoneIsPending() {
        assertThat(render(batch(row(0, BatchRow.Outcome.PENDING, null, null),
                row(1, BatchRow.Outcome.PENDING, null, null)), VILLAGE)).contains("\"status\":\"ACCEPTED\"");
        assertThat(render(batch(row(0, BatchRow.Outcome.CREATED, "26031400789", null),
                row(1, BatchRow.Outcome.PENDING, null, null)), VILLAGE)).contains("\"status\":\"PROCESSING\"");
        assertThat(render(batch(row(0, BatchRow.Outcome.CREATED, "26031400789", null),
                row(1, BatchRow.Outcome.EXISTING, null, null)), EMPLOYER))
                .contains("\"status\":\"COMPLETED\"", "\"pending\":0");
    }

    @Test
    void showsTheSubjectUnderTheChannelsNamesRightAfterTheBatchId() {
        BatchStore.Batch batch = new BatchStore.Batch(BATCH, BatchKind.EMPLOYEE_REGISTRATION, "it-partner",
                "19012345/000", 1, List.of(row(0, BatchRow.Outcome.PENDING, null, null)));

        assertThat(render(batch, EMPLOYER)).startsWith("{\"batchId\":\"" + BATCH
                + "\",\"npp\":\"19012345\",\"division\":\"000\",\"status\":\"ACCEPTED\"");
        assertThat(render(batch, VILLAGE)).doesNotContain("npp", "19012345");
    }
}
