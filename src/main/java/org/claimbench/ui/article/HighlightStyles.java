package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.domain.Claim;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns an article's claims into inline styles for a range of its text. Each piece of text between
 * two claim boundaries gets the background of the innermost claim covering it; where claims
 * overlap, the outer claim's colour shows as a thick underline, so both stay visible.
 */
public final class HighlightStyles {

    /**
     * How claims are drawn: colour per source, which sources are hidden, which claims stand out, which
     * spans are only suggested, and the claim the pane is showing (-1 if none): of claims on the very
     * same words, that one is drawn as the background and the other as the underline, so two panes
     * reviewing a contradiction between two claims on the same words each show their own claim's colour.
     */
    public record Look(Map<Long, String> sourceColours, Set<Long> hiddenSources, Set<Long> emphasised, boolean dark,
                       List<org.claimbench.domain.TextSpan> suggested, long featured, org.claimbench.domain.TextSpan outlined,
                       List<org.claimbench.domain.TextSpan> found, org.claimbench.domain.TextSpan current) {

        /** Without a hit chosen among those found. */
        public Look(Map<Long, String> sourceColours, Set<Long> hiddenSources, Set<Long> emphasised, boolean dark,
                    List<org.claimbench.domain.TextSpan> suggested, long featured, org.claimbench.domain.TextSpan outlined,
                    List<org.claimbench.domain.TextSpan> found) {
            this(sourceColours, hiddenSources, emphasised, dark, suggested, featured, outlined, found, null);
        }

        public Look(Map<Long, String> sourceColours, Set<Long> hiddenSources, Set<Long> emphasised, boolean dark,
                    List<org.claimbench.domain.TextSpan> suggested, long featured) {
            this(sourceColours, hiddenSources, emphasised, dark, suggested, featured, null, List.of(), null);
        }

        public Look(Map<Long, String> sourceColours, Set<Long> hiddenSources, Set<Long> emphasised, boolean dark,
                    List<org.claimbench.domain.TextSpan> suggested) {
            this(sourceColours, hiddenSources, emphasised, dark, suggested, -1);
        }

        public Look(Map<Long, String> sourceColours, Set<Long> hiddenSources, Set<Long> emphasised, boolean dark) {
            this(sourceColours, hiddenSources, emphasised, dark, List.of(), -1);
        }
    }

    /** A hit of Find (Ctrl+F): a box in amber around the words found, over whatever claim colours them. */
    static String found(boolean dark) {
        return "-rtfx-border-stroke-color: " + (dark ? "#E3B341" : "#BF8700") + ";-rtfx-border-stroke-width: 2;";
    }

    /**
     * The hit of Find the user is on ("3 of 12"): filled in a deep amber with a thicker box, over any claim's colour, so
     * it stands out of the other hits' thin boxes. The fill is at least 3:1 against the page in each theme (light:
     * #D97706 on white 3.1:1, the black text on it 6.6:1; dark: #8A5C00 on #0D1117 3.2:1, the light text on it 4.9:1).
     */
    static String currentFound(boolean dark) {
        return dark ? "-rtfx-background-color: #8A5C00;-rtfx-border-stroke-color: #F2CC60;-rtfx-border-stroke-width: 3;"
                : "-rtfx-background-color: #D97706;-rtfx-border-stroke-color: #7D4E00;-rtfx-border-stroke-width: 3;";
    }

    /**
     * The suggested claim chosen in the Suggestions list: a solid box around its words, in the
     * theme's accent colour, so the eye finds it in the pane at once.
     */
    static String outline(boolean dark) {
        return "-rtfx-border-stroke-color: " + (dark ? "#58A6FF" : "#0969DA") + ";-rtfx-border-stroke-width: 1.5;";
    }

    /**
     * A suggested claim, not yet accepted: a fine dotted grey underline. (A dashed box around every
     * suggested sentence made a whole article look like a form; the underline stays out of the way
     * of reading and never hides a claim's own colour.)
     */
    static final String SUGGESTED = "-rtfx-underline-color: #9C9C9C;-rtfx-underline-width: 1.2;-rtfx-underline-dash-array: 1.5 3;";

