package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * The subject before a postmodifying phrase: "tenants living near the pier said", "Berg on the radio explained" (a
 * participle or a preposition after the noun), "sources familiar with the talks said", "people close to her say" (an
 * adjective phrase after the noun; Quirk et al., A Comprehensive Grammar of the English Language, 1985, 17.53): the noun
 * the phrase modifies speaks, not the one inside the phrase.
 */
final class Postmodifiers {

    /**
     * Words the tagger reads as prepositions that open a clause of their own ("… talk as Berg warns …"): the phrase after
     * them is that clause's subject, not a modifier of the phrase before (subordinators that are also prepositions: Quirk
     * et al., A Comprehensive Grammar of the English Language, 1985, 14.12).
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "because", "than", "like", "until", "since");

    /**
     * Subordinators of time that are also prepositions (Quirk et al. 1985, 14.12): with an agent after them and the cue after
     * it ("weeks after the mayor promised …") they open the cue's clause; with an event ("Berg after the vote said") they
     * are a preposition.
     */
    private static final Set<String> TEMPORAL_OPENERS = Set.of("after", "before");


    /**
     * Whether "after" or "before" right before token {@code start} opens a clause whose subject starts there, judged by what
     * stands before the conjunction: a time phrase ("a year after the board announced …", "one day after a poll showed …") or a
     * noun phrase in object position, right after a verb, a particle or a preposition ("called off a merger after the Treasury
     * issued …", "the subject of an inquiry after the Gazette reported …"). A subject of the main clause stands before its own
     * verb, so a phrase that already follows the main clause's verb or a preposition is no subject of the cue after it; what
     * the cue's clause has as subject is the phrase after the subordinator (Quirk et al. 1985, 14.12: "after" and "before" as
     * subordinators; 10.13: one subject before the finite verb). "Berg after the vote said …" (a subject before the
     * preposition) stays as {@link #headBefore} reads it.
     */
    static boolean temporalClause(List<Token> t, int start) {
        int m = start - 1;
        if (m < 2 || !TEMPORAL_OPENERS.contains(Phrases.lower(t.get(m)))) {
            return false;
        }
        int time = TimePhrases.beforeTime(t, m - 1, true);
        if (time != m - 1 || TimePhrases.time(t.get(m - 1)) || TimePhrases.unit(t.get(m - 1))) {
            return true;
        }
        int k = ParticipleAdjuncts.before(t, m - 1);
        if (k < 0 || k == m - 1) {
            return false;
        }
        Token x = t.get(k);
        return x.is("VERB") || x.is("ADP") || PARTICLES_BEFORE_OBJECT.contains(Phrases.lower(x));
    }

    /** Adverbial particles of phrasal verbs that stand before the object ("called off a deal"; Quirk et al. 1985, 16.2-16.4). */
    private static final Set<String> PARTICLES_BEFORE_OBJECT = Set.of("off", "out", "up", "down", "back");

    /**
     * Whether the noun phrase starting at token {@code start} names an agent: a name, a subject pronoun, or a noun whose first
     * WordNet 3.1 sense is a person ("the mayor"; not a group: "the meeting" is one too).
     */
    private static boolean agent(List<Token> t, int start) {
        int head = Phrases.endAfter(t, start);
        if (head < 0) {
            return false;
        }
        Token x = t.get(head);
        return x.is("PROPN") || Phrases.capitalisedAdjective(x) ? !Phrases.calendar(x) : Phrases.subjectPronoun(x)
                || x.is("NOUN") && WordNet.shared().lexicographerFile(x.lemma(), WordNet.Pos.NOUN).equals("noun.person");
    }

