package id.jamsostek.gateway.partner.file;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;

/** The partner file is registered: partners' requests are served from now on (the local stack says it is up). */
public class PartnerFileRegistered extends ApplicationEvent {

    public PartnerFileRegistered(ApplicationContext context) {
        super(context);
    }

    public ApplicationContext context() {
        return (ApplicationContext) getSource();
    }
}
