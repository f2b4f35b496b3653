package io.pacer.ingest;

/**
 * What every endpoint of ingest does with a client's text: ids and codes are bounded and printable, and an error
 * message quotes at most {@link #QUOTED} characters of what was sent, so a hostile input cannot make the answer (or a
 * log line) as large as the request.
 */
public final class Inputs {

    public static final int MAX_ID = 64;
    public static final int QUOTED = 40;

    private Inputs() {
    }

    /**
     * The text in single quotes, cut to its first 40 characters (then marked with an ellipsis and its full length),
     * control characters written as Java-style escapes so a message never carries a raw newline or terminal escape.
     */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        for (int k = 0; k < Math.min(text.length(), QUOTED); k++) {
            char c = text.charAt(k);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() <= QUOTED ? out.append("'").toString()
                : out.append("…' (").append(text.length()).append(" characters)").toString();
    }

    /**
     * Why an id or code cannot be one (more than 64 characters, or a control character), or {@code null} if it can.
     * Blank and pattern checks are the caller's: this is the bound every id shares.
     */
    public static String idProblem(String id) {
        if (id.length() > MAX_ID) {
            return "must be at most " + MAX_ID + " characters, was " + quote(id);
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters, was " + quote(id);
        }
        return null;
    }
}
