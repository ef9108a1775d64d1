package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.billing.Channel;
import id.jamsostek.core.simulator.billing.PaymentRequest;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Parses and checks the body of {@code POST /core/v1/payments}; every defect is a clear 400 invalid-request. */
final class PaymentRequestReader {

    private static final Pattern CUSTOMER_NO = Pattern.compile("[0-9]{1,20}");
    private final JsonCodec json;

    PaymentRequestReader(JsonCodec json) {
        this.json = json;
    }

    PaymentRequest read(byte[] body) {
        JsonNode root;
        try {
            root = json.read(body);
        } catch (JacksonException e) {
            throw invalid("the body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalid("the body must be a JSON object");
        }
        String customerNo = text(root, "customerNo", 20);
        if (!CUSTOMER_NO.matcher(customerNo).matches()) {
            throw invalid("customerNo must be 1-20 digits");
        }
        if (!WireBodies.CURRENCY.equals(text(root, "currency", 3))) {
            throw invalid("currency must be IDR");
        }
        String billId = root.has("billId") ? text(root, "billId", 40) : null;
        return new PaymentRequest(billId, customerNo, amount(root), paidAt(root), channel(root),
                text(root, "partnerId", 64), text(root, "reference", 64));
    }

    private static Money amount(JsonNode root) {
        try {
            return Money.parse(text(root, "amount", 20));
        } catch (IllegalArgumentException e) {
            throw invalid("amount must be a string like \"16800.00\"");
        }
    }

    private static java.time.Instant paidAt(JsonNode root) {
        try {
            return OffsetDateTime.parse(text(root, "paidAt", 40)).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("paidAt must be an ISO-8601 date-time with an offset");
        }
    }

    private static Channel channel(JsonNode root) {
        String value = text(root, "channel", 20);
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid("channel must be BANK, VILLAGE or EMPLOYER");
        }
    }

    private static String text(JsonNode root, String field, int maxLength) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw invalid(field + " is required");
        }
        if (!node.isString() || node.asString().isBlank()) {
            throw invalid(field + " must be a non-empty string");
        }
        if (node.asString().length() > maxLength) {
            throw invalid(field + " is longer than " + maxLength + " characters");
        }
        return node.asString();
    }

    private static CoreProblemException invalid(String detail) {
        return new CoreProblemException(ProblemType.INVALID_REQUEST, detail);
    }
}
