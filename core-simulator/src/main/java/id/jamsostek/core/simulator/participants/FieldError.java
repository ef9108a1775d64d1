package id.jamsostek.core.simulator.participants;

/**
 * One rule an enrollment breaks, as the problem's {@code errors} entry.
 *
 * @param pointer a JSON pointer into the request body, e.g. "/nik"
 * @param detail what is wrong, never the value sent (it may be personal data)
 */
public record FieldError(String pointer, String detail) {
}
