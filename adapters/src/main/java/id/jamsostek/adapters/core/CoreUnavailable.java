package id.jamsostek.adapters.core;

/**
 * The core gave no usable answer: a timeout, a reset, a 5xx, garbage, or an open breaker. The outcome of a
 * write is therefore unknown, never "rejected".
 */
public final class CoreUnavailable extends RuntimeException {

    private final String service;
    private final Reason reason;

    public enum Reason {
        TIMEOUT, CONNECTION, SERVER_ERROR, MALFORMED_ANSWER, BREAKER_OPEN,
        /** our own bulkhead is full: not retried, the call is shed */
        OVERLOADED,
        /** the core said "not now" (408, 429): no verdict, worth another attempt */
        THROTTLED
    }

    public CoreUnavailable(String service, Reason reason, Throwable cause) {
        super(service + " unavailable: " + reason, cause, false, false);
        this.service = service;
        this.reason = reason;
    }

    public String service() {
        return service;
    }

    public Reason reason() {
        return reason;
    }
}
