package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * A proposal said never to have been spoken of, against an account of one being made ("no such proposal was discussed on
 * the call" / "he suggested that the county take over the ferries"): denying that a proposal was discussed or raised denies
 * every report of one being proposed or suggested in that event, however else the two accounts are worded. Such denials are
 * short and point back ("such"), so the two claims need be only a little alike (cosine 0.2, as a denied status across
 * sources in {@link NegationSignal}). Only across two accounts of one event.
 *
 * <p>Tried and not kept (docs/suggestions.md, round 15): any noun a denied discussion names ("we did not discuss tariffs")
 * against any claim that has it: the other claim's tariffs were often not the call's. Kept (round 17): such a topic against
 * an account of it told to someone ("told the premier that …", "suggested to Hallberg that …"), which makes it a topic of a
 * conversation.
 */
final class TopicDenial {

    /**
     * Verbs and nouns of speaking of a topic: the lexical units of FrameNet's frames Discussion (discuss, discussion, talk,
     * debate, negotiate, negotiation, confer), Mention (mention, raise, bring up) and Topic (address, cover, come up; Ruppenhofer
     * et al., FrameNet II: Extended Theory and Practice, 2016). "come" and "bring" only with the particle "up".
     */
    static final Set<String> DISCUSSION = Set.of("discuss", "discussion", "talk", "debate", "negotiate", "negotiation", "confer",
            "mention", "raise", "address", "cover");
    private static final Set<String> PHRASAL = Set.of("come", "bring");
    /** The nouns and the verbs of FrameNet's frame Suggestion (and "offer", "float" of its neighbour Offering). */
    private static final Set<String> PROPOSAL_NOUNS = Set.of("proposal", "suggestion", "recommendation", "offer");
    private static final Set<String> PROPOSAL_VERBS = Set.of("propose", "suggest", "recommend", "offer", "float");

    private TopicDenial() {
    }

    /** The signal, when one claim denies that a proposal was discussed and the other reports one made; empty otherwise. */
    static Optional<Signal> between(ClaimFeatures denying, ClaimFeatures affirming, Pair pair) {
        // Without meaning vectors the words of the frame are all the two share.
        if (!pair.oneEvent() || !pair.twoAccounts(denying) || (!Double.isNaN(pair.cosine()) && pair.cosine() < 0.2)) {
            return Optional.empty();
        }
        String verb = deniedDiscussion(denying);
        if (verb == null) {
            return Optional.empty();
        }
        for (String lemma : denying.scoped) {
            if (PROPOSAL_NOUNS.contains(lemma)) {
                String proposed = affirmedOf(affirming, PROPOSAL_VERBS);
                if (proposed != null) {
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + denying.negationCue + " … " + lemma + " … " + verb + "” in one claim, “" + proposed + "” in the other:"
                                    + " a proposal said never to have been spoken of, against an account of one.", "denial:proposal"));
                }
            }
        }
        // A topic said not to have been discussed against an account of it told to someone in the conversation ("we did not
        // discuss the question of ownership" / "he told the premier that ownership would be best"): the addressee makes it
        // the conversation's topic, where a claim merely naming the topic (round 15) may speak of it elsewhere.
        String told = toldToSomeone(affirming);
        if (told != null) {
            for (String topic : topics(denying)) {
                if (affirming.words.contains(topic) && !affirming.negated.contains(topic) && !affirming.supposed.contains(topic)) {
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + denying.negationCue + " … " + verb + " … " + topic + "” in one claim, “" + told + " … " + topic
                                    + "” in the other: a topic said never to have been spoken of, against an account of it told.",
                            "denial:topic:" + topic));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Shell nouns that only frame a topic ("the question of ownership": Schmid 2000, English Abstract Nouns as Conceptual
     * Shells, the "question", "issue" and "matter" families), never the topic itself; "point" and "problem" are of his
     * commonest shell nouns too (AnaphoricArgument reads them after "this" or "the").
     */
    static final Set<String> SHELLS = Set.of("question", "issue", "matter", "topic", "subject", "idea", "possibility", "thing",
            "point", "problem");
    /** Prepositions that end a topic: the interlocutor ("with"), the occasion ("at", "during", "on", "in"; FrameNet's Discussion). */
    private static final Set<String> NOT_TOPIC = Set.of("with", "at", "during", "on", "in", "by", "to", "between");

    /**
     * The nouns a denied discussion names as its topic: its object and what "of", "about" or "over" add to it ("didn't discuss
     * the question of ownership": ownership), or, with a passive, its subject ("the issue of ownership wasn't raised").
     */
    private static List<String> topics(ClaimFeatures f) {
        int at = discussionAt(f);
        List<String> out = new ArrayList<>(2);
        ClaimReading r = f.reading;
        for (int i = at + 1; at >= 0 && i < r.size() && !r.is(i, "PUNCT") && !r.is(i, "VERB") && !NOT_TOPIC.contains(r.lemma(i)); i++) {
            if (topicNoun(r, i)) {
                out.add(r.lemma(i));
            }
        }
        for (int i = f.negationAt - 1; out.isEmpty() && at > f.negationAt && i >= 0 && !r.is(i, "PUNCT") && !r.is(i, "SCONJ")
                && !r.is(i, "VERB") && !r.lemma(i).equals("that"); i--) {
            if (topicNoun(r, i)) {
                out.add(r.lemma(i));
            }
        }
        return out;
    }

    /**
     * Whether token i is a noun that may be a topic: tagged a noun, or tagged an adjective though WordNet knows the word only as
     * a noun (the tagger reads "the question of ownership" with "ownership" as an adjective); no shell noun.
     */
    private static boolean topicNoun(ClaimReading r, int i) {
        String l = r.lemma(i);
        if (SHELLS.contains(l)) {
            return false;
        }
        return r.is(i, "NOUN") || r.is(i, "ADJ") && WordNet.shared().lexicographerFiles(l, WordNet.Pos.ADJECTIVE).isEmpty()
                && !WordNet.shared().lexicographerFiles(l, WordNet.Pos.NOUN).isEmpty();
    }

    /**
     * The verb by which the claim tells its content to someone, or null: "tell" (or "assure", "inform", "brief", "advise") with a
     * name or noun after it, or a verb of saying or suggesting followed by "to" and a name (VerbNet's Recipient of tell-37.2,
     * say-37.7 and the Suggestion verbs above).
     */
    private static String toldToSomeone(ClaimFeatures f) {
        ClaimReading r = f.reading;
        for (int i = 0; i + 1 < r.size(); i++) {
            String l = r.lemma(i);
            if (!r.is(i, "VERB") && i > 0) {
                continue;
            }
            if (TELLING.contains(l) && (r.is(i + 1, "PROPN") || r.is(i + 1, "ADJ") && i + 2 < r.size() && r.is(i + 2, "PROPN"))) {
                return l;
            }
            if ((PROPOSAL_VERBS.contains(l) || SAYING.contains(l)) && r.lemma(i + 1).equals("to") && i + 2 < r.size() && r.is(i + 2, "PROPN")) {
                return l;
            }
        }
        return null;
    }

    /**
     * Verbs whose object is the one told, as the attribution lexicon (cues.tsv) files them: tell (VerbNet 3.4
     * transfer_mesg-37.1.1), inform (tell-37.2), assure, brief, advise (advise-37.9).
     */
    private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "brief", "advise");
    /** Verbs of saying whose addressee follows "to": say, insist, mention, propose, write (say-37.7), explain (transfer_mesg-37.1.1). */
    private static final Set<String> SAYING = Set.of("say", "explain", "write", "mention", "insist", "propose");

    /** Where the verb or noun of discussion a negation denies stands ("come" read with its "up"), or -1. */
    private static int discussionAt(ClaimFeatures f) {
        if (f.negationAt < 0) {
            return -1;
        }
        for (int i = f.negationAt; i < f.reading.size(); i++) {
            String l = f.reading.lemma(i);
            // "come up" after the negator: the verb is no content word of the claim's scope, its particle makes it one of Topic.
            boolean phrasal = PHRASAL.contains(l) && i + 1 < f.reading.size() && f.reading.lemma(i + 1).equals("up");
            if (phrasal || (DISCUSSION.contains(l) && (f.negated.contains(l) || f.scoped.contains(l)))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a negation in the claim denies a verb or noun of discussion (what {@link #between} asks of the denying claim first). */
    static boolean deniesDiscussion(ClaimFeatures f) {
        return discussionAt(f) >= 0;
    }

    /** The verb or noun of discussion a negation denies in the claim, or null. */
    private static String deniedDiscussion(ClaimFeatures f) {
        int at = discussionAt(f);
        return at < 0 ? null : f.reading.lemma(at);
    }

    /** The first of some lemmas the claim asserts (not negated, not only supposed), or null. */
    private static String affirmedOf(ClaimFeatures f, Set<String> lemmas) {
        for (String w : f.words) {
            if (lemmas.contains(w) && !f.negated.contains(w) && !f.scoped.contains(w) && !f.supposed.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
