package id.jamsostek.contracts.validation;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * JDK regular expressions with ECMA-262's meaning of {@code $}. JSON Schema patterns are ECMA-262, where {@code $}
 * matches only at the end of the input; in Java it also matches before a final line break, so
 * {@code ^[0-9]{1,20}$} would accept "12345\n". Every {@code $} outside a character class becomes {@code \z}.
 */
final class EcmaAnchoredRegularExpressionFactory implements RegularExpressionFactory {

    static final EcmaAnchoredRegularExpressionFactory INSTANCE = new EcmaAnchoredRegularExpressionFactory();

    private EcmaAnchoredRegularExpressionFactory() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(anchorEndOfInput(regex));
        return value -> pattern.matcher(value).find();
    }

    static String anchorEndOfInput(String regex) {
        StringBuilder java = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                java.append(c).append(regex.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                java.append(c);
            } else if (c == ']') {
                inClass = false;
                java.append(c);
            } else if (c == '$' && !inClass) {
                java.append("\\z");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }
}
