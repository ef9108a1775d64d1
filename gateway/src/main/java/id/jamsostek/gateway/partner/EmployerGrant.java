package id.jamsostek.gateway.partner;

import java.util.Optional;

/**
 * One employer a platform may act for: "19012345/000" (that division) or "19012345/*" (every division of the NPP).
 *
 * @param division empty for every division
 */
public record EmployerGrant(String npp, Optional<String> division) {

    private static final String EVERY_DIVISION = "*";

    public static EmployerGrant of(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("[0-9]{8}")
                || !(parts[1].equals(EVERY_DIVISION) || parts[1].matches("[0-9]{3}"))) {
            throw new IllegalArgumentException("an employer grant is NPP/division or NPP/* (8 and 3 digits): " + text);
        }
        return new EmployerGrant(parts[0], parts[1].equals(EVERY_DIVISION) ? Optional.empty() : Optional.of(parts[1]));
    }

    public boolean covers(String npp, String division) {
        return this.npp.equals(npp) && this.division.map(division::equals).orElse(true);
    }

    @Override
    public String toString() {
        return npp + "/" + division.orElse(EVERY_DIVISION);
    }
}
