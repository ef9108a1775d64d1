package id.jamsostek.core.simulator;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Employee registration bodies for tests, from the contract's example (Sri Wahyuni, registered by NIK) with fields
 * changed: fixtures come from contracts/, not copies.
 */
final class EmployeeBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXAMPLE =
            "contracts/core/examples/EmployeeRegistration/valid/indonesian-by-nik-required-programs.json";

    private final ObjectNode body;

    private EmployeeBody(ObjectNode body) {
        this.body = body;
    }

    /** The example: a woman born 1990-05-15 (NIK day 55), starting 2 November 2026 on Rp6,500,000. */
    static EmployeeBody example() {
        return new EmployeeBody((ObjectNode) JSON.readTree(CoreExamplesOnClasspath.read(EXAMPLE)));
    }

    /** A man born on 1990-01-{day} with the serial given: a NIK of Kec. Balaraja whose birth date part agrees. */
    static EmployeeBody man(int day, int serial) {
        String dd = "%02d".formatted(day);
        return example().with("nik", "360301" + dd + "0190" + "%04d".formatted(serial))
                .with("birthDate", "1990-01-" + dd).with("sex", "M");
    }

    /** A foreigner, by nationality and passport number. */
    static EmployeeBody foreigner(String nationality, String passportNo) {
        EmployeeBody foreigner = example().with("nationality", nationality).with("passportNo", passportNo);
        foreigner.body.remove("nik");
        return foreigner;
    }

    EmployeeBody with(String field, String value) {
        body.put(field, value);
        return this;
    }

    EmployeeBody programs(String... programs) {
        var array = body.putArray("programs");
        for (String p : programs) {
            array.add(p);
        }
        return this;
    }

    String json() {
        return JSON.writeValueAsString(body);
    }

    /** Registers under a key made of the body; fails the test unless 201. */
    JsonNode registerIn(CoreClient core, String npp, String division) {
        HttpResponse<String> response = core.post(Employers.employees(npp, division), "reg-" + json().hashCode(), json());
        if (response.statusCode() != 201) {
            throw new AssertionError("registration: " + response.statusCode() + " " + response.body());
        }
        return CoreClient.json(response);
    }
}
