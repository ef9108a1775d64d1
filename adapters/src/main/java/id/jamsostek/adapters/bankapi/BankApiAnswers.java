package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.CoreUnavailable;
import id.jamsostek.contracts.CompanyCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a bank's SNAP answer into an outcome. Only the codes listed here mean something definite; every other code,
 * and every answer that does not hold together, is {@link Unknown}.
 */
final class BankApiAnswers {

    static final String STATUS = "26";
    static final String REPORT = "35";

    private static final Logger log = LoggerFactory.getLogger(BankApiAnswers.class);

    private BankApiAnswers() {}

    /** 2002600 by paymentFlagStatus, 2022600 in progress, 4042601 / 4042612 not found. */
    static PaymentStatus status(SnapAnswer answer, StatusQuery query) {
        if (answer.is("200" + STATUS + "00")) {
            ReportedPayment payment;
            try {
                payment = BankApiWire.payment(answer.body().path("virtualAccountData"));
            } catch (BankApiWire.Unreadable unreadable) {
                return unknown(Unknown.Reason.MALFORMED_ANSWER, answer, unreadable.getMessage());
            }
            if (!isAbout(payment, query)) {
                return unknown(Unknown.Reason.MISMATCH, answer, "the answer names another virtual account or request");
            }
            if (payment.flag() == null) {
                return unknown(Unknown.Reason.UNEXPECTED_RESPONSE, answer, "no paymentFlagStatus");
            }
            return switch (payment.flag()) {
                case SUCCESS -> new PaymentStatus.Paid(payment);
                case REJECTED -> new PaymentStatus.Rejected(payment);
                case PENDING -> unknown(Unknown.Reason.IN_PROGRESS, answer, "paymentFlagStatus 02");
            };
        }
        return otherCode(answer, STATUS, PaymentStatus.class);
    }

    /** 2003500 with the day's list, 2023500 in progress, 4043501 / 4043512 not found. */
    static BankReport report(SnapAnswer answer, CompanyCode companyCode, LocalDate day) {
        if (answer.is("200" + REPORT + "00")) {
            List<ReportedPayment> payments;
            try {
                payments = BankApiWire.payments(answer.body());
            } catch (BankApiWire.Unreadable unreadable) {
                return unknown(Unknown.Reason.MALFORMED_ANSWER, answer, unreadable.getMessage());
            }
            if (payments.stream().anyMatch(payment -> !payment.virtualAccount().companyCode().equals(companyCode))) {
                return unknown(Unknown.Reason.MISMATCH, answer, "the report lists another company code");
            }
            return new BankReport.Listed(day, payments);
        }
        return otherCode(answer, REPORT, BankReport.class);
    }

    /** A call that brought no answer at all. */
    static Unknown unknown(Throwable error) {
        return switch (error) {
            case CoreUnavailable unavailable -> new Unknown(reason(unavailable.reason()), null, unavailable.getMessage());
            case TokenRefused refused -> new Unknown(Unknown.Reason.TOKEN_REFUSED, refused.responseCode(),
                    refused.getMessage());
            case TimeoutException timeout -> new Unknown(Unknown.Reason.TIMEOUT, null, "no answer in time");
            default -> {
                log.warn("unexpected error on a bank call; its outcome is unknown", error);
                yield new Unknown(Unknown.Reason.CONNECTION, null, error.getClass().getSimpleName());
            }
        };
    }

    /** Any other code: in progress, not found (both interfaces have these two), or unexpected. */
    private static <T> T otherCode(SnapAnswer answer, String service, Class<T> outcome) {
        if (answer.is("202" + service + "00")) {
            return outcome.cast(unknown(Unknown.Reason.IN_PROGRESS, answer, "the bank is still processing"));
        }
        if (answer.is("404" + service + "01") || answer.is("404" + service + "12")) {
            return outcome.cast(new NotFound(answer.responseCode(), answer.responseMessage()));
        }
        return outcome.cast(unknown(Unknown.Reason.UNEXPECTED_RESPONSE, answer, answer.responseMessage()));
    }

    /** Each id the bank sends back must be the one asked; an id it leaves out cannot contradict. */
    private static boolean isAbout(ReportedPayment payment, StatusQuery query) {
        return payment.virtualAccount().equals(query.virtualAccount())
                && (payment.paymentRequestId() == null
                        || Objects.equals(payment.paymentRequestId(), query.paymentRequestId()))
                && (payment.inquiryRequestId() == null
                        || Objects.equals(payment.inquiryRequestId(), query.inquiryRequestId()));
    }

    private static Unknown unknown(Unknown.Reason reason, SnapAnswer answer, String detail) {
        return new Unknown(reason, answer.responseCode(), detail);
    }

    private static Unknown.Reason reason(CoreUnavailable.Reason reason) {
        return switch (reason) {
            case TIMEOUT -> Unknown.Reason.TIMEOUT;
            case CONNECTION -> Unknown.Reason.CONNECTION;
            case SERVER_ERROR -> Unknown.Reason.SERVER_ERROR;
            case MALFORMED_ANSWER -> Unknown.Reason.MALFORMED_ANSWER;
            case BREAKER_OPEN -> Unknown.Reason.BREAKER_OPEN;
            case OVERLOADED -> Unknown.Reason.OVERLOADED;
            case THROTTLED -> Unknown.Reason.THROTTLED;
        };
    }
}
