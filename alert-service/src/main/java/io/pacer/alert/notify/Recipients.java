package io.pacer.alert.notify;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The recipients of an e-mail subscription: 1 to 20 plain addresses ({@code name@example.org}, no display names),
 * comma-separated, at most 2,000 characters in all.
 */
final class Recipients {

    static final int MAX = 20;
    private static final int MAX_QUOTED = 40;

    private Recipients() {
    }

    /** Why the list is not acceptable, naming the first bad recipient; null when it is. */
    static String refusal(String address) {
        if (address == null || address.isBlank()) {
            return "must list at least one e-mail recipient (comma-separated)";
        }
        if (address.length() > 2000) {
            return "must be at most 2000 characters";
        }
        List<String> each = Arrays.stream(address.split(",", -1)).map(String::trim).toList();
        if (each.size() > MAX) {
            return "must list at most " + MAX + " recipients, not " + each.size();
        }
        for (String one : each) {
            if (!plain(one)) {
                return "'" + quoted(one) + "' is not an e-mail address";
            }
        }
        return null;
    }

    private static boolean plain(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '<' || c == '>')) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            int at = text.lastIndexOf('@');
            return parsed.getPersonal() == null && text.equals(parsed.getAddress()) && at > 0
                    && at < text.length() - 1 && text.substring(at + 1).contains(".");
        } catch (AddressException e) {
            return false;
        }
    }

    /** Error messages quote at most 40 characters of what a caller gave. */
    static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }
}
