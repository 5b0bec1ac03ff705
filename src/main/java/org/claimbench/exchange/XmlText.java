package org.claimbench.exchange;

/**
 * Text as XML 1.0 allows it (section 2.2, Char: tab, line feed, carriage return, U+0020–U+D7FF,
 * U+E000–U+FFFD, U+10000–U+10FFFF) and as HTML does not take for a parse error. Form feed and
 * vertical tab are page and line breaks in the text they come from, so they become line feeds;
 * every other control character, lone surrogate and non-character is left out.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean lone = n == 1 && Character.isSurrogate((char) cp);
            boolean allowed = !lone && (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF && (cp < 0x7F || cp > 0x9F))
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000);
            if (!allowed && out == null) {
                out = new StringBuilder(s.length());
                out.append(s, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.appendCodePoint(cp);
                } else if (cp == 0xB || cp == 0xC) {
                    out.append('\n');
                }
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }
}
