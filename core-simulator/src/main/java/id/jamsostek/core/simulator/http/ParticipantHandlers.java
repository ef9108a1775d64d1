package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.billing.Bill;
import id.jamsostek.core.simulator.billing.BillStatus;
import id.jamsostek.core.simulator.billing.BillView;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.billing.PayerScope;
import id.jamsostek.core.simulator.problem.ProblemType;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.participants.EnrollmentResult;
import id.jamsostek.core.simulator.participants.PayerBudgets;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What the participant routes answer; in-memory work, like {@link CoreHandlers}. */
final class ParticipantHandlers {

    private static final Pattern VILLAGE_CODE = Pattern.compile("[0-9]{10}");
    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}");
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 200;

    private final JsonCodec json;
    private final ParticipantServices services;
    private final ParticipantRequestReader requests;

    ParticipantHandlers(JsonCodec json, ParticipantServices services) {
        this.json = json;
        this.services = services;
        this.requests = new ParticipantRequestReader(json);
    }

    Reply enroll(String idempotencyKey, byte[] body) {
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        Outcome<EnrollmentResult> outcome = services.enrollments().enroll(idempotencyKey, requests.enrollment(body));
        return Reply.created(outcome.replayed(), json.write(ParticipantBodies.enrollment(outcome.result())));
    }

    Reply search(byte[] body) {
        return Reply.json(200, json.write(ParticipantBodies.record(services.directory().find(requests.search(body)))));
    }

    Reply villageParticipants(String villageCode, String page, String size) {
        if (villageCode == null || !VILLAGE_CODE.matcher(villageCode).matches()) {
            throw invalid("villageCode must be 10 digits");
        }
        int pageNo = intParam("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = intParam("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return Reply.json(200, json.write(ParticipantBodies.page(
                services.directory().page(villageCode, pageNo, pageSize))));
    }

    Reply coverage(String regionPrefix, String month) {
        if (regionPrefix == null || !REGION_PREFIX.matcher(regionPrefix).matches()) {
            throw invalid("query parameter regionPrefix is required: 2, 4, 6 or 10 digits");
        }
        YearMonth counted = month == null ? services.directory().currentMonth() : month(month);
        return Reply.json(200, json.write(ParticipantBodies.coverage(regionPrefix, counted,
                services.directory().coverage(regionPrefix, counted))));
    }

    private static YearMonth month(String month) {
        try {
            if (month.length() == 7) {
                return YearMonth.parse(month);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid("query parameter month is YYYY-MM");
    }

    Reply collectiveBill(String idempotencyKey, byte[] body) {
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        return issued(json, services.collectiveBills().issue(idempotencyKey, requests.collectiveBill(body)));
    }

    /** A collective bill made (201), found unpaid (200), or replayed (200 with the header). */
    static Reply issued(JsonCodec json, Outcome<CollectiveBills.Issued> outcome) {
        byte[] bill = json.write(WireBodies.bill(outcome.result().bill()));
        if (outcome.replayed()) {
            return Reply.json(200, bill).withHeader(CoreHandlers.REPLAYED_HEADER, "true");
        }
        return Reply.json(outcome.result().created() ? 201 : 200, bill);
    }

    Reply renewals(String regionPrefix, String payerType) {
        if (regionPrefix == null || !REGION_PREFIX.matcher(regionPrefix).matches()) {
            throw invalid("query parameter regionPrefix is required: 2, 4, 6 or 10 digits");
        }
        PayerType payer = payerType == null ? null : payerType(payerType);
        return Reply.json(200, json.write(ParticipantBodies.renewals(regionPrefix, payer,
                services.directory().renewals(regionPrefix, payer))));
    }

    Reply collectiveBillPreview(byte[] body) {
        CollectiveBills.Command command = requests.collectiveBill(body);
        CollectiveBills.Previewed previewed = services.collectiveBills().preview(command);
        return Reply.json(200, json.write(ParticipantBodies.preview(command, previewed,
                services.directory().renewals(command.budget().regionCode(), command.budget().payerType()))));
    }

    Reply budget(String regionCode, String year) {
        PayerBudgets.Standing standing = services.budgets().standing(budgetScope(regionCode), budgetYear(year))
                .orElseThrow(() -> new CoreProblemException(ProblemType.NOT_FOUND,
                        "this payer has no ceiling for the year"));
        return Reply.json(200, json.write(ParticipantBodies.budget(standing)));
    }

    Reply setBudget(String regionCode, String year, byte[] body) {
        Money ceiling = requests.budgetCeiling(body);
        return Reply.json(200, json.write(ParticipantBodies.budget(
                services.budgets().set(budgetScope(regionCode), budgetYear(year), ceiling))));
    }

    private static PayerScope budgetScope(String regionCode) {
        if (regionCode == null || !(regionCode.matches("[0-9]{4}") || regionCode.matches("[0-9]{10}"))) {
            throw invalid("regionCode is a regency's 4 digits or a village's 10");
        }
        return PayerScope.ofCode(regionCode);
    }

    private static Year budgetYear(String year) {
        if (year == null || !year.matches("20[0-9]{2}")) {
            throw invalid("year is 20YY");
        }
        return Year.parse(year);
    }

    private static PayerType payerType(String value) {
        try {
            return PayerType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw invalid("query parameter payerType is not a payer type");
        }
    }

    Reply paymentOrder(String idempotencyKey, byte[] body) {
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        Outcome<Bill> outcome = services.paymentOrders().order(idempotencyKey, requests.paymentOrder(body));
        Bill order = outcome.result();
        return Reply.created(outcome.replayed(), json.write(WireBodies.bill(new BillView(order, BillStatus.UNPAID))));
    }

    private static int intParam(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, as any out-of-range value
        }
        throw invalid("query parameter " + name + " must be an integer from " + min + " to " + max);
    }

    private static CoreProblemException invalid(String detail) {
        return new CoreProblemException(ProblemType.INVALID_REQUEST, detail);
    }
}
