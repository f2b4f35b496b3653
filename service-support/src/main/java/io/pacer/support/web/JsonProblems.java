package io.pacer.support.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns a Jackson read failure into a field issue that names the JSON path (e.g. {@code figures[0].value} or
 * {@code [2].period} in an array) and says why, without Java class names or parser internals.
 */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    private JsonProblems() {
    }

    static FieldIssue issue(JacksonException e) {
        String located = path(e);
        String path = located.isEmpty() ? "body" : located;
        if (e instanceof PropertyBindingException unknown) {
            String name = unknown.getPropertyName();
            return new FieldIssue(located.isEmpty() ? name : path, "unknown field '" + name + "'");
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String name = duplicate.group(1);
            String field = located.equals(name) || located.endsWith("." + name) ? located : join(located, name);
            return new FieldIssue(field, "field '" + name + "' appears more than once");
        }
        if (e instanceof InvalidNullException) {
            return new FieldIssue(path, "must not be null");
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new FieldIssue(path, cause.getMessage() == null ? "is not valid" : cause.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldIssue(path, "must be " + describe(mismatch.getTargetType()));
        }
        if (e.getCause() instanceof NumberFormatException) {
            // e.g. 1e99999999999, whose exponent no BigDecimal can hold; Jackson's message names the Java type
            return new FieldIssue(path, "is a number that cannot be read (its exponent is out of range)");
        }
        if (e instanceof StreamReadException) {
            return new FieldIssue(path, "malformed JSON" + where(e) + ": "
                    + firstSentence(original));
        }
        return new FieldIssue(path, "cannot be read: " + firstSentence(original));
    }

    static String path(JacksonException e) {
        // A token-level error knows only the parser's position, which is also the most precise one.
        if (e instanceof StreamReadException && e.processor() instanceof JsonParser parser) {
            String position = path(parser.streamReadContext());
            if (!position.isEmpty()) {
                return position;
            }
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                append(path, ref.getPropertyName());
            }
            else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        return context.currentName() == null ? parent : join(parent, context.currentName());
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static void append(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }

    private static String where(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static String firstSentence(String message) {
        String text = message.replaceAll("\\s+", " ").trim();
        int cut = text.indexOf(" at [Source");
        text = cut > 0 ? text.substring(0, cut) : text;
        // Jackson's advice names its own switches ("enable `JsonReadFeature...` to allow"): not for API clients.
        text = text.replaceAll(":? ?\\(?(enable|set) `[^`]+`[^)]*\\)?$", "");
        // A limit's message names its setter ("(1000, from `StreamReadConstraints.getMaxNumberLength()`)").
        text = text.replaceAll(", from `[^`]+`", "");
        if (text.startsWith("Non-standard token")) {
            text = text + " (a value must be a finite JSON number)";
        }
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    static String describe(Class<?> type) {
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
