package id.jamsostek.core.simulator;

import static id.jamsostek.core.simulator.ContractConformance.assertConforms;
import static id.jamsostek.core.simulator.ContributionBillHttpTest.employee;
import static id.jamsostek.core.simulator.CoreClient.json;
import static id.jamsostek.core.simulator.CoreClient.problemType;
import static id.jamsostek.core.simulator.Employers.HEAD_OFFICE;
import static id.jamsostek.core.simulator.Employers.MAJU;
import static id.jamsostek.core.simulator.Employers.PREVIEWS;
import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.demo.DemoSeed;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PUT .../sector: a unit of a labour-intensive industry pays JKK at 50 % for the contribution months February 2025 to
 * January 2026 (PP 7/2025, PP 36/2025; docs/domain.md): risk group I, 0.24 % becomes 0.12 %, Rp9,600 on Rp8,000,000;
 * "today" 22 November 2026. PT Maju Bersama (19012345) is risk group I; its employees started in March 2025.
 */
class EmployerSectorHttpTest {

    private static final String SECTOR = Employers.unit(MAJU, HEAD_OFFICE) + "/sector";
    private static final String LABOUR_INTENSIVE = "{\"sector\":\"LABOUR_INTENSIVE\"}";

    @RegisterExtension
    final PinnedSimulator simulator = PinnedSimulator.at("2026-11-22T10:00:00");
    private final CoreClient core = simulator.core();

    private String previewedJkk(String period) {
        HttpResponse<String> response = core.post(PREVIEWS, null, """
                {"npp":"%s","division":"%s","period":"%s","employees":[{"reference":"PAYROLL-0001",
                 "monthlyWage":"8000000.00"}]}""".formatted(MAJU, HEAD_OFFICE, period));
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).at("/employees/0/programs/0/employer").asString();
    }

    private String budiOnTheBill(String period) {
        return employee(json(core.get(Employers.bill(MAJU, HEAD_OFFICE, period))), DemoSeed.BUDI_KPJ);
    }

    @Test
    void recordsTheSectorAndAnswersIt() {
        HttpResponse<String> response = core.put(SECTOR, LABOUR_INTENSIVE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertConforms("EmployerSector", response);
        assertThat(response.body()).isEqualTo(LABOUR_INTENSIVE);
        assertThat(core.put(SECTOR, LABOUR_INTENSIVE).body()).as("the same again changes nothing")
                .isEqualTo(LABOUR_INTENSIVE);
    }

    @Test
    void halvesTheJkkFromTheFirstToTheLastDiscountedMonthOnly() {
        core.put(SECTOR, LABOUR_INTENSIVE);

        assertThat(previewedJkk("2025-01")).as("the month before").isEqualTo("19200.00");
        assertThat(previewedJkk("2025-02")).as("the first discounted month").isEqualTo("9600.00");
        assertThat(previewedJkk("2026-01")).as("the last discounted month").isEqualTo("9600.00");
        assertThat(previewedJkk("2026-02")).as("the month after").isEqualTo("19200.00");
        assertThat(budiOnTheBill("2026-01")).isEqualTo("8000000.00 JP base 8000000.00: JKK 9600.00/0.00, "
                + "JKM 24000.00/0.00, JHT 296000.00/160000.00, JP 160000.00/80000.00");
        assertThat(budiOnTheBill("2026-02")).startsWith("8000000.00 JP base 8000000.00: JKK 19200.00/0.00,");
    }

    @Test
    void aUnitOfAnotherSectorPaysTheFullJkkInTheDiscountedMonths() {
        core.put(SECTOR, LABOUR_INTENSIVE);
        core.put(SECTOR, "{\"sector\":\"OTHER\"}");

        assertThat(previewedJkk("2025-02")).isEqualTo("19200.00");
        assertThat(budiOnTheBill("2026-01")).startsWith("8000000.00 JP base 8000000.00: JKK 19200.00/0.00,");
    }

    @Test
    void refusesASectorOfNonWageEarnersAnUnknownUnitAndABadPath() {
        HttpResponse<String> transport = core.put(SECTOR, "{\"sector\":\"TRANSPORT\"}");
        assertThat(transport.statusCode()).isEqualTo(400);
        assertThat(problemType(transport)).endsWith("/invalid-request");
        assertConforms("Problem", transport);

        HttpResponse<String> unknown = core.put(Employers.unit("19999999", HEAD_OFFICE) + "/sector", LABOUR_INTENSIVE);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problemType(unknown)).endsWith("/unknown-employer");

        assertThat(core.put("/core/v1/employers/1901234/divisions/000/sector", LABOUR_INTENSIVE).statusCode())
                .isEqualTo(400);
        assertThat(previewedJkk("2025-02")).as("nothing changed").isEqualTo("19200.00");
    }
}