    private final Map<String, String> cache = new HashMap<>();

    /** Styles for [from, to) of a text; claims must be sorted by start. Suggested spans not already a claim get a dotted underline. */
    public StyleSpans<String> compute(List<Claim> claims, int from, int to, Look look) {
        StyleSpans<String> spans = claimStyles(claims, from, to, look);
        if (!look.suggested().isEmpty() && to > from) {
            spans = spans.overlay(suggestionStyles(look.suggested(), from, to), (c, s) -> s.isEmpty() || !c.isEmpty() ? c : s);
        }
        if (!look.found().isEmpty() && to > from) {
            String box = found(look.dark());
            spans = spans.overlay(suggestionStyles(look.found(), from, to), (c, s) -> s.isEmpty() ? c : c + box);
        }
        org.claimbench.domain.TextSpan current = look.current();
        if (current != null && to > from && current.end() > from && current.start() < to) {
            // Appended: its fill and box come last in the inline style, so they win over the claim's and the plain hit's.
            String fill = currentFound(look.dark());
            spans = spans.overlay(suggestionStyles(List.of(current), from, to), (c, s) -> s.isEmpty() ? c : c + fill);
        }
        org.claimbench.domain.TextSpan o = look.outlined();
        if (o != null && to > from && o.end() > from && o.start() < to) {
            String box = outline(look.dark());
            spans = spans.overlay(suggestionStyles(List.of(o), from, to), (c, s) -> s.isEmpty() ? c : c + box);
        }
        return spans;
    }

