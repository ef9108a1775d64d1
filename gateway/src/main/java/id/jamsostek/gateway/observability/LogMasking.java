package id.jamsostek.gateway.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;

/**
 * Puts {@link MaskingAppender} in front of every appender of the root logger, right after Spring Boot has set up
 * logging (plain text or JSON, console or file: whatever it configured), so no log line leaves the process with a
 * NIK or a name in clear. Registered in {@code META-INF/spring.factories}: it must run before any bean logs.
 */
public class LogMasking implements SmartApplicationListener {

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            install(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    static void install(Logger root) {
        List<Appender<ILoggingEvent>> plain = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> appenders = root.iteratorForAppenders(); appenders.hasNext(); ) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (!(appender instanceof MaskingAppender)) {
                plain.add(appender);
            }
        }
        for (Appender<ILoggingEvent> appender : plain) {
            MaskingAppender masking = new MaskingAppender(appender);
            masking.start();
            root.detachAppender(appender);
            root.addAppender(masking);
        }
    }
}
