package org.claimbench.analysis.evaluation;

import java.util.List;

/**
 * A text of an attribution corpus with its gold attributions.
 *
 * @param name         the text's file name without ".txt" ("nyt_2016-04-18_some-slug")
 * @param publisher    the name's prefix before its first underscore ("nyt"), or the whole name without one
 * @param annotator    the annotator code of the annotation file read ("4b22" of NAME_4b22.ann)
 * @param text         the text exactly as in its file (UTF-8)
 * @param attributions its attributions, offsets UTF-16 indices into {@code text}
 */
public record GoldDocument(String name, String publisher, String annotator, String text, List<GoldAttribution> attributions) {

    public GoldDocument {
        attributions = List.copyOf(attributions);
    }
}
