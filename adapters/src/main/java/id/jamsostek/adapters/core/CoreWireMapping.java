package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import id.jamsostek.snap.OffsetTimes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/** Turns the core's JSON into the gateway's records and back; pure functions. */
final class CoreWireMapping {

    private static final String IDR = "IDR";

    private CoreWireMapping() {}

    static CoreBill bill(CoreWire.Bill wire) {
        requireRupiah(wire.currency());
        return new CoreBill(
                require(wire.billId(), "billId"),
                require(wire.customerNo(), "customerNo"),
                CoreBill.AccountType.valueOf(require(wire.accountType(), "accountType")),
                require(wire.holderName(), "holderName"),
                CoreBill.Status.valueOf(require(wire.status(), "status")),
                Money.parse(wire.totalAmount()),
                require(wire.periods(), "periods").stream().map(YearMonth::parse).toList(),
                LocalDate.parse(require(wire.dueDate(), "dueDate")),
                wire.expiresAt() == null ? null : offsetTime(wire.expiresAt()),
                require(wire.lines(), "lines").stream()
                        .map(line -> new CoreBill.Line(require(line.program(), "program"), Money.parse(line.amount()),
                                line.informational()))
                        .toList(),
                wire.coverageFrom() == null ? null : new CoreBill.Coverage(LocalDate.parse(wire.coverageFrom()),
                        LocalDate.parse(require(wire.coverageTo(), "coverageTo"))));
    }

    static CoreWire.Posting posting(PaymentPosting posting) {
        return new CoreWire.Posting(posting.billId(), posting.customerNo(), posting.amount().toWire(), IDR,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(posting.paidAt()), posting.channel().name(), posting.partnerId(), posting.reference());
    }

    static PaymentReceipt receipt(CoreWire.Receipt wire, boolean replayed) {
        requireRupiah(wire.currency());
        if (!"POSTED".equals(wire.status())) {
            throw new IllegalArgumentException("a receipt must say POSTED");
        }
        return new PaymentReceipt(require(wire.paymentId(), "paymentId"), require(wire.billId(), "billId"),
                require(wire.customerNo(), "customerNo"), Money.parse(wire.amount()),
                offsetTime(require(wire.postedAt(), "postedAt")), bill(require(wire.bill(), "bill")),
                replayed);
    }

    static CoreWire.EnrollmentCommand enrollment(Enrollment enrollment) {
        CoreWire.Payer payer = new CoreWire.Payer(enrollment.payer().type(), enrollment.payer().donorId());
        return new CoreWire.EnrollmentCommand(enrollment.nik(), enrollment.fullName(),
                enrollment.birthDate().toString(), enrollment.sex(), enrollment.villageCode(), enrollment.address(),
                enrollment.occupation(), enrollment.role(), enrollment.incomeBand().toWire(), enrollment.programs(),
                payer, enrollment.sector(), enrollment.firstMonth().toString(), enrollment.channel(),
                enrollment.partnerId());
    }

    static EnrollmentResult enrollmentResult(CoreWire.EnrollmentResult wire, boolean replayed) {
        return new EnrollmentResult(require(wire.kpj(), "kpj"), require(wire.villageCode(), "villageCode"),
                bill(require(wire.firstBill(), "firstBill")), replayed);
    }

    static ParticipantRecord participant(CoreWire.ParticipantRecord wire) {
        CoreWire.Payer payer = require(wire.payer(), "payer");
        return new ParticipantRecord(require(wire.kpj(), "kpj"), require(wire.nik(), "nik"),
                require(wire.fullName(), "fullName"), require(wire.villageCode(), "villageCode"),
                require(wire.role(), "role"), new Enrollment.Payer(payer.type(), payer.donorId()),
                require(wire.programs(), "programs"), LocalDate.parse(require(wire.enrolledAt(), "enrolledAt")),
                wire.paidUpTo() == null ? null : YearMonth.parse(wire.paidUpTo()), wire.activeThisMonth(),
                wire.coveredUntil() == null ? null : LocalDate.parse(wire.coveredUntil()), wire.agentId());
    }

    static Renewals renewals(CoreWire.Renewals wire) {
        return new Renewals(LocalDate.parse(require(wire.asOf(), "asOf")),
                require(wire.endingThisMonth(), "endingThisMonth").stream().map(CoreWireMapping::participant).toList(),
                require(wire.lapsed(), "lapsed").stream().map(CoreWireMapping::participant).toList());
    }

    static CollectiveBillPreview collectiveBillPreview(CoreWire.CollectiveBillPreview wire) {
        return new CollectiveBillPreview(YearMonth.parse(require(wire.period(), "period")), wire.billed(),
                wire.members(), Money.parse(require(wire.totalAmount(), "totalAmount")),
                require(wire.lines(), "lines").stream()
                        .map(line -> new CoreBill.Line(require(line.program(), "program"), Money.parse(line.amount()),
                                line.informational()))
                        .toList(),
                LocalDate.parse(require(wire.dueDate(), "dueDate")),
                renewals(new CoreWire.Renewals(wire.asOf(), wire.endingThisMonth(), wire.lapsed())));
    }

    static ParticipantRecordPage participantPage(CoreWire.ParticipantRecordPage wire) {
        return new ParticipantRecordPage(require(wire.items(), "items").stream().map(CoreWireMapping::participant)
                .toList(), require(wire.page(), "page"), require(wire.size(), "size"), require(wire.total(), "total"));
    }

    static CoverageCounts coverage(CoreWire.CoverageCounts wire) {
        return new CoverageCounts(require(wire.regionPrefix(), "regionPrefix"),
                YearMonth.parse(require(wire.month(), "month")),
                require(wire.villages(), "villages").stream()
                        .map(village -> new CoverageCounts.Village(require(village.villageCode(), "villageCode"),
                                require(village.enrolled(), "enrolled"),
                                require(village.activeThisMonth(), "activeThisMonth"),
                                require(village.activeWageEarners(), "activeWageEarners"),
                                counts(village.byRole(), CoverageCounts.ROLES, "byRole"),
                                counts(village.byPayer(), CoverageCounts.PAYERS, "byPayer")))
                        .toList());
    }

    /** Counts keyed only by the contract's keys, none negative (a key the contract lacks is a malformed answer). */
    private static Map<String, Long> counts(Map<String, Long> wire, Collection<String> keys, String field) {
        require(wire, field).forEach((key, count) -> {
            if (!keys.contains(key) || count == null || count < 0) {
                throw new IllegalArgumentException("the core's " + field + " has an unknown key or a bad count");
            }
        });
        return wire;
    }

    private static void requireRupiah(String currency) {
        if (!IDR.equals(currency)) {
            throw new IllegalArgumentException("the core answers in rupiah only");
        }
    }

    /** ISO-8601 with an offset, as the core writes it. */
    private static OffsetDateTime offsetTime(String value) {
        return OffsetTimes.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("the core's answer lacks " + field);
        }
        return value;
    }
}
