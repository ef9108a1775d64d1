package id.jamsostek.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.jamsostek.contracts.validation.Violation.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ContractSchemaTest {

    private static final ContractSchema INQUIRY = ContractSchema.load("contracts/bank/schemas/InquiryRequest.json");
    private static final String VECTOR_BODY = "{\"partnerServiceId\":\"   88899\",\"customerNo\":\"12345678901234567890\","
            + "\"virtualAccountNo\":\"   8889912345678901234567890\",\"inquiryRequestId\":\"abcdef-123456-abcdef\"}";

    @Test
    void acceptsSnapVectorBody() {
        assertThat(INQUIRY.validate(bytes(VECTOR_BODY))).isEmpty();
    }

    @Test
    void readsTheValueItChecksOnceForTheHandlerToMap() {
        ContractSchema.Reading conforming = INQUIRY.read(bytes(VECTOR_BODY));
        assertThat(conforming.conforms()).isTrue();
        assertThat(conforming.value().get("virtualAccountNo").asString()).isEqualTo("   8889912345678901234567890");

        ContractSchema.Reading missing = INQUIRY.read(bytes("{\"partnerServiceId\":\"   88899\"}"));
        assertThat(missing.conforms()).isFalse();
        assertThat(missing.value().get("partnerServiceId").asString()).isEqualTo("   88899");
        assertThat(missing.violations().getFirst().kind()).isEqualTo(Kind.MISSING);

        ContractSchema.Reading duplicated = INQUIRY.read(bytes("{\"customerNo\":\"1\",\"customerNo\":\"2\"}"));
        assertThat(duplicated.value()).isNull();
        assertThat(duplicated.violations()).containsExactly(Violation.malformed());
    }

    @Test
    void loadsEachLocationOnce() {
        assertThat(ContractSchema.load("contracts/bank/schemas/InquiryRequest.json")).isSameAs(INQUIRY);
    }

    @Test
    void refusesLocationWithoutSchema() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ContractSchema.load("contracts/bank/schemas/NoSuchType.json"))
                .withMessageContaining("NoSuchType.json");
    }

    @Test
    void reportsNullAndEmptyBodiesAsMalformed() {
        assertThat(INQUIRY.validate(null)).containsExactly(new Violation(Kind.MALFORMED, "", ""));
        assertThat(INQUIRY.validate(new byte[0])).containsExactly(new Violation(Kind.MALFORMED, "", ""));
    }

    @Test
    void reportsBytesThatAreNotUtf8JsonAsMalformed() {
        byte[] garbage = {(byte) 0xC3, (byte) 0x28, '{', '}', (byte) 0xFF};

        assertThat(INQUIRY.validate(garbage)).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
    }

    @Test
    void rejectsDuplicateKeysAsMalformed() {
        String smuggled = "{\"customerNo\":\"1\",\"customerNo\":\"2\"}";

        assertThat(INQUIRY.validate(bytes(smuggled))).containsExactly(new Violation(Kind.MALFORMED, "", ""));
    }

    @Test
    void rejectsDuplicateKeysInNestedObjectsAsMalformed() {
        String smuggled = VECTOR_BODY.replace("}", ",\"amount\":{\"value\":\"1.00\",\"value\":\"2.00\",\"currency\":\"IDR\"}}");

        assertThat(INQUIRY.validate(bytes(smuggled))).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
    }

    @Test
    void rejectsLenientJsonAsMalformed() {
        assertThat(INQUIRY.validate(bytes("{'customerNo':'1'}"))).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
        assertThat(INQUIRY.validate(bytes("{\"customerNo\":\"1\",}"))).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
        assertThat(INQUIRY.validate(bytes("/* c */" + VECTOR_BODY))).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
        assertThat(INQUIRY.validate(bytes(VECTOR_BODY + " 1"))).extracting(Violation::kind).containsExactly(Kind.MALFORMED);
    }

    @Test
    void acceptsWhitespaceAroundTheBody() {
        assertThat(INQUIRY.validate(bytes("\n  " + VECTOR_BODY + "\r\n"))).isEmpty();
    }

    @Test
    void ordersMissingBeforeOtherViolationsThenByPointer() {
        String body = "{\"partnerServiceId\":\"88899\",\"customerNo\":123}";

        assertThat(INQUIRY.validate(bytes(body))).containsExactly(
                new Violation(Kind.MISSING, "inquiryRequestId", "/inquiryRequestId"),
                new Violation(Kind.MISSING, "virtualAccountNo", "/virtualAccountNo"),
                new Violation(Kind.TYPE, "customerNo", "/customerNo"),
                new Violation(Kind.FORMAT, "partnerServiceId", "/partnerServiceId"));
    }

    @Test
    void namesNestedAndArrayFieldsByDottedPathAndPointer() {
        ContractSchema payment = ContractSchema.load("contracts/bank/schemas/PaymentRequest.json");
        String body = "{\"partnerServiceId\":\"   88899\",\"customerNo\":\"1\",\"virtualAccountNo\":\"   888991\","
                + "\"paymentRequestId\":\"p\",\"paidAmount\":{\"value\":\"1.00\",\"currency\":\"IDR\"},"
                + "\"billDetails\":[{\"billAmount\":{\"value\":\"1.00\",\"currency\":\"IDR\"}},{\"billAmount\":{\"currency\":\"IDR\"}}]}";

        assertThat(payment.validate(bytes(body))).containsExactly(
                new Violation(Kind.MISSING, "billDetails[1].billAmount.value", "/billDetails/1/billAmount/value"));
    }

    @Test
    void reportsTooLongBeforeFormatForTheSameField() {
        String body = VECTOR_BODY.replace("\"12345678901234567890\"", "\"1234567890123456789X1\"");

        assertThat(INQUIRY.validate(bytes(body))).first()
                .isEqualTo(new Violation(Kind.TOO_LONG, "customerNo", "/customerNo"));
    }

    @Test
    void namesUnknownFieldOfClosedSchema() {
        ContractSchema posting = ContractSchema.load("contracts/core/schemas/PaymentPosting.json");
        String body = "{\"customerNo\":\"1\",\"amount\":\"1.00\",\"currency\":\"IDR\",\"paidAt\":\"2026-11-10T09:16:03+07:00\","
                + "\"channel\":\"BANK\",\"partnerId\":\"P\",\"reference\":\"R\",\"a/b~c\":1}";

        assertThat(posting.validate(bytes(body))).containsExactly(new Violation(Kind.UNKNOWN_FIELD, "a/b~c", "/a~1b~0c"));
    }

    @Test
    void namesTheMissingPropertyOfDependentRequiredNotTheOneThatRequiresIt() {
        ContractSchema token = ContractSchema.load("contracts/common/schemas/TokenRequest.json");
        String body = "{\"grant_type\":\"client_credentials\",\"client_secret\":\"s\"}";

        assertThat(token.validate(bytes(body))).containsExactly(new Violation(Kind.MISSING, "client_id", "/client_id"));
    }

    @Test
    void namesNestedFieldsOfBatchItemsWithIndexes() {
        ContractSchema batch = ContractSchema.load("contracts/village/schemas/EnrollmentBatchRequest.json");

        assertThat(batch.validate(bytes("{\"items\":[{\"payer\":{\"type\":\"DONOR\"}}]}")))
                .contains(new Violation(Kind.MISSING, "items[0].nik", "/items/0/nik"),
                        new Violation(Kind.MISSING, "items[0].payer.donorId", "/items/0/payer/donorId"));
    }

    @Test
    void validatesFromManyThreadsWithTheSameResults() throws Exception {
        byte[] valid = bytes(VECTOR_BODY);
        byte[] invalid = bytes(VECTOR_BODY.replace("abcdef-123456-abcdef", "x".repeat(129)));
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boolean even = i % 2 == 0;
            calls.add(() -> even
                    ? INQUIRY.validate(valid).isEmpty()
                    : INQUIRY.validate(invalid).equals(List.of(new Violation(Kind.TOO_LONG, "inquiryRequestId", "/inquiryRequestId"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> result : pool.invokeAll(calls, 30, TimeUnit.SECONDS)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
