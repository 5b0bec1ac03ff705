package org.claimbench.domain;

/**
 * Text as every store and format can hold it: a lone UTF-16 surrogate (half of a character outside
 * the Basic Multilingual Plane, left by a cut or a hostile file) becomes U+FFFD REPLACEMENT
 * CHARACTER, as a UTF-8 encoder would write it. Without this the workspace file (UTF-8) would hold
 * '?' where memory holds the half character, and claims would no longer match their text.
 */
public final class WellFormed {

    private WellFormed() {
    }

    public static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean lone = Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
