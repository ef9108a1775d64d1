package id.jamsostek.adapters.core;

import java.util.List;

/** The JSON shapes of contracts/core, kept apart from the records the rest of the gateway uses. */
final class CoreWire {

    private CoreWire() {}

    record Bill(String billId, String customerNo, String accountType, String holderName, String status,
            String currency, String totalAmount, List<String> periods, String dueDate, String expiresAt,
            List<BillLine> lines) {}

    record BillLine(String program, String amount, boolean informational) {}

    record Posting(String billId, String customerNo, String amount, String currency, String paidAt, String channel,
            String partnerId, String reference) {}

    record Receipt(String paymentId, String billId, String customerNo, String amount, String currency,
            String postedAt, String status) {}

    record Problem(String type, String title, Integer status, String detail) {

        /** The last segment of the type URI, e.g. "bill-already-paid". */
        String slug() {
            if (type == null || type.isBlank()) {
                return "unspecified";
            }
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
