package id.jamsostek.core.simulator.http;

import id.jamsostek.core.simulator.problem.CoreProblemException;
import id.jamsostek.core.simulator.problem.ProblemType;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code /sim/v1/faults}: an outage of the core routes switched over HTTP, for a drill against a simulator in its own
 * process. {@code POST {"mode":"DOWN"|"RESET","seconds":n}} starts one (replacing any other), {@code {"mode":"NONE"}}
 * clears every fault; both answer, as {@code GET} does, the outage in force and what is left of it.
 */
final class FaultSwitch {

    static final int MAX_SECONDS = 3600;
    private static final String NONE = "NONE";

    private final JsonCodec json;
    private final SimulatedFaults faults;

    FaultSwitch(JsonCodec json, SimulatedFaults faults) {
        this.json = json;
        this.faults = faults;
    }

    Reply state() {
        FaultState state = faults.currentOutage()
                .map(outage -> new FaultState(outage.outage().name(), outage.remaining().toMillis()))
                .orElse(new FaultState(NONE, 0));
        return Reply.json(200, json.write(state));
    }

    Reply change(byte[] body) {
        JsonNode root = object(body);
        String mode = mode(root);
        if (mode.equals(NONE)) {
            faults.reset();
        } else {
            faults.outage(SimulatedFaults.Outage.valueOf(mode), Duration.ofSeconds(seconds(root)));
        }
        return state();
    }

    private JsonNode object(byte[] body) {
        try {
            JsonNode root = json.read(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JacksonException malformed) {
            // answered below, as for any body that is not an object
        }
        throw invalid("the body must be a JSON object like {\"mode\":\"DOWN\",\"seconds\":20}");
    }

    private static String mode(JsonNode root) {
        JsonNode mode = root.get("mode");
        if (mode == null || !mode.isString()) {
            throw invalid("mode is required: DOWN, RESET or NONE");
        }
        String value = mode.asString();
        if (!value.equals(NONE) && !value.equals("DOWN") && !value.equals("RESET")) {
            throw invalid("mode must be DOWN, RESET or NONE");
        }
        return value;
    }

    private static int seconds(JsonNode root) {
        JsonNode seconds = root.get("seconds");
        if (seconds == null || !seconds.isIntegralNumber() || seconds.asLong() < 1 || seconds.asLong() > MAX_SECONDS) {
            throw invalid("seconds is required: a whole number from 1 to " + MAX_SECONDS);
        }
        return seconds.asInt();
    }

    private static CoreProblemException invalid(String detail) {
        return new CoreProblemException(ProblemType.INVALID_REQUEST, detail);
    }

    /** The outage in force ({@code NONE} when there is none) and the milliseconds left of it. */
    record FaultState(String mode, long remainingMillis) {
    }
}
