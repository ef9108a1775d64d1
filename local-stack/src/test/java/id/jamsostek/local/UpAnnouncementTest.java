package id.jamsostek.local;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.partner.file.PartnerFileRegistered;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class UpAnnouncementTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream console = System.out;
    private final StaticApplicationContext context = new StaticApplicationContext();
    private final UpAnnouncement announcement = new UpAnnouncement("http://127.0.0.1:8090", "");

    @BeforeEach
    void capture() {
        context.setEnvironment(new MockEnvironment().withProperty("local.server.port", "18080"));
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(console);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, null);
    }

    @Test
    void saysItIsUpOnlyOnceThePartnersAreRegisteredToo() {
        announcement.onApplicationEvent(ready());
        assertThat(printed()).isEmpty();

        announcement.onApplicationEvent(new PartnerFileRegistered(context));
        assertThat(printed()).contains("jamsostek-gateway is up on http://127.0.0.1:18080");
    }

    @Test
    void saysItIsUpOnlyOnceTheServersListenToo() {
        announcement.onApplicationEvent(new PartnerFileRegistered(context));
        assertThat(printed()).isEmpty();

        announcement.onApplicationEvent(ready());
        assertThat(printed()).containsOnlyOnce("jamsostek-gateway is up");
    }
}
