package id.jamsostek.gateway.problem.rendering;

/**
 * An error as it may be logged: its class and stack, not its message, which can quote request bytes (a NIK, a
 * name) when a parser or a driver fails on them.
 */
final class RedactedError extends RuntimeException {

    RedactedError(Throwable error) {
        super(error.getClass().getName() + " (message withheld)", error.getCause() == null ? null
                : new RedactedError(error.getCause()), false, true);
        setStackTrace(error.getStackTrace());
    }
}
