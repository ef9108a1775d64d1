package id.jamsostek.adapters.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** The contract's own example payloads, read from the classpath (never copied into the tests). */
public final class CoreExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CoreExamples() {}

    /** The bytes of a classpath resource such as {@code contracts/core/schemas/Bill.json}. */
    public static byte[] resource(String classpathLocation) {
        try (InputStream in = CoreExamples.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + classpathLocation);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A core example such as {@code Bill/valid/employer-one-month.json}, as text. */
    public static String core(String example) {
        return new String(resource("contracts/core/examples/" + example), StandardCharsets.UTF_8);
    }

    /** A bank example such as {@code InquiryRequest/valid/all-standard-fields.json}, as text. */
    public static String bank(String example) {
        return new String(resource("contracts/bank/examples/" + example), StandardCharsets.UTF_8);
    }

    /** A core Bill example mapped as the billing client maps the core's answer. */
    public static CoreBill bill(String example) {
        return CoreWireMapping.bill(JSON.readValue(core(example), CoreWire.Bill.class));
    }

    /** Core employer examples mapped as the employer client maps the core's answers. */
    public static EmployeeRecord employee(String example) {
        return EmployerWireMapping.employee(JSON.readValue(core(example), EmployerWire.EmployeeRecord.class), false);
    }

    public static WageReportReceipt receipt(String example) {
        return EmployerWireMapping.receipt(JSON.readValue(core(example), EmployerWire.WageReportReceipt.class), false);
    }

    public static ContributionBill contributionBill(String example) {
        return EmployerWireMapping.bill(JSON.readValue(core(example), EmployerWire.ContributionBill.class));
    }

    public static ContributionPreview preview(String example) {
        return EmployerWireMapping.preview(JSON.readValue(core(example), EmployerWire.ContributionPreview.class));
    }
}
