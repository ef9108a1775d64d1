package id.jamsostek.gateway.partner;

/** A registration or a change that breaks a rule, naming the field at fault (its value is never repeated). */
public final class InvalidRegistration extends IllegalArgumentException {

    private final String field;

    public InvalidRegistration(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's name as in the partner file and the admin API, e.g. "companyCodes" or "profile.deadline". */
    public String field() {
        return field;
    }
}
