package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.CompanyCode;
import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.VirtualAccountNo;
import id.jamsostek.snap.SnapTimestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The JSON of the status (26) and report (35) services as aspi/virtual-account.md of the SNAP mirror shows it:
 * requests written once as bytes (those bytes are signed and sent), answers read leniently where banks are known to
 * differ (numbers for strings, {@code virtualAccountdata}) and strictly where money is concerned.
 */
final class BankApiWire {

    record StatusRequest(String partnerServiceId, String customerNo, String virtualAccountNo,
            String inquiryRequestId, String paymentRequestId) {}

    record ReportRequest(String partnerServiceId, String startDate, String startTime, String endDate,
            String endTime) {}

    /** A field the answer has but cannot be read as SNAP says it should. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private BankApiWire() {}

    static byte[] statusRequest(StatusQuery query) {
        VirtualAccountNo va = query.virtualAccount();
        return SnapAnswers.JSON.writeValueAsBytes(new StatusRequest(va.companyCode().padded(), va.customerNo(),
                va.value(), query.inquiryRequestId(), query.paymentRequestId()));
    }

    /** The whole Jakarta day, its bounds written out rather than left to the bank's defaults (00:00 and 23:59). */
    static byte[] reportRequest(CompanyCode companyCode, LocalDate day) {
        String date = day.toString();
        return SnapAnswers.JSON.writeValueAsBytes(new ReportRequest(companyCode.padded(),
                date, timeOfDay(day.atStartOfDay(SnapTimestamp.JAKARTA)),
                date, timeOfDay(day.atTime(LocalTime.of(23, 59, 59)).atZone(SnapTimestamp.JAKARTA))));
    }

    /** "00:00:00+07:00": the time and offset part of the SNAP timestamp, as the standard's report example has it. */
    private static String timeOfDay(ZonedDateTime time) {
        return SnapTimestamp.format(time.toOffsetDateTime()).substring("2020-12-31T".length());
    }

    static ReportedPayment payment(JsonNode data) {
        if (!data.isObject()) {
            throw new Unreadable("virtualAccountData is not an object");
        }
        return new ReportedPayment(
                virtualAccount(data),
                text(data, "inquiryRequestId"),
                text(data, "paymentRequestId"),
                text(data, "trxId"),
                amount(data, "paidAmount"),
                amount(data, "totalAmount"),
                text(data, "trxDateTime"),
                text(data, "referenceNo"),
                text(data, "flagAdvise"),
                flag(text(data, "paymentFlagStatus")));
    }

    /** The report's list: the standard spells it {@code virtualAccountdata}, banks often {@code virtualAccountData}. */
    static List<ReportedPayment> payments(JsonNode body) {
        JsonNode list = body.has("virtualAccountData") ? body.get("virtualAccountData") : body.path("virtualAccountdata");
        if (!list.isArray()) {
            throw new Unreadable("the report has no virtualAccountData list");
        }
        return StreamSupport.stream(list.spliterator(), false).map(BankApiWire::payment).toList();
    }

    private static VirtualAccountNo virtualAccount(JsonNode data) {
        String virtualAccountNo = text(data, "virtualAccountNo");
        String partnerServiceId = text(data, "partnerServiceId");
        String customerNo = text(data, "customerNo");
        try {
            return virtualAccountNo != null ? VirtualAccountNo.parse(virtualAccountNo)
                    : VirtualAccountNo.of(CompanyCode.fromPartnerServiceId(partnerServiceId), customerNo);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("no readable virtualAccountNo");
        }
    }

    private static Money amount(JsonNode data, String field) {
        JsonNode amount = data.path(field);
        if (amount.isMissingNode() || amount.isNull()) {
            return null;
        }
        if (!"IDR".equals(text(amount, "currency"))) {
            throw new Unreadable(field + " is not in IDR");
        }
        try {
            return Money.parse(text(amount, "value"));
        } catch (IllegalArgumentException e) {
            throw new Unreadable(field + " is not an amount like 16800.00");
        }
    }

    private static PaymentFlag flag(String code) {
        try {
            return code == null ? null : PaymentFlag.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new Unreadable("paymentFlagStatus '" + code + "' is none of 00, 01, 02");
        }
    }

    /** A string field, or a number where the standard's own examples send one; null when absent or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isString() || value.isNumber()) {
            return value.asString();
        }
        throw new Unreadable(field + " is not a string");
    }
}
