package id.jamsostek.adapters.core;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** The JSON shapes of contracts/core, kept apart from the records the rest of the gateway uses. */
final class CoreWire {

    private CoreWire() {}

    record Bill(String billId, String customerNo, String accountType, String holderName, String status,
            String currency, String totalAmount, List<String> periods, String dueDate, String expiresAt,
            List<BillLine> lines, String coverageFrom, String coverageTo) {}

    record BillLine(String program, String amount, boolean informational) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Posting(String billId, String customerNo, String amount, String currency, String paidAt, String channel,
            String partnerId, String reference) {}

    record Receipt(String paymentId, String billId, String customerNo, String amount, String currency,
            String postedAt, String status, Bill bill) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Payer(String type, String donorId) {}

    record EnrollmentCommand(String nik, String fullName, String birthDate, String sex, String villageCode,
            String address, String occupation, String role, String incomeBand, List<String> programs, Payer payer,
            String sector, String firstMonth, String channel, String partnerId) {}

    record EnrollmentResult(String kpj, String nik, String villageCode, String role, List<String> programs,
            Payer payer, String firstMonth, Bill firstBill) {}

    record ParticipantSearch(String nik) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CollectiveBillCommand(String villageCode, String regencyCode, String payerType, String period) {

        static CollectiveBillCommand of(BudgetPayer payer, java.time.YearMonth period) {
            boolean village = payer.kind() == BudgetPayer.Kind.VILLAGE_BUDGET;
            return new CollectiveBillCommand(village ? payer.regionCode() : null, village ? null : payer.regionCode(),
                    payer.kind().name(), period.toString());
        }
    }

    record PaymentOrderCommand(String customerNo, int months) {}

    record CollectiveBill(String billId, String customerNo, String accountType, String holderName, String status,
            String currency, String totalAmount, List<String> periods, String dueDate, String expiresAt,
            List<BillLine> lines, Integer members) {

        Bill bill() {
            return new Bill(billId, customerNo, accountType, holderName, status, currency, totalAmount, periods,
                    dueDate, expiresAt, lines, null, null);
        }
    }

    record ParticipantRecord(String kpj, String nik, String fullName, String villageCode, String role, Payer payer,
            List<String> programs, String enrolledAt, String paidUpTo, boolean activeThisMonth, String coveredUntil,
            String agentId) {}

    record Sponsorship(String donorId, String kpj, String fromMonth, String toMonth) {}

    record Sponsored(String fromMonth, String toMonth, ParticipantRecord participant) {}

    record SponsoredParticipants(String donorId, List<Sponsored> items) {}

    record AgentParticipants(String agentId, List<ParticipantRecord> items) {}

    record Renewals(String asOf, List<ParticipantRecord> endingThisMonth, List<ParticipantRecord> lapsed) {}

    record CollectiveBillPreview(String period, boolean billed, int members, String totalAmount,
            List<BillLine> lines, String dueDate, String asOf, List<ParticipantRecord> endingThisMonth,
            List<ParticipantRecord> lapsed) {}

    record ParticipantRecordPage(List<ParticipantRecord> items, Integer page, Integer size, Long total) {}

    record CoverageCounts(String regionPrefix, String month, List<VillageCounts> villages) {}

    record VillageCounts(String villageCode, Long enrolled, Long activeThisMonth, Long activeWageEarners,
            Map<String, Long> byRole, Map<String, Long> byPayer) {}

    record FieldError(String pointer, String detail) {}

    record Problem(String type, String title, Integer status, String detail, String kpj, String villageCode,
            String division, List<FieldError> errors, Integer currentVersion, Integer budgetYear, String budgetCeiling,
            String remainingBudget, String enrollmentCost) {

        CoreRejection rejection(String service, int httpStatus) {
            return new CoreRejection(service, slug(), httpStatus, new CoreRejection.Details(kpj, villageCode, division,
                    errors == null ? List.of() : errors.stream()
                            .map(error -> new CoreRejection.FieldError(error.pointer(), error.detail())).toList(),
                    currentVersion, remainingBudget == null ? null
                            : new CoreRejection.Budget(budgetYear, budgetCeiling, remainingBudget, enrollmentCost)),
                    detail);
        }


        /** The last segment of the type URI, e.g. "bill-already-paid". */
        String slug() {
            if (type == null || type.isBlank()) {
                return "unspecified";
            }
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