    private static StyleSpans<String> suggestionStyles(List<org.claimbench.domain.TextSpan> suggested, int from, int to) {
        // Only the spans that reach into [from, to) are sorted: a restyle after an edit draws a few lines of an article
        // that may hold thousands of suggestions.
        List<org.claimbench.domain.TextSpan> sorted = new ArrayList<>();
        for (org.claimbench.domain.TextSpan s : suggested) {
            if (s.end() > from && s.start() < to) {
                sorted.add(s);
            }
        }
        sorted.sort(java.util.Comparator.comparingInt(org.claimbench.domain.TextSpan::start));
        StyleSpansBuilder<String> out = new StyleSpansBuilder<>();
        int at = from;
        for (org.claimbench.domain.TextSpan s : sorted) {
            int start = Math.max(at, Math.max(from, s.start()));
            int end = Math.min(to, s.end());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                out.add("", start - at);
            }
            out.add(SUGGESTED, end - start);
            at = end;
        }
        out.add("", to - at);
        return out.create();
    }

    private StyleSpans<String> claimStyles(List<Claim> claims, int from, int to, Look look) {
        List<Claim> relevant = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>();
        bounds.add(from);
        bounds.add(to);
        for (Claim c : claims) {
            if (c.start() >= to) {
                break;
            }
            if (c.end() > from && !look.hiddenSources().contains(c.sourceId())) {
                relevant.add(c);
                bounds.add(Math.max(from, c.start()));
                bounds.add(Math.min(to, c.end()));
            }
        }
        int[] b = bounds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        StyleSpansBuilder<String> out = new StyleSpansBuilder<>();
        List<Claim> active = new ArrayList<>();
        int next = 0;
        for (int i = 0; i + 1 < b.length; i++) {
            int segStart = b[i];
            int segEnd = b[i + 1];
            active.removeIf(c -> c.end() <= segStart);
            while (next < relevant.size() && relevant.get(next).start() <= segStart) {
                Claim c = relevant.get(next++);
                if (c.end() > segStart) {
                    active.add(c);
                }
            }
            out.add(style(active, look), segEnd - segStart);
        }
        if (b.length < 2) {
            out.add("", 0);
        }
        return out.create();
    }

    private String style(Collection<Claim> active, Look look) {
        if (active.isEmpty()) {
            return "";
        }
        Claim inner = null;
        for (Claim c : active) {
            if (inner == null || before(c, inner, look.featured())) {
                inner = c;
            }
        }
        // The outer claim: the longest of the others, so a second claim on the very same words shows too.
        Claim outer = inner;
        for (Claim c : active) {
            if (c != inner && (outer == inner || c.span().length() > outer.span().length())) {
                outer = c;
            }
        }
        // The claim emphasised here (picked, or under review), boxed in its own colour over all its words.
        Claim picked = null;
        for (Claim c : active) {
            if (look.emphasised().contains(c.id()) && (picked == null || before(c, picked, look.featured()))) {
                picked = c;
            }
        }
        String innerColour = look.sourceColours().getOrDefault(inner.sourceId(), "#888888");
        String outerColour = outer == inner ? null : look.sourceColours().getOrDefault(outer.sourceId(), "#888888");
        String boxColour = picked == null ? null : look.sourceColours().getOrDefault(picked.sourceId(), "#888888");
        String key = innerColour + outerColour + boxColour + look.dark();
        return cache.computeIfAbsent(key, k -> css(innerColour, outerColour, boxColour, look.dark()));
    }

    /** Whether a claim is drawn inside another: the shorter one; on the same words, the featured one, else the one marked first. */
    static boolean before(Claim a, Claim b, long featured) {
        if (a.span().length() != b.span().length()) {
            return a.span().length() < b.span().length();
        }
        if ((a.id() == featured) != (b.id() == featured)) {
            return a.id() == featured;
        }
        return a.id() < b.id();
    }

    /**
     * A claim's look: its source's colour as the background (stronger where it is emphasised), the
     * outer claim's colour as a thick underline where claims overlap, and a box in the emphasised
     * claim's colour. Emphasis never changes the font: bold text is wider, and the lines would be
     * laid out anew (a headline wrapping, words running under the scroll bar) as claims are picked.
     */
    private static String css(String inner, String outer, String box, boolean dark) {
        boolean emphasised = box != null;
        int alpha = emphasised ? emphasisedAlpha(inner, dark) : (dark ? 0x60 : 0x4C);
        StringBuilder sb = new StringBuilder("-rtfx-background-color: ").append(inner).append(String.format("%02X", alpha)).append(';');
        if (outer != null) {
            sb.append("-rtfx-underline-color: ").append(outer).append(";-rtfx-underline-width: 3;");
        } else {
            sb.append("-rtfx-underline-color: ").append(inner).append(";-rtfx-underline-width: 1;");
        }
        if (emphasised) {
            sb.append(emphasis(box));
        }
        return sb.toString();
    }

    /**
     * How opaque (0–255) an emphasised claim's colour is laid over the page: as strong as its theme has it (A8 dark, 90 light)
     * where the theme's text keeps 4.5:1 against the result (WCAG 2.1, 1.4.3), else less, by steps of 8, never below an
     * unemphasised claim's (60, 4C). In the dark theme Ukraine's amber (#E69F00) at A8 left the light text at 2.9:1 (a
     * newcomer, stop 46); at 80 it is 4.2:1, at 78 4.5:1. Page and text are Primer's (AtlantaFX): #0D1117 and #C9D1D9 dark,
     * #FFFFFF and #24292F light.
     */
    static int emphasisedAlpha(String colour, boolean dark) {
        int least = dark ? 0x60 : 0x4C;
        String page = dark ? "#0D1117" : "#FFFFFF";
        String text = dark ? "#C9D1D9" : "#24292F";
        for (int a = dark ? 0xA8 : 0x90; a > least; a -= 8) {
            if (org.claimbench.domain.SourcePalette.contrast(text, over(colour, a, page)) >= 4.5) {
                return a;
            }
        }
        return least;
    }

    /** {@code colour} laid over {@code page} at opacity {@code alpha} (0–255), as "#RRGGBB". */
    static String over(String colour, int alpha, String page) {
        StringBuilder hex = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            int c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16);
            int p = Integer.parseInt(page.substring(1 + 2 * i, 3 + 2 * i), 16);
            hex.append(String.format("%02X", Math.round((alpha * c + (255 - alpha) * p) / 255.0f)));
        }
        return hex.toString();
    }

    /** The box around an emphasised claim (picked, or under review), in its source's colour. */
    static String emphasis(String colour) {
        return "-rtfx-border-stroke-color: " + colour + ";-rtfx-border-stroke-width: 2;";
    }
}
