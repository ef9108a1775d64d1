package id.jamsostek.gateway.messagelog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The last entry of a chain (instance, month): what the next entry links to and what an anchor signs. */
public record ChainHead(String instance, YearMonth month, long seq, byte[] hash) {

    static ChainHead genesis(String instance, YearMonth month) {
        return new ChainHead(instance, month, 0, ChainEntry.GENESIS);
    }

    /** The next entry of this chain for a captured exchange. */
    ChainEntry next(Captured exchange, Instant loggedAt) {
        ChainEntry unhashed = new ChainEntry(instance, month, seq + 1, loggedAt.truncatedTo(ChronoUnit.MICROS),
                exchange.partner(), exchange.route(), exchange.method(), exchange.path(), exchange.status(),
                exchange.requestSha256(), exchange.responseSha256(), hash, null);
        return new ChainEntry(unhashed.instance(), unhashed.month(), unhashed.seq(), unhashed.loggedAt(),
                unhashed.partner(), unhashed.route(), unhashed.method(), unhashed.path(), unhashed.status(),
                unhashed.requestSha256(), unhashed.responseSha256(), unhashed.prevHash(), unhashed.computeHash());
    }

    static ChainHead of(ChainEntry entry) {
        return new ChainHead(entry.instance(), entry.month(), entry.seq(), entry.entryHash());
    }
}
