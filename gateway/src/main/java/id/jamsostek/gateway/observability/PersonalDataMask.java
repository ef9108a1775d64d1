package id.jamsostek.gateway.observability;

import java.util.regex.Pattern;

/**
 * The log pipeline's last line of defence for personal data: whatever a log line, or an exception logged with it,
 * quotes of a NIK, a name, a birth date, an address or a passport number is masked before it is written. Log
 * statements do not log such data on purpose; this catches what slips through (a driver's or parser's message
 * quoting the request, a URL with a NIK as customerNo).
 * <ul>
 * <li>every run of 16 or more digits, NIK-like (a VA number can end in a NIK): the first 6 and last 2 digits stay,
 * as in the answers' {@code nikMasked};</li>
 * <li>the value of a personal field written as JSON ({@code "fullName":"..."}) or as {@code fullName=...} (records'
 * {@code toString}, query strings).</li>
 * </ul>
 */
public final class PersonalDataMask {

    private static final String FIELDS = "nik|fullName|name|holderName|virtualAccountName|birthDate|passportNo|address";
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8,}([0-9]{2})(?![0-9])");
    private static final Pattern JSON_FIELD = Pattern.compile("(\"(?:" + FIELDS + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")");
    private static final Pattern ASSIGNED_FIELD = Pattern.compile("\\b((?:" + FIELDS + ")=)[^,;&)\\]}\\s][^,;&)\\]}]*");
    private static final String HIDDEN = "***";

    private PersonalDataMask() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = DIGIT_RUN.matcher(text).replaceAll("$1********$2");
        masked = JSON_FIELD.matcher(masked).replaceAll("$1" + HIDDEN + "$2");
        return ASSIGNED_FIELD.matcher(masked).replaceAll("$1" + HIDDEN);
    }
}
