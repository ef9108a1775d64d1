package id.jamsostek.adapters.masking;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks a person's or a holder's name wherever a channel shows one, as payment aggregators do ("NINO JULIAN" ->
 * "NI*O JU***N"): enough to recognise one's own, too little to harvest names by guessing numbers.
 */
public final class NameMask {

    private static final int MAX_LENGTH = 255;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Shown when there is no name to mask: SNAP wants a non-empty virtualAccountName. */
    public static final String UNKNOWN = "*";

    private NameMask() {}

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return UNKNOWN;
        }
        String masked = Arrays.stream(SPACES.split(name.trim()))
                .map(NameMask::maskWord)
                .collect(Collectors.joining(" "));
        return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH);
    }

    private static String maskWord(String word) {
        int length = word.codePointCount(0, word.length());
        if (length <= 3) {
            return word.substring(0, word.offsetByCodePoints(0, 1)) + "*".repeat(length - 1);
        }
        int keepHead = word.offsetByCodePoints(0, 2);
        int lastStart = word.offsetByCodePoints(0, length - 1);
        return word.substring(0, keepHead) + "*".repeat(length - 3) + word.substring(lastStart);
    }
}
