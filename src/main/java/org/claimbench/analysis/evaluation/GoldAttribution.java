package org.claimbench.analysis.evaluation;

import java.util.List;

import org.claimbench.domain.TextSpan;

/**
 * One attribution of a gold annotation, as PARC 3.0 and PolNeAR define it: who (the source span),
 * the words that attribute (the cue) and what is attributed (the content). Each part is a list of
 * fragments (BRAT allows discontinuous spans, e.g. a quotation interrupted by "he said"); a part
 * the annotator left out is an empty list.
 *
 * @param source  the source span's fragments, UTF-16 offsets into the document's text
 * @param cue     the cue's fragments
 * @param content the content span's fragments
 */
public record GoldAttribution(List<TextSpan> source, List<TextSpan> cue, List<TextSpan> content) {

    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
