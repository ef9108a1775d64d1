package id.jamsostek.gateway.messagelog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * One exchange as it stands in its chain. {@code entryHash} is SHA-256 over the canonical encoding of every other
 * field, {@code prevHash} included, so editing a field breaks this entry and deleting one breaks the link of the
 * next.
 *
 * @param month    the chain's month in Jakarta time
 * @param loggedAt when the entry was sequenced, to the microsecond (what PostgreSQL keeps)
 * @param partner  the authenticated partner's id; null when the request authenticated no partner
 * @param route    the gateway route id, or the path pattern of a handler outside the gateway routes
 * @param path     the path as received, without the query string (the query is in the encrypted archive only)
 */
public record ChainEntry(String instance, YearMonth month, long seq, Instant loggedAt, String partner, String route,
        String method, String path, int status, byte[] requestSha256, byte[] responseSha256, byte[] prevHash,
        byte[] entryHash) {

    /** The prev hash of a chain's first entry. */
    static final byte[] GENESIS = new byte[32];

    /** The hash the fields make, to compare with the stored {@code entryHash}. */
    public byte[] computeHash() {
        return Canonical.of("jamsostek-message-log-entry/1")
                .text(instance).text(month.toString()).number(seq)
                .number(ChronoUnit.MICROS.between(Instant.EPOCH, loggedAt))
                .text(partner).text(route).text(method).text(path).number(status)
                .bytes(requestSha256).bytes(responseSha256).bytes(prevHash)
                .sha256();
    }

    public boolean intact() {
        return Arrays.equals(computeHash(), entryHash);
    }

    /** The associated data binding an archived payload to this entry's place in its chain. */
    static byte[] payloadBinding(String instance, YearMonth month, long seq, String part) {
        return Canonical.of("jamsostek-message-log-payload/1").text(instance).text(month.toString()).number(seq)
                .text(part).encoded();
    }
}
