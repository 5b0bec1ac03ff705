package org.claimbench.ui.article;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * An article's text with its highlights as one RichTextFX document, built in a single pass.
 *
 * <p>Building it as the editable document does (the whole text as plain paragraphs, then the
 * styles laid over them) rebuilds the paragraph tree once per span: 80 ms for 1 MB with 5,000
 * claims, most of a pane switch. The builder takes the paragraphs and the spans together.
 */
final class StyledTexts {

    private StyledTexts() {
    }

    /** The document of {@code text} styled by {@code spans} (which cover the text, newlines included). */
    static StyledDocument<String, String, String> document(String text, StyleSpans<String> spans) {
        if (text.isEmpty() || text.indexOf('\r') >= 0 || spans.length() != text.length()) {
            return slowly(text, spans);
        }
        ReadOnlyStyledDocumentBuilder<String, String, String> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), "");
        Iterator<StyleSpan<String>> it = spans.iterator();
        StyleSpan<String> span = it.next();
        int spanEnd = span.getLength();
        int at = 0;
        List<StyledSegment<String, String>> segments = new ArrayList<>();
        while (true) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            // This paragraph's pieces, one per span it meets.
            while (at < end) {
                while (spanEnd <= at) {
                    span = it.next();
                    spanEnd += span.getLength();
                }
                int to = Math.min(end, spanEnd);
                segments.add(new StyledSegment<>(text.substring(at, to), span.getStyle()));
                at = to;
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", span.getStyle()));
            }
            builder.addParagraph(segments);
            segments = new ArrayList<>();
            if (nl < 0) {
                return builder.build();
            }
            at = nl + 1;
        }
    }

    /** The editable document's way: the reference the single pass is tested against. */
    static StyledDocument<String, String, String> slowly(String text, StyleSpans<String> spans) {
        SimpleEditableStyledDocument<String, String> doc = new SimpleEditableStyledDocument<>("", "");
        doc.replace(0, 0, ReadOnlyStyledDocument.fromString(text, "", "", SegmentOps.styledTextOps()));
        if (!text.isEmpty()) {
            doc.setStyleSpans(0, spans);
        }
        return doc.snapshot();
    }
}
