package org.claimbench.ui.article;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * One paragraph of the light first frame's text ({@link LightArticleText}): a plain {@code TextFlow}
 * of {@code Text} nodes, under the style classes RichTextFX gives its own paragraph ("paragraph-text",
 * "text"), so the stylesheet's font, size and colour are the same. In a paragraph with an emoji (a
 * surrogate pair), each multi-unit grapheme cluster is a {@code Text} of its own ({@link #pieces}).
 * It draws the claims' highlights as
 * RichTextFX's {@code ParagraphText} (0.11.7) does from the same inline styles ({@link HighlightStyles}):
 * backgrounds and boxes behind the text from {@link TextFlow#rangeShape}, underlines over it 2.5 px
 * above each line's bottom, the selection between the two (style class "selection"). Consecutive
 * pieces with the same background, underline or box are drawn as one shape, as RichTextFX does.
 * Offsets are UTF-16 units of this paragraph.
 */
final class LightParagraph extends TextFlow {

    /** The -rtfx-* properties HighlightStyles writes, read once per distinct style. */
    private record Look(Color background, Color underline, double underlineWidth, List<Double> dashes, Color box, double boxWidth) {
        static final Look NONE = new Look(null, null, 0, List.of(), null, 0);
    }

    private static final Map<String, Look> LOOKS = new HashMap<>();

    /** RichTextFX's line spacing (pixels, styled-text-area.css of 0.11.7). */
    static final double LINE_SPACING = 1;

    private final int length;
    /** Shapes behind the text (backgrounds, boxes) and over it (underlines), with their ranges. */
    private final List<Path> behind = new ArrayList<>();
    private final List<Path> over = new ArrayList<>();
    private final List<int[]> behindRanges = new ArrayList<>();
    private final List<int[]> overRanges = new ArrayList<>();
    private final Path selection = new Path();
    private int selectedFrom = -1;
    private int selectedTo = -1;

    LightParagraph(String text) {
        length = text.length();
        getStyleClass().add("paragraph-text");
        // RichTextFX's own stylesheet (styled-text-area.css) gives its paragraphs' TextFlow a line spacing of
        // 1 px and their boxes -0.5 px of padding above and below, which cancel out in its paragraph's height.
        setLineSpacing(LINE_SPACING);
        selection.getStyleClass().add("selection");
        selection.setManaged(false);
        selection.setStrokeWidth(0);
        getChildren().add(selection);
        for (String piece : pieces(text)) {
            Text node = new Text(piece);
            node.getStyleClass().add("text");
            getChildren().add(node);
        }
    }

    /**
     * The text cut into the pieces laid out as {@code Text} nodes; they join to the text. A text with
     * no supplementary character (no surrogate pair) is one piece. In one with any, each grapheme
     * cluster that is more than one UTF-16 unit (an emoji, a ZWJ sequence, a letter with a combining
     * mark) or is a lone mark or format character is a piece of its own, the rest runs between them.
     *
     * <p>Why: JavaFX 21's text layout shapes a run holding a combining mark, a zero-width joiner or a
     * variation selector as complex text, and where such a run of a paragraph holding a surrogate pair
     * has fewer glyphs than UTF-16 units its character positions slip: every box, hit and highlight
     * after it was one unit off, and the wrapped line was drawn twice (part of it past the width).
     * Clusters laid out alone are placed right. (A complex script's clusters are shaped apart too in
     * such a paragraph, for the first frame only, until the area takes over.)
     */
    static List<String> pieces(String text) {
        if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int from = 0;
        for (int start = 0, end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            if (end - start > 1 || isMarkOrFormat(text.charAt(start))) {
                if (start > from) {
                    pieces.add(text.substring(from, start));
                }
                pieces.add(text.substring(start, end));
                from = end;
            }
        }
        if (from < text.length()) {
            pieces.add(text.substring(from));
        }
        return pieces;
    }

    static boolean isMarkOrFormat(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT || Character.isSurrogate(c);
    }

    int length() {
        return length;
    }

    /** Draws the highlights of this paragraph's styles (they cover its length; null for none). */
    void setStyles(StyleSpans<String> spans) {
        getChildren().removeAll(behind);
        getChildren().removeAll(over);
        behind.clear();
        over.clear();
        behindRanges.clear();
        overRanges.clear();
        if (spans == null) {
            return;
        }
        List<Look> looks = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (StyleSpan<String> s : spans) {
            looks.add(look(s.getStyle()));
            ranges.add(new int[] {at, Math.min(length, at + s.getLength())});
            at += s.getLength();
        }
        shapes(looks, ranges, l -> l.background() == null ? null : l.background(), (p, l) -> {
            p.setFill(l.background());
            p.setStrokeWidth(0);
        }, behind, behindRanges);
        shapes(looks, ranges, l -> l.box() == null ? null : List.of(l.box(), l.boxWidth()), (p, l) -> {
            p.setFill(null);
            p.setStroke(l.box());
            p.setStrokeWidth(l.boxWidth());
        }, behind, behindRanges);
        shapes(looks, ranges, l -> l.underline() == null ? null : List.of(l.underline(), l.underlineWidth(), l.dashes()), (p, l) -> {
            p.setFill(null);
            p.setStroke(l.underline());
            p.setStrokeWidth(l.underlineWidth());
            // RichTextFX sets its underline's cap from a property that is null unless styled; drawn so, its ends
            // match a round cap's pixel for pixel (a butt or square cap differed by half a pixel at each end).
            p.setStrokeLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
            p.getStrokeDashArray().setAll(l.dashes());
        }, over, overRanges);
        // RichTextFX puts each background and box first, then the selection, the text, the underlines.
        for (Path p : behind) {
            getChildren().add(0, p);
        }
        getChildren().addAll(over);
        requestLayout();
    }

    /** One shape per run of consecutive pieces with the same key (null: nothing drawn). */
    private static void shapes(List<Look> looks, List<int[]> ranges, java.util.function.Function<Look, Object> key,
                               java.util.function.BiConsumer<Path, Look> paint, List<Path> into, List<int[]> intoRanges) {
        int i = 0;
        while (i < looks.size()) {
            Object k = key.apply(looks.get(i));
            int j = i + 1;
            while (j < looks.size() && Objects.equals(k, key.apply(looks.get(j)))) {
                j++;
            }
            if (k != null && ranges.get(j - 1)[1] > ranges.get(i)[0]) {
                Path p = new Path();
                p.setManaged(false);
                paint.accept(p, looks.get(i));
                into.add(p);
                intoRanges.add(new int[] {ranges.get(i)[0], ranges.get(j - 1)[1]});
            }
            i = j;
        }
    }

    /** Shows [from, to) of this paragraph selected; to = length + 1 takes the line break too; from = to shows none. */
    void select(int from, int to) {
        if (from != selectedFrom || to != selectedTo) {
            selectedFrom = from;
            selectedTo = to;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (int i = 0; i < behind.size(); i++) {
            behind.get(i).getElements().setAll(rangeShape(behindRanges.get(i)[0], behindRanges.get(i)[1]));
        }
        for (int i = 0; i < over.size(); i++) {
            over.get(i).getElements().setAll(underline(overRanges.get(i)[0], overRanges.get(i)[1]));
        }
        selection.getElements().setAll(selectedTo > selectedFrom ? selectionShape(selectedFrom, selectedTo) : new PathElement[0]);
    }

    /** A line under each line's part of the range, as RichTextFX's getUnderlineShape with no offset. */
    private PathElement[] underline(int from, int to) {
        PathElement[] box = rangeShape(from, to);
        List<PathElement> line = new ArrayList<>();
        for (int e = 2; e + 1 < box.length; e += 5) {
            LineTo br = (LineTo) box[e];
            LineTo bl = (LineTo) box[e + 1];
            double y = snapSizeY(br.getY() - 2.5);
            line.add(new MoveTo(snapSizeX(bl.getX()), y));
            line.add(new LineTo(snapSizeX(br.getX()), y));
        }
        return line.toArray(new PathElement[0]);
    }

    /** The selection's shape, as RichTextFX's: wrapped lines to the right edge, the line break to the end of its line. */
    private PathElement[] selectionShape(int from, int to) {
        double width = getWidth();
        PathElement[] shape;
        if (to <= length) {
            shape = rangeShape(from, to);
        } else if (length == 0) {
            shape = rectangle(0, 0, width, getHeight());
        } else if (from == length) {
            PathElement[] last = rangeShape(from - 1, from);
            LineTo topRight = (LineTo) last[last.length - 4];
            shape = rectangle(topRight.getX(), topRight.getY(), width, getHeight());
        } else {
            shape = rangeShape(from, length);
            if (shape.length > 3) {
                int bottomRight = shape.length - 3;
                LineTo topRight = (LineTo) shape[bottomRight - 1];
                LineTo bottomLeft = (LineTo) shape[bottomRight + 1];
                shape[bottomRight - 1] = new LineTo(width, topRight.getY());
                shape[bottomRight + 1] = new LineTo(bottomLeft.getX(), getHeight());
                shape[bottomRight] = new LineTo(width, getHeight());
            }
        }
        // As RichTextFX's selection: each line's rectangle taller by the line spacing, half above and half below.
        double half = LINE_SPACING / 2;
        for (int g = 0; g + 4 < shape.length; g += 5) {
            if (shape[g] instanceof MoveTo tl && shape[g + 2] instanceof LineTo br) {
                double top = tl.getY() - half;
                double bottom = br.getY() + half;
                tl.setY(top);
                ((LineTo) shape[g + 1]).setY(top);
                br.setY(bottom);
                ((LineTo) shape[g + 3]).setY(bottom);
                ((LineTo) shape[g + 4]).setY(top);
            }
        }
        if (shape.length > 5 && length > 0) {
            int end = Math.min(to, length);
            boolean wrappedAtEnd = end > 0 && end < length && lineOf(end) > lineOf(end - 1);
            int adjust = shape.length - (wrappedAtEnd ? 0 : 5);
            for (int i = 0; i < adjust; i++) {
                if (shape[i] instanceof MoveTo) {
                    ((LineTo) shape[i + 1]).setX(width);
                    ((LineTo) shape[i + 2]).setX(width);
                }
            }
        }
        return shape;
    }

    /** The top of the line a character is on (its line's identity, for wrapping). */
    private double lineOf(int offset) {
        PathElement[] r = rangeShape(offset, offset + 1);
        return r.length > 0 && r[0] instanceof MoveTo m ? m.getY() : 0;
    }

    private static PathElement[] rectangle(double left, double top, double right, double bottom) {
        return new PathElement[] {new MoveTo(left, top), new LineTo(right, top), new LineTo(right, bottom),
            new LineTo(left, bottom), new LineTo(left, top)};
    }

    /** The look an inline style gives (only the -rtfx-* properties HighlightStyles writes are read). */
    static Look look(String css) {
        if (css == null || css.isEmpty()) {
            return Look.NONE;
        }
        synchronized (LOOKS) {
            return LOOKS.computeIfAbsent(css, LightParagraph::parse);
        }
    }

    private static Look parse(String css) {
        Map<String, String> p = new HashMap<>();
        for (String decl : css.split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0) {
                p.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
            }
        }
        List<Double> dashes = new ArrayList<>();
        String d = p.get("-rtfx-underline-dash-array");
        if (d != null) {
            for (String n : d.split("\\s+")) {
                dashes.add(Double.parseDouble(n));
            }
        }
        return new Look(colour(p.get("-rtfx-background-color")), colour(p.get("-rtfx-underline-color")),
                number(p.get("-rtfx-underline-width")), List.copyOf(dashes),
                colour(p.get("-rtfx-border-stroke-color")), number(p.get("-rtfx-border-stroke-width")));
    }

    private static Color colour(String v) {
        return v == null ? null : Color.web(v);
    }

    private static double number(String v) {
        return v == null ? 1 : Double.parseDouble(v);
    }
}
