package id.jamsostek.core.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enrollment command bodies for tests, from the contract's example (Ahmad Suryadi, village official paid by the
 * village budget) with fields changed: fixtures come from contracts/, not copies.
 */
final class Enrollment {

    static final String PATH = "/core/v1/enrollments";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXAMPLE = "contracts/core/examples/EnrollmentCommand/valid/village-official-village-budget.json";

    private final ObjectNode body;

    private Enrollment(ObjectNode body) {
        this.body = body;
    }

    /** The example, for the NIK given (a man born on the day it encodes), first month November 2026. */
    static Enrollment of(String nik, String birthDate) {
        try (InputStream in = Enrollment.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            body.put("nik", nik);
            body.put("birthDate", birthDate);
            body.put("firstMonth", "2026-11");
            return new Enrollment(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A man born on 1990-01-{day}, serial given: a NIK of Kec. Balaraja whose birth date part agrees. */
    static Enrollment man(int day, int serial) {
        String dd = "%02d".formatted(day);
        return of("360301" + dd + "0190" + "%04d".formatted(serial), "1990-01-" + dd);
    }

    Enrollment with(String field, String value) {
        body.put(field, value);
        return this;
    }

    Enrollment village(String villageCode) {
        return with("villageCode", villageCode);
    }

    Enrollment payer(String type) {
        body.putObject("payer").put("type", type);
        return this;
    }

    /** Paid for by the donor named at enrollment. */
    Enrollment paidByDonor(String donorId) {
        body.putObject("payer").put("type", "DONOR").put("donorId", donorId);
        return this;
    }

    Enrollment programs(String... programs) {
        var array = body.putArray("programs");
        for (String p : programs) {
            array.add(p);
        }
        return this;
    }

    String nik() {
        return body.get("nik").asString();
    }

    String json() {
        return JSON.writeValueAsString(body);
    }

    /** Enrolls under a key made of the NIK; fails the test unless 201. */
    JsonNode enrollIn(CoreClient core) {
        HttpResponse<String> response = core.post(PATH, "enroll-" + nik(), json());
        if (response.statusCode() != 201) {
            throw new AssertionError("enrollment: " + response.statusCode() + " " + response.body());
        }
        return CoreClient.json(response);
    }
}
