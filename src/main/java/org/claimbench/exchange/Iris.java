package org.claimbench.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An article's URL as an absolute IRI for linked-data exports (W3C Web Annotation, ClaimReview):
 * characters a URI may not hold (spaces, quotes, non-ASCII) are percent-encoded as UTF-8 (RFC 3986,
 * section 2.1), and a URL without a scheme (relative, or not a URL) gives nothing, so the caller
 * falls back to the workspace's own URN.
 */
final class Iris {

    private Iris() {
    }

    static Optional<String> absolute(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String encoded = encode(url.strip());
        try {
            URI uri = new URI(encoded);
            if (!uri.isAbsolute() || uri.getScheme() == null || !uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*")) {
                return Optional.empty();
            }
            if (uri.isOpaque() && !"urn".equalsIgnoreCase(uri.getScheme()) && !"mailto".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes every character outside RFC 3986's unreserved and reserved sets; existing %XX stay. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean keep = ch < 128 && (Character.isLetterOrDigit(ch) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(ch) >= 0);
            if (ch == '%' && !(i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)))) {
                keep = false;
            }
            if (keep) {
                out.append(ch);
            } else {
                int cp = s.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
