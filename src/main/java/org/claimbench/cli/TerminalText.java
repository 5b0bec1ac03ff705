package org.claimbench.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the command line prints to a terminal: text taken from articles (a title holding ESC
 * sequences, a carriage return, a bell) must not steer the terminal. Control characters other than
 * line feed and tab are shown as their Unicode control pictures (U+2400 block: ␛ for ESC), C1
 * controls and DEL as U+FFFD. JSON output escapes them itself and passes through unchanged.
 */
final class TerminalText extends FilterWriter {

    TerminalText(Writer out) {
        super(out);
    }

    static String safe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char shown = shown(c);
            if (shown != c && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                b.append(shown);
            }
        }
        return b == null ? s : b.toString();
    }

    private static char shown(char c) {
        if (c == '\n' || c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
            return '\uFFFD';
        }
        return c;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(shown((char) c));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        out.write(safe(new String(cbuf, off, len)));
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        out.write(safe(str.substring(off, off + len)));
    }
}
