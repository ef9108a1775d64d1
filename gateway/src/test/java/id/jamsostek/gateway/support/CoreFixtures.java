package id.jamsostek.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Core answers for WireMock, taken from the contract's examples (never copies of them). */
public final class CoreFixtures {

    private CoreFixtures() {}

    public static String example(String path) {
        try (InputStream in = CoreFixtures.class.getClassLoader()
                .getResourceAsStream("contracts/core/examples/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract example " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example bill for another customer and bill id, with the given status. */
    public static String bill(String customerNo, String billId, String status) {
        return bill(status).replace("\"customerNo\": \"12345678901234567890\"", "\"customerNo\": \"" + customerNo + "\"")
                .replace("\"billId\": \"BILL-2026-10-0000123\"", "\"billId\": \"" + billId + "\"");
    }

    /** The core's receipt for a posting, naming the example bill (for this customer and bill id) as paid. */
    public static String receipt(String customerNo, String billId, String amount) {
        return """
                {"paymentId":"PAY-%s","billId":"%s","customerNo":"%s","amount":"%s","currency":"IDR",
                 "postedAt":"2026-11-22T10:00:00+07:00","status":"POSTED","bill":%s}
                """.formatted(billId, billId, customerNo, amount, bill(customerNo, billId, "PAID"));
    }

    /** The example bill with another status. */
    public static String bill(String status) {
        return example("Bill/valid/employer-one-month.json").replace("\"status\": \"UNPAID\"",
                "\"status\": \"" + status + "\"");
    }
}
