package io.pacer.e2e;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads: every identifier that is not a function (followed by a parenthesis),
 * a keyword, a label (inside braces or a by/without/on/ignoring/group list) or part of a number or duration.
 */
final class PromQl {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LIST =
            Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

    private PromQl() {
    }

    static Set<String> metricNames(String expression) {
        String s = STRING.matcher(expression).replaceAll("\"\"");
        s = LABELS.matcher(s).replaceAll(" ");
        s = RANGE.matcher(s).replaceAll(" ");
        s = LABEL_LIST.matcher(s).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            String name = m.group();
            boolean inNumber = m.start() > 0 && (Character.isDigit(s.charAt(m.start() - 1))
                    || s.charAt(m.start() - 1) == '.');
            if (inNumber || KEYWORDS.contains(name.toLowerCase()) || followedByParenthesis(s, m.end())) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    private static boolean followedByParenthesis(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '(';
            }
        }
        return false;
    }
}
