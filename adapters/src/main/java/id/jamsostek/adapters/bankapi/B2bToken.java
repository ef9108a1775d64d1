package id.jamsostek.adapters.bankapi;

import java.time.Instant;

/** A bank's B2B access token and when to stop using it; it never prints. */
record B2bToken(String value, Instant renewAt) {

    boolean usableAt(Instant now) {
        return now.isBefore(renewAt);
    }

    @Override
    public String toString() {
        return "B2bToken[renewAt=" + renewAt + "]";
    }
}
