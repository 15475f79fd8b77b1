package dev.crosscheck.shared.error;

/**
 * Whether a request target is a URI as RFC 3986 writes one: only its ASCII characters, and every
 * {@code %} followed by two hexadecimal digits. The HTTP codec reads the request line as ISO-8859-1,
 * so raw UTF-8 would otherwise arrive as other characters than the client meant (a claim id "中"
 * looked up as "ä¸­"): such a request is refused, not guessed at. So is an encoded NUL.
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** What is wrong with the target, in a few words, or null when it is a URI. */
    static String defect(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !hex(target.charAt(i + 1)) || !hex(target.charAt(i + 2))) {
                    return "'%' must be followed by two hexadecimal digits (position " + (i + 1) + ")";
                }
                if (target.charAt(i + 1) == '0' && target.charAt(i + 2) == '0') {
                    // No id, name or text holds NUL, and PostgreSQL's text cannot: it would fail in the database, not here.
                    return "NUL (%00) is in no id or text (position " + (i + 1) + ")";
                }
                i += 2;
            } else if (!allowed(c)) {
                return c > 0x7e || c < 0x21
                        ? "characters outside printable ASCII must be percent-encoded as UTF-8 (position " + (i + 1) + ")"
                        : "'" + c + "' must be percent-encoded (position " + (i + 1) + ")";
            }
        }
        return null;
    }

    /** RFC 3986's unreserved and reserved characters: everything a URI may hold unescaped. */
    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
