package org.claimbench.analysis.attribution;

import java.util.List;

import org.claimbench.analysis.language.Token;

/**
 * Verbs of the cue lexicon used where they report no speech: a participle before its noun ("the proposed bridge"), a verb
 * of naming in a relative clause of the habitual present ("who calls her rival a friend"), a participle naming its noun
 * with "as" ("a levy known as the toll"), a passive participle after its noun with its agent ("the plan proposed by the
 * mayor"). Token indexes are into the sentence's tokens ({@link Reading#tokens}).
 */
final class NonReportingVerbs {

    private final Reading r;
    private final List<Token> t;
    private final CueLexicon cues;

    NonReportingVerbs(Reading r, CueLexicon cues) {
        this.r = r;
        this.t = r.tokens();
        this.cues = cues;
    }

    /** Whether the verb at token i reports no speech, by one of the four uses above. */
    boolean at(int i) {
        return attributive(i) || reducedPassive(i) || namedAs(i) || habitualNaming(i);
    }

    /**
     * Whether the verb at token i is a participle qualifying the noun after it ("the proposed bridge", "a widely known
     * fact", "its expected closure"): a determiner, a possessive, an adjective or a number before it (adverbs between).
     */
    private boolean attributive(int i) {
        if (i + 1 >= t.size() || !t.get(i + 1).is("NOUN") || !(Phrases.lower(t.get(i)).endsWith("ed") || Phrases.lower(t.get(i)).endsWith("n"))) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).is("ADV")) {
            k--;
        }
        return k >= 0 && (t.get(k).is("DET") || t.get(k).is("ADJ") || t.get(k).is("NUM") || Phrases.possessive(t.get(k))
                || ORDINALS.matcher(Phrases.lower(t.get(k))).matches());
    }

    /**
     * Whether the verb at token i names its object in a relative clause in the simple present: "Ruiz, who calls her rival a
     * friend, …", "the board, which terms the levy a fee, …". A verb of naming (VerbNet 3.4 dub-29.3.2: {@link
     * CueLexicon#names}) with an object and its complement gives the object a name (PropBank call.01, "name, label"); in
     * the simple present, in a relative clause postmodifying a noun phrase, it tells what the referent habitually calls
     * something (the habitual present, Quirk et al. 1985, 4.6-4.7; the relative clause characterises its head, 17.3),
     * no utterance that was made: no attribution. "who called the plan reckless" (the past: an act told) and "Ruiz calls
     * the plan reckless" (a main clause, the reporting present of the news) stay cues.
     */
    private boolean habitualNaming(int i) {
        Token x = t.get(i);
        String w = Phrases.lower(x);
        if (!cues.names(x.lemma()) || w.endsWith("ed") || w.endsWith("ing") || !(w.equals(x.lemma()) || w.equals(x.lemma() + "s"))) {
            // (Only the present's forms: "calls", "call"; not "called", "named", "calling".)
            return false;
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).is("ADV")) {
            k--;
        }
        return k >= 1 && Phrases.RELATIVES.contains(Phrases.lower(t.get(k))) && !t.get(k).is("SCONJ")
                && (Phrases.canEnd(t.get(k - 1)) || t.get(k - 1).text().equals(",")) && i + 1 < t.size() && !t.get(i + 1).is("ADP");
    }

    /**
     * Whether the verb at token i is a participle after its noun that names or describes it, "as" and a noun phrase
     * closing the clause ("a levy known as the toll.", "the pier, described as unsafe, …"): a reduced relative clause
     * (Quirk et al., A Comprehensive Grammar of the English Language, 1985, 17.27), no one's speech. A verb of speaking
     * ("said as the crowd left", "said as a joke") stays a cue.
     */
    private boolean namedAs(int i) {
        if (i < 1 || i + 2 >= t.size() || !Phrases.lower(t.get(i + 1)).equals("as") || !Phrases.canEnd(t.get(i - 1))
                || cues.reportsSpeech(t.get(i).lemma())) {
            // "…, Ortega said as a joke": a verb of speaking after its subject is the cue, whatever follows.
            return false;
        }
        int phrase = Phrases.startBefore(t, i - 1);
        if (phrase > 0 && (Phrases.RELATIVES.contains(Phrases.lower(t.get(phrase - 1))) || t.get(phrase - 1).is("SCONJ"))) {
            // "a blast that the mayor described as deliberate": the phrase is the subject of a relative clause, and speaks.
            return false;
        }
        for (int m = i + 2; m < t.size(); m++) {
            Token x = t.get(m);
            if (x.text().equals(",") || x.text().equals(".") || x.text().equals(";") || r.quoteMark(x) && m > i + 2) {
                return m > i + 2;
            }
            if (x.is("VERB") || x.is("AUX") || x.is("SCONJ") || x.is("PRON") && !Phrases.possessive(x)) {
                return false;
            }
        }
        return true;
    }

    /** Ordinal numbers, which the tagger sometimes reads as nouns ("the sixth widely known plan"): words and figures. */
    private static final java.util.regex.Pattern ORDINALS = java.util.regex.Pattern.compile(
            "\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|next");

    /**
     * Whether the verb at token i is a passive participle after its noun, with its agent after "by" ("Figures cited last
     * week by the council show …", "the plan proposed by the mayor"): the noun is no speaker of it. The agent is a name or
     * a phrase with a determiner ("by phone" is a manner).
     */
    private boolean reducedPassive(int i) {
        if (i < 1 || !Phrases.lower(t.get(i)).endsWith("ed") || !Phrases.canEnd(t.get(i - 1))) {
            return false;
        }
        for (int m = i + 1; m + 1 < Math.min(t.size(), i + 6); m++) {
            Token x = t.get(m);
            if (Phrases.lower(x).equals("by") && x.is("ADP")) {
                Token agent = t.get(m + 1);
                return agent.is("DET") || agent.is("PROPN") || Phrases.possessive(agent);
            }
            if (!(x.is("ADV") || x.is("NOUN") && (Phrases.calendar(x) || ClauseShapes.TIMES.contains(Phrases.lower(x)))
                    || ClauseShapes.TIMES.contains(Phrases.lower(x)) || Phrases.calendar(x))) {
                return false;
            }
        }
        return false;
    }
}
