package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.billing.Ledger;
import id.jamsostek.core.simulator.billing.Posting;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code GET /sim/v1/postings}: every payment posted, in posting order, with the key it was posted under, so that a
 * drill can count the postings of each payment it made.
 */
final class LedgerListing {

    private final JsonCodec json;
    private final Ledger ledger;

    LedgerListing(JsonCodec json, Ledger ledger) {
        this.json = json;
        this.ledger = ledger;
    }

    Reply all() {
        List<PostingEntry> entries = ledger.postings().stream().map(LedgerListing::entry).toList();
        return Reply.json(200, json.write(new Listing(entries.size(), entries)));
    }

    private static PostingEntry entry(Posting posting) {
        return new PostingEntry(posting.paymentId(), posting.idempotencyKey(), posting.billId(), posting.customerNo(),
                posting.amount().toWire(), posting.channel().name(), posting.partnerId(), posting.reference(),
                posting.paidAt().toString(), posting.postedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    record Listing(int count, List<PostingEntry> postings) {
    }

    /** One posting; {@code reference} is the caller's own (a bank payment's paymentRequestId). */
    record PostingEntry(String paymentId, String idempotencyKey, String billId, String customerNo, String amount,
            String channel, String partnerId, String reference, String paidAt, String postedAt) {
    }
}
