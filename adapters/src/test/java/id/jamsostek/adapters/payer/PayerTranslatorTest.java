package id.jamsostek.adapters.payer;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.adapters.core.Enrollment;
import id.jamsostek.adapters.core.ParticipantRecord;
import id.jamsostek.adapters.core.Sponsorship;
import id.jamsostek.contracts.validation.ContractSchema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PayerTranslatorTest {

    private final PayerTranslator translator = new PayerTranslator();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void registersAnAgentsWorkerAsSelfPaidThroughTheAgentChannel() {
        AgentEnrollmentForm form = new AgentEnrollmentForm("3603011003900052", "Dedi Kurniawan", "1990-03-10", "M",
                "3603012001", "Kp. Saga", "Pengemudi ojek daring", "1000000.00", List.of("JKK", "JKM"), null,
                "2026-11");

        Enrollment command = translator.toCommand(form, "PERISAI-SAGA-01");

        assertThat(command.channel()).isEqualTo("AGENT");
        assertThat(command.partnerId()).isEqualTo("PERISAI-SAGA-01");
        assertThat(command.payer().type()).isEqualTo("SELF");
        assertThat(command.role()).isEqualTo("OTHER");
        assertThat(command.sector()).isEqualTo("OTHER");
    }

    @Test
    void showsADonorItsSponsoredParticipantMaskedAsTheContractSays() {
        ParticipantRecord record = new ParticipantRecord("26112200001", "3603011003900051", "Siti Rahmah",
                "3603012001", "VULNERABLE_WORKER", new Enrollment.Payer("SELF", null), List.of("JKK", "JKM"),
                LocalDate.of(2026, 11, 22), YearMonth.of(2026, 11), true, LocalDate.of(2026, 12, 21), null);
        SponsorshipView view = translator.toView(new Sponsorship("CSR-ACME-01", "26112200001", YearMonth.of(2026, 12),
                YearMonth.of(2027, 2), record));

        byte[] listed = json.writeValueAsBytes(Map.of("items", List.of(view)));

        assertThat(new String(listed, java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("3603011003900051", "SITI", "Siti");
        assertThat(view.participant().nikMasked()).isEqualTo("360301********51");
        assertThat(ContractSchema.load("contracts/payer/schemas/SponsoredParticipants.json").validate(listed))
                .isEmpty();
    }

    @Test
    void showsANewSponsorshipWithTheNikItNamedMasked() {
        SponsorshipView view = translator.toView(new Sponsorship("CSR-ACME-01", "26112200001", YearMonth.of(2026, 12),
                YearMonth.of(2027, 2), null), "3603011003900051");

        assertThat(ContractSchema.load("contracts/payer/schemas/Sponsorship.json")
                .validate(json.writeValueAsBytes(view))).isEmpty();
        assertThat(view.nikMasked()).isEqualTo("360301********51");
    }
}
