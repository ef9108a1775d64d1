package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.billing.Ledger;
import id.jamsostek.core.simulator.billing.OpenBills;
import id.jamsostek.core.simulator.billing.PaymentPosting;
import id.jamsostek.core.simulator.billing.Posting;
import id.jamsostek.core.simulator.billing.PostingResult;
import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.util.function.Supplier;

/** What each route answers; pure in-memory work, so it runs on the event loop without blocking. */
final class CoreHandlers {

    static final int MAX_KEY_LENGTH = 64;
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final JsonCodec json;
    private final OpenBills openBills;
    private final PaymentPosting posting;
    private final Ledger ledger;
    private final PaymentRequestReader requests;
    private final Supplier<Object> demoListing;

    CoreHandlers(JsonCodec json, OpenBills openBills, PaymentPosting posting, Ledger ledger,
            Supplier<Object> demoListing) {
        this.json = json;
        this.openBills = openBills;
        this.posting = posting;
        this.ledger = ledger;
        this.requests = new PaymentRequestReader(json);
        this.demoListing = demoListing;
    }

    Reply openBill(String customerNo) {
        if (customerNo == null || customerNo.isBlank()) {
            throw new CoreProblemException(ProblemType.INVALID_REQUEST, "query parameter customerNo is required");
        }
        return Reply.json(200, json.write(WireBodies.bill(openBills.openBill(customerNo))));
    }

    static void requireIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new CoreProblemException(ProblemType.INVALID_REQUEST,
                    "header Idempotency-Key is required, 1-" + MAX_KEY_LENGTH + " characters");
        }
    }

    Reply postPayment(String idempotencyKey, byte[] body) {
        requireIdempotencyKey(idempotencyKey);
        PostingResult result = posting.post(idempotencyKey, requests.read(body));
        Posting posted = result.posting();
        return Reply.created(result.replayed(), json.write(WireBodies.receipt(posted, posting.paidBill(posted))));
    }

    Reply findPayment(String idempotencyKey) {
        return ledger.postingForKey(idempotencyKey)
                .map(p -> Reply.json(200, json.write(WireBodies.receipt(p, posting.paidBill(p)))))
                .orElseThrow(() -> new CoreProblemException(ProblemType.PAYMENT_NOT_FOUND,
                        "no payment was posted under this Idempotency-Key"));
    }

    Reply demo() {
        return Reply.json(200, json.write(demoListing.get()));
    }

    Reply notFound() {
        return Reply.problem(json, ProblemType.NOT_FOUND, "no such route");
    }

    Reply problem(Throwable error) {
        if (error instanceof CoreProblemException problem) {
            return Reply.problem(json, problem);
        }
        return Reply.problem(json, ProblemType.INTERNAL_ERROR, "the core could not handle the request");
    }

    JsonCodec json() {
        return json;
    }
}
