package id.jamsostek.adapters.bankapi;

import java.time.Duration;
import java.util.Objects;

/**
 * Time rules of the calls toward the banks, beside the per-attempt resilience settings.
 *
 * @param callBudget          the one deadline of a status or report call: the token, every attempt and the
 *                            renewal after a refused token all spend from it
 * @param tokenRefreshMargin  how long before its expiry a B2B token is replaced (at most half its lifetime), so a
 *                            token never expires on the way to the bank
 */
public record BankApiTiming(Duration callBudget, Duration tokenRefreshMargin) {

    public BankApiTiming {
        Objects.requireNonNull(callBudget, "callBudget");
        Objects.requireNonNull(tokenRefreshMargin, "tokenRefreshMargin");
        if (callBudget.isNegative() || callBudget.isZero() || tokenRefreshMargin.isNegative()) {
            throw new IllegalArgumentException("callBudget is positive, tokenRefreshMargin not negative");
        }
    }
}
