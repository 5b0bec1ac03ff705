package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * One side's claim, and right after it in the article another side dismissing "the criticism", rejecting "the accusation" or
 * "these claims": "The dockers' union called the contract a betrayal" / "The port's director dismissed the criticism, saying
 * the contract protects every job". A report noun after "the", a demonstrative or "such", with no content of its own after it
 * (no "that"-clause, no "of" or "about"), is a retrospective label: it takes its content from the stretch of text just before
 * it (Francis 1994, "Labelling discourse", in Coulthard (ed.), Advances in Written Text Analysis; Schmid 2000, English Abstract
 * Nouns as Conceptual Shells), and in news writing the claim just before a reaction is what the reaction answers. A verb of
 * rejecting a statement (WordNet 3.1: dismiss.v.02 "bar from attention or consideration", reject.v.01, rebuff, repudiate,
 * refute.v.01 "overthrow by argument", rebut, deny.v.01 "declare untrue", dispute / challenge "take exception to", contest)
 * over that label sets the second claim against the first, told by two sources (a side does not dismiss its own words).
 */
final class CriticismDismissedSignal implements PairSignal {

    /**
     * A verb of rejecting a statement, then "the", a demonstrative or "such" (or no determiner) and a noun of a statement, with
     * no content after the noun. The nouns are those of statements that a side can be answered for (criticism, accusation,
     * charge, claim, allegation, suggestion, characterisation, label, remark, assertion, complaint), FalsifiedReportSignal's
     * report nouns among them.
     */
    private static final Pattern DISMISSED = Pattern.compile("\\b(?<verb>(?:dismiss|reject|rebuff|refut|rebut|den(?:y|ie)|disput|contest|repudiat)\\w*"
            + "|brush(?:ed|es|ing)?\\s+(?:aside|off))\\s+(?:(?:the|this|that|these|those|such)\\s+)?(?:\\w+\\s+)?"
            + "(?<noun>criticisms?|accusations?|charges?|claims?|allegations?|suggestions?|characteri[sz]ations?|labels?|remarks?|assertions?|complaints?)"
            + "\\b(?!\\s+(?:that|of|about|by|from|against)\\b)");

    private static final double WEIGHT = 0.45;
    /** About two sentences of news prose (some 25 words each): the reach of a label back to what it labels. */
    private static final int REACH = 400;

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return a.facts.articleId() == b.facts.articleId() && (b.previousId == a.facts.id() || a.previousId == b.facts.id());
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        ClaimFeatures first = b.previousId == a.facts.id() ? a : a.previousId == b.facts.id() ? b : null;
        if (first == null || !pair.sameArticle() || pair.sameSource()) {
            return Optional.empty();
        }
        ClaimFeatures second = first == a ? b : a;
        // A retrospective label encapsulates the stretch of text before it, up to a paragraph (Francis 1994), and a news paragraph
        // holds one to three sentences (AP's short paragraphs): the claim before must end within REACH characters of the label's.
        if (first.facts.positioned() && first.facts.end() < second.facts.start() - REACH) {
            return Optional.empty();
        }
        Matcher m = DISMISSED.matcher(second.facts.text().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String words = second.facts.text().substring(m.start(), m.end());
        return Optional.of(new Signal("statement dismissed", ContradictionKind.FRAMING, WEIGHT,
                () -> "“" + words + "”: the second account rejects what the article reports just before it.",
                "dismissed:" + m.group("noun")));
    }
}
