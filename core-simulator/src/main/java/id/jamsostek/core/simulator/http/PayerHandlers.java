package id.jamsostek.core.simulator.http;

import id.jamsostek.contracts.validation.ContractSchema;
import id.jamsostek.core.simulator.billing.CollectiveBills;
import id.jamsostek.core.simulator.billing.PrivatePayer;
import id.jamsostek.core.simulator.idempotency.IdempotencyRecords.Outcome;
import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.participants.Sponsoring;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.YearMonth;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The donor and agent routes: sponsorships, the participants each pays for, their collective bills. */
final class PayerHandlers {

    /** As common/schemas/Payer.json has a donor's id; an agent's is a partner id of the same shape. */
    private static final Pattern PAYER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final JsonCodec json;
    private final ParticipantServices services;
    private final ContractBodies bodies;
    private final ContractSchema sponsorship = ContractBodies.schema("SponsorshipCommand");
    private final ContractSchema collectiveBill = ContractBodies.schema("PayerCollectiveBillCommand");

    PayerHandlers(JsonCodec json, ParticipantServices services) {
        this.json = json;
        this.services = services;
        this.bodies = new ContractBodies(json);
    }

    Reply sponsor(String idempotencyKey, byte[] body) {
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        JsonNode root = bodies.read(body, sponsorship);
        Outcome<Sponsorship> outcome = services.sponsoring().sponsor(idempotencyKey, new Sponsoring.Command(
                root.get("donorId").asString(), root.get("nik").asString(),
                YearMonth.parse(root.get("fromMonth").asString()), YearMonth.parse(root.get("toMonth").asString())));
        return Reply.created(outcome.replayed(), json.write(PayerBodies.sponsorship(outcome.result())));
    }

    Reply sponsored(String donorId) {
        return Reply.json(200, json.write(PayerBodies.sponsored(donorId,
                services.directory().sponsoredBy(payerId(donorId)))));
    }

    Reply agentParticipants(String agentId) {
        return Reply.json(200, json.write(PayerBodies.agentParticipants(agentId,
                services.directory().registeredBy(payerId(agentId)))));
    }

    Reply donorBill(String donorId, String idempotencyKey, byte[] body) {
        return collectiveBill(PrivatePayer.donor(payerId(donorId)), idempotencyKey, body);
    }

    Reply agentBill(String agentId, String idempotencyKey, byte[] body) {
        return collectiveBill(PrivatePayer.agent(payerId(agentId)), idempotencyKey, body);
    }

    Reply donorRenewals(String donorId) {
        return renewals(PrivatePayer.donor(payerId(donorId)));
    }

    Reply agentRenewals(String agentId) {
        return renewals(PrivatePayer.agent(payerId(agentId)));
    }

    Reply donorPreview(String donorId, byte[] body) {
        return preview(PrivatePayer.donor(payerId(donorId)), body);
    }

    Reply agentPreview(String agentId, byte[] body) {
        return preview(PrivatePayer.agent(payerId(agentId)), body);
    }

    private Reply renewals(PrivatePayer payer) {
        return Reply.json(200, json.write(PayerBodies.renewals(payer, services.directory().renewals(payer))));
    }

    /** What the payer's collective bill of the period holds or would hold, with its renewals; makes nothing. */
    private Reply preview(PrivatePayer payer, byte[] body) {
        YearMonth period = period(body);
        return Reply.json(200, json.write(PayerBodies.preview(payer, period,
                services.collectiveBills().preview(new CollectiveBills.Command(payer, period)),
                services.directory().renewals(payer))));
    }

    private Reply collectiveBill(PrivatePayer payer, String idempotencyKey, byte[] body) {
        CoreHandlers.requireIdempotencyKey(idempotencyKey);
        return ParticipantHandlers.issued(json, services.collectiveBills()
                .issue(idempotencyKey, new CollectiveBills.Command(payer, period(body))));
    }

    private YearMonth period(byte[] body) {
        return YearMonth.parse(bodies.read(body, collectiveBill).get("period").asString());
    }

    private static String payerId(String id) {
        if (id == null || !PAYER_ID.matcher(id).matches()) {
            throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    "a donor's or agent's id is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or "
                            + "digit");
        }
        return id;
    }
}