    /** The object forms of the personal pronouns (a closed class; Quirk et al. 1985, 6.4). */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "it", "you");

    private Postmodifiers() {
    }

    /**
     * The token index of the noun that a phrase ending right before the cue postmodifies, the phrase after a preposition
     * starting at token {@code start}; -1 when no preposition opens it ("of" excluded: "the mayor of the island" is one
     * phrase) or no noun stands before it.
     */
    static int headBefore(List<Token> t, int start) {
        int m = start - 1;
        if (m < 1 || !(t.get(m).is("ADP") || Phrases.lower(t.get(m)).equals("to")) || Phrases.lower(t.get(m)).equals("of")
                || CLAUSE_OPENERS.contains(Phrases.lower(t.get(m))) || TEMPORAL_OPENERS.contains(Phrases.lower(t.get(m))) && agent(t, start)) {
            return -1;
        }
        int before = TimePhrases.beforeTime(t, m - 1, true);
        if (t.get(before).is("VERB") && before >= 1 && Phrases.canEnd(t.get(before - 1)) && !t.get(before).text().endsWith("s")) {
            before--;
        } else if (adjectiveHead(t.get(before)) && before >= 1 && (Phrases.canEnd(t.get(before - 1)) || openingPlural(t, before - 1))) {
            // "sources familiar with the talks said", "people close to the mayor say": the adjective phrase's noun speaks.
            before--;
        }
        return Phrases.canEnd(t.get(before)) || openingPlural(t, before) ? before : -1;
    }

    /**
     * The head of an adjective phrase with a prepositional complement: an adjective, or a word the tagger reads as an adverb
     * that WordNet 3.1 holds as an adjective too ("a source close to the mayor": "close" is tagged ADV before "to").
     */
    private static boolean adjectiveHead(Token x) {
        return x.is("ADJ") || x.is("ADV") && !WordNet.shared().lexicographerFile(Phrases.lower(x), WordNet.Pos.ADJECTIVE).isEmpty();
    }

    /**
     * The last token of an adjective phrase with a prepositional complement right after the common noun at token {@code e}
     * ("a person familiar with the plans", "an engineer close to the project", "officials aware of the report"; Quirk et al.
     * 1985, 17.53), the complement's last token; {@code e} itself when no such phrase follows.
     */
    static int adjectivePhraseEnd(List<Token> t, int e) {
        int a = e + 1;
        if (e < 0 || a + 2 >= t.size() || !t.get(e).is("NOUN") || !adjectiveHead(t.get(a))
                || !(t.get(a + 1).is("ADP") || Phrases.lower(t.get(a + 1)).equals("to"))) {
            return e;
        }
        int end = Phrases.endAfter(t, a + 2);
        return end < 0 ? e : end;
    }

    /**
     * An object pronoun after a preposition ("close to her", "loyal to them"): a noun phrase of its own. Not after "of":
     * "most of them", "none of them" are a part of a group, read as such.
     */
    static boolean objectAfterPreposition(List<Token> t, int j) {
        return j >= 1 && t.get(j).is("PRON") && OBJECT_PRONOUNS.contains(Phrases.lower(t.get(j)))
                && (t.get(j - 1).is("ADP") || Phrases.lower(t.get(j - 1)).equals("to")) && !Phrases.lower(t.get(j - 1)).equals("of");
    }

    /**
     * The token index of the noun that the past participle at token {@code j}, right before the cue, postmodifies ("the growers
     * polled said …", "officials briefed told …": a nonfinite -ed clause reduced to its verb, Quirk et al. 1985, 17.31); -1 when
     * token {@code j} is no such participle or no noun stands before it. A finite verb cannot stand there: a reporting verb right
     * after it would have no subject (10.13), so the verb between the noun and the cue is the noun's postmodifier. The UD tagger
     * gives past tense and past participle one tag, VERB; the -ed/-en form is told by its text differing from its lemma and by
     * not ending in -ing or -s (the present participle and the third person, Quirk et al. 1985, 3.5). The argument holds only
     * for a finite cue: an -ing form or a bare infinitive after a verb is that verb's complement ("Berg started publishing",
     * "Berg helped draft"), so the cue must be past or third person ("said", "says"), or a base form agreeing
     * with a plural head ("the growers polled say").
     */
    static int participleHead(List<Token> t, int j, Token cue) {
        if (j < 1 || !t.get(j).is("VERB")) {
            return -1;
        }
        Token head = t.get(j - 1);
        String c = Phrases.lower(cue);
        boolean plural = !Phrases.lower(head).equals(head.lemma().toLowerCase(java.util.Locale.ROOT)) && Phrases.lower(head).endsWith("s");
        boolean finiteCue = cue.is("VERB") && !c.endsWith("ing") && (!c.equals(cue.lemma()) || plural);
        String w = Phrases.lower(t.get(j));
        boolean pastForm = !w.equals(t.get(j).lemma()) && !w.endsWith("ing") && !w.endsWith("s");
        return pastForm && finiteCue && (head.is("NOUN") || head.is("PROPN")) && Phrases.canEnd(head) ? j - 1 : -1;
    }

    /** Whether the token is a personal pronoun in its object form, "it" or "you" ("put it", "told him"): no subject inverted after a verb. */
    static boolean objectPronoun(Token x) {
        return x.is("PRON") && OBJECT_PRONOUNS.contains(Phrases.lower(x));
    }

    /**
     * A word opening the sentence before a postmodifying adjective that the tagger read as no noun ("Sources familiar with
     * …" read as VERB ADJ): a plural WordNet 3.1 knows as a noun, or the pronoun "those".
     */
    private static boolean openingPlural(List<Token> t, int k) {
        String w = Phrases.lower(t.get(k));
        return k == 0 && (w.equals("those") || w.endsWith("s") && w.length() > 3
                && !WordNet.shared().lexicographerFile(w.substring(0, w.length() - 1), WordNet.Pos.NOUN).isEmpty());
    }

    /**
     * Whether the names from token st to e, set off by the comma before st, stand in apposition to a name right before that
     * comma ("in Lund, Sweden,", "at Acme, Inc.,"): a place's larger place or a firm's suffix, as news copy sets them off
     * (The Associated Press Stylebook, "datelines" and "state names"; Quirk et al. 1985, chapter 17, apposition). Such a
     * phrase belongs to the phrase before it, and a participle after it hangs on the clause, not on it.
     */
    static boolean appositiveName(List<Token> t, int st, int e) {
        return st >= 2 && Phrases.names(t, st, e) && (t.get(st - 2).is("PROPN") || Phrases.capitalisedAdjective(t.get(st - 2)));
    }
}
