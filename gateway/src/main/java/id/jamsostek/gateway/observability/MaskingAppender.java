package id.jamsostek.gateway.observability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;

/**
 * Wraps one of the appenders Spring Boot configured (console, file; plain text or JSON alike) and hands it every
 * event with its message and exception messages passed through {@link PersonalDataMask}.
 */
final class MaskingAppender extends AppenderBase<ILoggingEvent> {

    private final Appender<ILoggingEvent> target;

    MaskingAppender(Appender<ILoggingEvent> target) {
        this.target = target;
        setName(target.getName());
        setContext(target.getContext());
    }

    Appender<ILoggingEvent> target() {
        return target;
    }

    @Override
    protected void append(ILoggingEvent event) {
        target.doAppend(masked(event));
    }

    @Override
    public void stop() {
        super.stop();
        target.stop();
    }

    static ILoggingEvent masked(ILoggingEvent event) {
        LoggingEvent copy = new LoggingEvent();
        copy.setLoggerContextRemoteView(event.getLoggerContextVO());
        copy.setLoggerName(event.getLoggerName());
        copy.setThreadName(event.getThreadName());
        copy.setLevel(event.getLevel());
        copy.setMessage(PersonalDataMask.mask(event.getFormattedMessage()));
        copy.setInstant(event.getInstant());
        copy.setMDCPropertyMap(event.getMDCPropertyMap());
        if (event.getMarkerList() != null) {
            event.getMarkerList().forEach(copy::addMarker);
        }
        copy.setKeyValuePairs(event.getKeyValuePairs());
        if (event.hasCallerData()) {
            copy.setCallerData(event.getCallerData());
        }
        if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
            copy.setThrowableProxy(new ThrowableProxy(new MaskedThrowable(proxy.getThrowable())));
        }
        return copy;
    }

    /** A throwable as it may be logged: its class, stack and causes, with masked messages. */
    private static final class MaskedThrowable extends RuntimeException {

        MaskedThrowable(Throwable original) {
            super(original.getClass().getName() + (original.getMessage() == null ? ""
                    : ": " + PersonalDataMask.mask(original.getMessage())),
                    original.getCause() == null || original.getCause() == original ? null
                            : new MaskedThrowable(original.getCause()), false, true);
            setStackTrace(original.getStackTrace());
            for (Throwable suppressed : original.getSuppressed()) {
                addSuppressed(new MaskedThrowable(suppressed));
            }
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
