package id.jamsostek.contracts;

/** Checks shared by the identifier records. Messages name the identifier, never its value (it may be personal data). */
final class Digits {

    private Digits() {
    }

    static String requireExactly(String value, int length, String what) {
        if (value == null || value.length() != length || !allDigits(value)) {
            throw new IllegalArgumentException(what + " must be exactly " + length + " digits");
        }
        return value;
    }

    static String requireUpTo(String value, int maxLength, String what) {
        if (value == null || value.isEmpty() || value.length() > maxLength || !allDigits(value)) {
            throw new IllegalArgumentException(what + " must be 1 to " + maxLength + " digits");
        }
        return value;
    }

    static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int number(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }
}
