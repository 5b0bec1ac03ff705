package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.domain.Claim;
import org.claimbench.domain.TextQuote;
import org.claimbench.domain.TextSpan;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlightStylesTest {

    private static final String TEXT = "0123456789".repeat(5);
    private final HighlightStyles styles = new HighlightStyles();
    private final HighlightStyles.Look look = new HighlightStyles.Look(Map.of(1L, "#D55E00", 2L, "#0072B2"), Set.of(), Set.of(), false);

    @Test
    void overlappingClaimsShowTheInnerColourWithTheOuterAsUnderline() {
        List<Claim> claims = List.of(claim(1, 5, 30, 1L), claim(2, 10, 15, 2L));
        StyleSpans<String> spans = styles.compute(claims, 0, 50, look);
        List<String> parts = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (StyleSpan<String> s : spans) {
            parts.add(s.getStyle());
            lengths.add(s.getLength());
        }
        assertEquals(List.of(5, 5, 5, 15, 20), lengths);
        assertEquals("", parts.get(0));
        assertTrue(parts.get(1).contains("#D55E00"));
        assertTrue(parts.get(2).startsWith("-rtfx-background-color: #0072B2"), parts.get(2));
        assertTrue(parts.get(2).contains("-rtfx-underline-color: #D55E00;-rtfx-underline-width: 3"), parts.get(2));
        assertEquals(parts.get(1), parts.get(3));
        assertEquals("", parts.get(4));
    }

    @Test
    void aRangeIsStyledOnItsOwnAndHiddenSourcesAreLeftPlain() {
        List<Claim> claims = List.of(claim(1, 5, 30, 1L), claim(2, 10, 15, 2L));
        StyleSpans<String> part = styles.compute(claims, 12, 20, look);
        assertEquals(8, part.length());
        HighlightStyles.Look hidden = new HighlightStyles.Look(look.sourceColours(), Set.of(1L, 2L), Set.of(), false);
        for (StyleSpan<String> s : styles.compute(claims, 0, 50, hidden)) {
            assertEquals("", s.getStyle());
        }
    }

    @Test
    void anEmphasisedClaimIsBoxedInItsColourOverItsInnerClaimsAndTheFontStaysTheSame() {
        HighlightStyles.Look emphasised = new HighlightStyles.Look(look.sourceColours(), Set.of(), Set.of(1L), false);
        StyleSpans<String> spans = styles.compute(List.of(claim(1, 5, 30, 1L), claim(2, 10, 15, 2L)), 0, 50, emphasised);
        for (int at : new int[] {7, 12, 20}) {
            assertTrue(style(spans, at).contains("-rtfx-border-stroke-color: #D55E00"), at + ": " + style(spans, at));
            assertTrue(!style(spans, at).contains("font"), "emphasis leaves the font as it is: " + style(spans, at));
        }
        assertTrue(!style(spans, 40).contains("border"), style(spans, 40));
        assertTrue(!styles.compute(List.of(claim(1, 5, 30, 1L)), 0, 50, look).getStyleSpan(1).getStyle().contains("border"), "not emphasised: no box");
    }

    @Test
    void suggestedSpansGetADottedUnderlineOnlyWhereNoClaimIs() {
        HighlightStyles.Look withSuggestions = new HighlightStyles.Look(look.sourceColours(), Set.of(), Set.of(), false,
                List.of(new TextSpan(0, 20), new TextSpan(35, 40)));
        StyleSpans<String> spans = styles.compute(List.of(claim(1, 10, 30, 1L)), 0, 50, withSuggestions);
        assertTrue(style(spans, 3).contains("-rtfx-underline-dash-array"), style(spans, 3));
        assertTrue(style(spans, 15).startsWith("-rtfx-background-color: #D55E00"), style(spans, 15));
        assertTrue(!style(spans, 15).contains("dash-array"), "a claim keeps its own look: " + style(spans, 15));
        assertEquals("", style(spans, 32));
        assertTrue(style(spans, 37).contains("-rtfx-underline-dash-array"));
        assertEquals("", style(spans, 45));
    }

    private static String style(StyleSpans<String> spans, int position) {
        int at = 0;
        for (StyleSpan<String> s : spans) {
            if (position < at + s.getLength()) {
                return s.getStyle();
            }
            at += s.getLength();
        }
        throw new IllegalArgumentException("past the end: " + position);
    }

    @Test
    void twoClaimsOnTheVerySameWordsShowBothColoursAndTheFeaturedOneIsTheBackground() {
        List<Claim> claims = List.of(claim(1, 10, 20, 1L), claim(2, 10, 20, 2L));
        String plain = styles.compute(claims, 0, 50, look).getStyleSpan(1).getStyle();
        assertTrue(plain.startsWith("-rtfx-background-color: #D55E00"), plain);
        assertTrue(plain.contains("-rtfx-underline-color: #0072B2;-rtfx-underline-width: 3"), plain);
        HighlightStyles.Look second = new HighlightStyles.Look(look.sourceColours(), Set.of(), Set.of(1L, 2L), false, List.of(), 2);
        String featured = styles.compute(claims, 0, 50, second).getStyleSpan(1).getStyle();
        assertTrue(featured.startsWith("-rtfx-background-color: #0072B2"), featured);
        assertTrue(featured.contains("-rtfx-underline-color: #D55E00;-rtfx-underline-width: 3"), featured);
    }

    /** A restyle draws only the lines an edit touched: any window must look exactly as that part of the whole text does. */
    @Test
    void aWindowIsStyledAsThatPartOfTheWholeTextWithSuggestionsAndFindsAnywhere() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<Claim> claims = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int start = random.nextInt(45);
                claims.add(claim(i + 1, start, start + 1 + random.nextInt(50 - start), 1 + random.nextInt(2)));
            }
            claims.sort(java.util.Comparator.comparingInt(Claim::start));
            HighlightStyles.Look marked = new HighlightStyles.Look(look.sourceColours(), Set.of(), Set.of(), false,
                    spans(random, 30), -1, null, spans(random, 5));
            String whole = flat(styles.compute(claims, 0, 50, marked));
            int from = random.nextInt(50);
            int to = from + 1 + random.nextInt(50 - from);
            assertEquals(whole.substring(from * 2, to * 2), flat(styles.compute(claims, from, to, marked)), "window " + from + "-" + to);
        }
    }

    /** Spans in no order, some empty, some overlapping. */
    private static List<TextSpan> spans(java.util.Random random, int count) {
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(50);
            out.add(new TextSpan(start, start + random.nextInt(Math.min(8, 50 - start) + 1)));
        }
        return out;
    }

    /** One style per character, as a string of two-letter codes, so that windows compare by substring. */
    private static String flat(StyleSpans<String> spans) {
        StringBuilder out = new StringBuilder();
        for (StyleSpan<String> s : spans) {
            String code = CODES.computeIfAbsent(s.getStyle(), k -> String.format("%02d", CODES.size()));
            out.append(code.repeat(s.getLength()));
        }
        return out.toString();
    }

    private static final Map<String, String> CODES = new java.util.HashMap<>();

    private static Claim claim(long id, int start, int end, long source) {
        TextSpan span = new TextSpan(start, end);
        return new Claim(id, 1, span, TextQuote.of(TEXT, span), source, "", null, "", Instant.EPOCH, Instant.EPOCH);
    }

    /**
     * An emphasised claim keeps its text readable in both themes (4.5:1, WCAG 2.1, 1.4.3): in the dark theme Ukraine's amber
     * at full emphasis left the light text at 2.9:1 (a newcomer, stop 46); a colour that allows it keeps the full emphasis.
     */
    @Test
    void anEmphasisedClaimKeepsItsTextReadableInBothThemes() {
        List<String> colours = new ArrayList<>(org.claimbench.domain.SourcePalette.DEFAULTS.stream().map(d -> d.colour()).toList());
        colours.addAll(org.claimbench.domain.SourcePalette.EXTRA);
        for (String colour : colours) {
            for (boolean dark : new boolean[] {false, true}) {
                HighlightStyles.Look emphasised = new HighlightStyles.Look(Map.of(1L, colour), Set.of(), Set.of(1L), dark);
                String style = style(new HighlightStyles().compute(List.of(claim(1, 5, 30, 1L)), 0, 50, emphasised), 7);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("-rtfx-background-color: (#[0-9A-F]{6})([0-9A-F]{2});").matcher(style);
                assertTrue(m.find(), style);
                int alpha = Integer.parseInt(m.group(2), 16);
                String page = dark ? "#0D1117" : "#FFFFFF";
                double contrast = org.claimbench.domain.SourcePalette.contrast(dark ? "#C9D1D9" : "#24292F", HighlightStyles.over(m.group(1), alpha, page));
                assertTrue(contrast >= 4.5 || alpha == (dark ? 0x60 : 0x4C), colour + (dark ? " dark" : " light") + ": " + contrast + " at " + m.group(2));
            }
        }
        assertEquals(0xA8, HighlightStyles.emphasisedAlpha("#0072B2", true), "the White House's blue keeps the full emphasis");
        assertTrue(HighlightStyles.emphasisedAlpha("#E69F00", true) < 0xA8, "Ukraine's amber gives way in the dark theme");
        assertEquals(0x90, HighlightStyles.emphasisedAlpha("#E69F00", false), "and keeps it in the light one");
    }
}
