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
     * A verb of rejecting a statement, then "the", a demonstrative or "such" (or no determiner, or one of a few words that keep
     * the noun a label: a possessive, "latest", "repeated") and a noun of a statement, with no content after the noun. The nouns
     * are Francis's (1994) illocutionary nouns used as labels (criticism, accusation, charge, claim, allegation, suggestion,
     * characterisation, remark, assertion, complaint) and "label"; a noun with a complement of its own ("claims for damages",
     * "claims made by", "the charges in") names something else.
     */
    private static final Pattern DISMISSED = Pattern.compile("\\b(?<verb>(?:dismiss|reject|rebuff|refut|rebut|den(?:y|ie)|disput|contest|repudiat)\\w*"
            + "|brush(?:ed|es|ing)?\\s+(?:aside|off))\\s+(?:(?:the|this|that|these|those|such)\\s+)?"
            + "(?:(?:\\w+['’]s?|latest|recent|repeated|renewed|earlier|fresh|such)\\s+)?"
            + "(?<noun>criticisms?|accusations?|charges?|claims?|allegations?|suggestions?|characteri[sz]ations?|labels?|remarks?|assertions?|complaints?)"
            + "\\b(?!\\s+(?:that|of|about|by|from|against|for|made|in|over|to)\\b)");

    /**
     * A negation or a refusal in the three words before the verb ("did not dispute the allegations", "declined to confirm or deny
     * the claims"): the side then rejects nothing (Quirk et al. 1985, 10.54, the negators; "decline/refuse to" as implicative
     * verbs whose complement is false: Karttunen 1971).
     */
    private static final Pattern NOT_REJECTING = Pattern.compile("(?:\\b(?:not|never|neither|nor|no)\\b|n['’]t\\b)(?:\\s+\\S+){0,2}\\s*$"
            + "|\\b(?:declin|refus|fail)\\w*\\s+to\\s+(?:(?:\\w+\\s+)?(?:or|and)\\s+)?$");

    /**
     * What a label of a statement can take its content from: a claim told with a verb of criticising, accusing or claiming
     * (Levin 1993, 33 "judgment verbs": accuse, blame, condemn, criticise, denounce; 37.7 "say verbs" of asserting: claim, allege,
     * assert, suggest, insist; calling and labelling as in "called the deal a surrender": Levin 29.3 "dub verbs"), or one that
     * names its sources critics. A claim told with a plain "said" carries no criticism for "the criticism" to label; but a
     * neutral label of saying ("that claim", "the assertion", "these remarks", "the suggestion": Francis 1994's illocutionary
     * nouns with no evaluation of their own) labels any reported statement, so a verb of saying (Levin 1993, 37.7) will do for it.
     */
    private static final Pattern LABELLABLE = Pattern.compile("\\b(?:critic\\w*|condemn\\w*|denounc\\w*|accus\\w*|blam\\w*|attack\\w*"
            + "|slam\\w*|decr(?:y|ied|ies)|alleg\\w*|claim\\w*|assert\\w*|suggest\\w*|insist\\w*|complain\\w*|charg(?:ed|es|ing)"
            + "|label+(?:ed|ing|s)?|brand(?:ed|s|ing)|dubb?(?:ed|s|ing)|call(?:ed|s|ing)?\\s+(?!for\\b|on\\b|off\\b|up\\b|in\\b|back\\b)\\w+(?:\\s+[\\w'’]+){0,3}\\s+an?\\b)");

    private static final Pattern SAYING = Pattern.compile("\\b(?:say|says|said|told|tells?|stated?|states|argu\\w*|maintain\\w*|contend\\w*)\\b");
    private static final Pattern NEUTRAL_LABEL = Pattern.compile("claims?|assertions?|remarks?|suggestions?|characteri[sz]ations?");

    private static final String OUTLET = org.claimbench.domain.Source.OUTLET;
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
        if (first == null || !pair.sameArticle() || pair.sameSource() || first.facts.source().equals(OUTLET)) {
            return Optional.empty();
        }
        ClaimFeatures second = first == a ? b : a;
        // A retrospective label encapsulates the stretch of text before it, up to a paragraph (Francis 1994), and a news paragraph
        // holds one to three sentences (AP's short paragraphs): the claim before must end within REACH characters of the start of
        // the claim that holds the label.
        if (first.facts.positioned() && first.facts.end() < second.facts.start() - REACH) {
            return Optional.empty();
        }
        // The label takes its content only from a claim of criticising, accusing or claiming: "the criticism" does not label
        // a side's plain statement that exports will rise.
        String t = second.facts.text().toLowerCase(Locale.ROOT);
        Matcher m = DISMISSED.matcher(t);
        if (!m.find() || NOT_REJECTING.matcher(t.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return Optional.empty();
        }
        // The claim's own sentence: its text and the part of its lead after the sentence before ("Brussels says" + the claim).
        String lead = first.facts.lead().replaceFirst("(?s)^.*[.!?][\"”’]?\\s+", "");
        String own = first.facts.text().toLowerCase(Locale.ROOT);
        String sentence = (lead + " " + first.facts.text()).toLowerCase(Locale.ROOT);
        if (!LABELLABLE.matcher(own).find()
                && !(NEUTRAL_LABEL.matcher(m.group("noun")).matches() && SAYING.matcher(sentence).find())) {
            return Optional.empty();
        }
        String words = second.facts.text().substring(m.start(), m.end());
        return Optional.of(new Signal("statement dismissed", ContradictionKind.FRAMING, WEIGHT,
                () -> "“" + words + "”: the second account rejects what the article reports just before it.",
                "dismissed:" + m.group("noun")));
    }
}
