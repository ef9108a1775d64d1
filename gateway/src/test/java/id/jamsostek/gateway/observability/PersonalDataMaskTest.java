package id.jamsostek.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void masksANikAsTheAnswersDo() {
        assertThat(PersonalDataMask.mask("no participant 3603011407910007 found"))
                .isEqualTo("no participant 360301********07 found");
    }

    @Test
    void masksANikInsideALongerRunOfDigitsSuchAsAVirtualAccountNumber() {
        assertThat(PersonalDataMask.mask("va 888993603011407910007")).isEqualTo("va 888993********07");
        assertThat(PersonalDataMask.mask("/core/v1/bills/open?customerNo=3603011407910007"))
                .isEqualTo("/core/v1/bills/open?customerNo=360301********07");
    }

    @Test
    void leavesShorterNumbersAlone() {
        String line = "kpj 26031400789 npp 19012345 amount 16800.00 code 4092500 region 3603012001";
        assertThat(PersonalDataMask.mask(line)).isEqualTo(line);
    }

    @Test
    void masksPersonalFieldsWrittenAsJson() {
        assertThat(PersonalDataMask.mask("body {\"fullName\": \"Ahmad Suryadi\",\"birthDate\":\"1991-07-14\","
                + "\"address\":\"Kp. \\\"Saga\\\" RT 001\",\"sex\":\"M\"}"))
                .isEqualTo("body {\"fullName\": \"***\",\"birthDate\":\"***\",\"address\":\"***\",\"sex\":\"M\"}");
    }

    @Test
    void masksPersonalFieldsWrittenAsAssignments() {
        assertThat(PersonalDataMask.mask("Form[fullName=Ahmad Suryadi, birthDate=1991-07-14, sex=M]"))
                .isEqualTo("Form[fullName=***, birthDate=***, sex=M]");
        assertThat(PersonalDataMask.mask("?name=Siti Rahayu&page=2")).isEqualTo("?name=***&page=2");
    }

    @Test
    void aLoggedEventIsMaskedInItsMessageAndItsExceptionsButKeepsEverythingElse() {
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        LoggingEvent event = new LoggingEvent("x", context.getLogger("test"), Level.WARN,
                "enrolling {} failed", new IllegalStateException("duplicate nik=3603011407910007",
                        new IllegalArgumentException("fullName=Ahmad Suryadi")), new Object[] {"3603011407910007"});

        ILoggingEvent masked = MaskingAppender.masked(event);

        assertThat(masked.getFormattedMessage()).isEqualTo("enrolling 360301********07 failed");
        assertThat(masked.getLevel()).isEqualTo(Level.WARN);
        assertThat(masked.getLoggerName()).isEqualTo("test");
        assertThat(masked.getThrowableProxy().getMessage()).doesNotContain("3603011407910007").contains("nik=***");
        assertThat(masked.getThrowableProxy().getCause().getMessage()).contains("fullName=***")
                .doesNotContain("Ahmad");
        assertThat(masked.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
    }
}
