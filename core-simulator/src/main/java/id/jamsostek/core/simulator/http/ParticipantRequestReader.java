package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.Money;
import id.jamsostek.contracts.Sex;
import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.PaymentOrders;
import id.jamsostek.core.simulator.billing.PayerScope;
import id.jamsostek.core.simulator.model.ContributionPayer;
import id.jamsostek.core.simulator.model.ParticipantRole;
import id.jamsostek.core.simulator.tariff.PayerType;
import id.jamsostek.core.simulator.tariff.Sector;
import id.jamsostek.core.simulator.participants.EnrollmentCommand;
import id.jamsostek.core.simulator.tariff.Program;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the bodies of the participant operations; the schema has vouched for every field's presence and shape. */
final class ParticipantRequestReader {

    private final ContractBodies bodies;
    private final ContractSchema enrollment = ContractBodies.schema("EnrollmentCommand");
    private final ContractSchema search = ContractBodies.schema("ParticipantSearch");
    private final ContractSchema collectiveBill = ContractBodies.schema("CollectiveBillCommand");
    private final ContractSchema paymentOrder = ContractBodies.schema("PaymentOrderCommand");
    private final ContractSchema budgetCeiling = ContractBodies.schema("PayerBudgetCeiling");

    ParticipantRequestReader(JsonCodec json) {
        this.bodies = new ContractBodies(json);
    }

    EnrollmentCommand enrollment(byte[] body) {
        JsonNode root = bodies.read(body, enrollment);
        return new EnrollmentCommand(text(root, "nik"), text(root, "fullName"),
                LocalDate.parse(text(root, "birthDate")), "F".equals(text(root, "sex")) ? Sex.FEMALE : Sex.MALE,
                text(root, "villageCode"), text(root, "address"), text(root, "occupation"),
                ParticipantRole.valueOf(text(root, "role")), Money.parse(text(root, "incomeBand")), programs(root),
                payer(root.get("payer")), sector(root), YearMonth.parse(text(root, "firstMonth")),
                text(root, "channel"), text(root, "partnerId"));
    }

    /** The NIK searched for. */
    String search(byte[] body) {
        return text(bodies.read(body, search), "nik");
    }

    CollectiveBills.Command collectiveBill(byte[] body) {
        JsonNode root = bodies.read(body, collectiveBill);
        JsonNode village = root.get("villageCode");
        String regionCode = village != null ? village.asString() : text(root, "regencyCode");
        return new CollectiveBills.Command(new PayerScope(regionCode, PayerType.valueOf(text(root, "payerType"))),
                YearMonth.parse(text(root, "period")));
    }

    PaymentOrders.Command paymentOrder(byte[] body) {
        JsonNode root = bodies.read(body, paymentOrder);
        return new PaymentOrders.Command(text(root, "customerNo"), root.get("months").asInt());
    }

    Money budgetCeiling(byte[] body) {
        return Money.parse(text(bodies.read(body, budgetCeiling), "ceiling"));
    }

    private static Set<Program> programs(JsonNode root) {
        Set<Program> programs = EnumSet.noneOf(Program.class);
        root.get("programs").forEach(p -> programs.add(Program.valueOf(p.asString())));
        return programs;
    }

    /** OTHER when the enrollment does not say: only transport workers have a discount period of their own. */
    private static Sector sector(JsonNode root) {
        JsonNode sector = root.get("sector");
        return sector == null ? Sector.OTHER : Sector.valueOf(sector.asString());
    }

    private static ContributionPayer payer(JsonNode payer) {
        JsonNode donorId = payer.get("donorId");
        return new ContributionPayer(PayerType.valueOf(text(payer, "type")),
                donorId == null ? null : donorId.asString());
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }
}
