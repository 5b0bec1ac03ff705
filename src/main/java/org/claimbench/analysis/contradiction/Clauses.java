package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clause structure the signals need from a claim's reading, by token index: where a
 * negation's clause ends and what it denies, what noun a status word is about and who its
 * parties are. Reads parts of speech and lemmas only (no parser): punctuation and the PDTB
 * connectives of {@link Lexicons#CLAUSE_BREAKS} end clauses.
 */
final class Clauses {

    /** Quotation marks and hyphens: no clause ends at them. */
    static final Set<String> QUOTES = Set.of("-", "\"", "“", "”", "'", "‘", "’", "``", "''");
    /** Nouns of saying whose complement a denial denies (the nominal reporting predicates of FactBank's source introducers). */
    static final Set<String> REPORT_NOUNS = Set.of("accusation", "claim", "report", "allegation", "suggestion", "assertion",
            "rumour", "rumor", "speculation");
    /*
     * Closed-class words of English grammar that the readers below test a lemma against (sets rather than String.matches,
     * which compiles its pattern on every call): denials that deny a noun, "neither"/"nor", pronouns of no one, object
     * pronouns.
     */
    private static final Set<String> NOMINAL_DENIALS = Set.of("no", "none", "nothing", "nobody", "without", "neither", "nor");
    private static final Set<String> NEITHER_NOR = Set.of("neither", "nor");
    private static final Set<String> NO_ONE = Set.of("nothing", "none", "nobody");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("it", "this", "that", "they", "them");

    private final ClaimReading reading;

    Clauses(ClaimReading reading) {
        this.reading = reading;
    }

    /**
     * A negation's scope ends at the clause's end: punctuation that closes it, or a connective that opens another. A
     * prepositional phrase set off by commas inside the clause (", at any stage,") is an aside, not its end.
     */
    int clauseEnd(int from) {
        for (int i = from; i < reading.size(); i++) {
            String l = reading.lemma(i);
            if (l.equals(",") && asideEnd(i) > 0) {
                i = asideEnd(i);
                continue;
            }
            if ((reading.is(i, "PUNCT") && !QUOTES.contains(l))
                    || (Lexicons.CLAUSE_BREAKS.contains(l) && !adverbOfNotYet(i))) {
                return i;
            }
        }
        return reading.size();
    }

    /**
     * Whether "without" at i opens an adjunct of manner, not a negation of the clause's predicate: "without" and a noun of time
     * or of condition ("resumed the crossings without delay", "will meet without preconditions"; Quirk et al. 1985, 9.54 on
     * "without" and 8.79-8.82 on adjuncts of manner), after a determiner or adjectives if any ("without any further delay"). A
     * noun of time is one whose first sense WordNet 3.1 files under noun.time ("delay", "pause", "wait"); a noun of condition
     * is WordNet's "stipulation" (the sense of "condition" an agreement sets) or a kind of it ("precondition", "condition").
     * "without an agreement", "without consent" still deny.
     */
    boolean mannerWithout(int i) {
        if (!reading.lemma(i).equalsIgnoreCase("without")) {
            return false;
        }
        int j = i + 1;
        while (j < reading.size() && (reading.is(j, "DET") || reading.is(j, "ADJ"))) {
            j++;
        }
        if (j >= reading.size() || !reading.is(j, "NOUN")) {
            return false;
        }
        String noun = reading.lemma(j).toLowerCase(java.util.Locale.ROOT);
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        org.claimbench.analysis.language.WordNet.Pos pos = org.claimbench.analysis.language.WordNet.Pos.NOUN;
        return wn.lexicographerFile(noun, pos).equals("noun.time")
                || wn.synonyms(noun, "stipulation", pos) || wn.kindWithin(noun, "stipulation", pos);
    }

    /**
     * Whether "yet" at i is the adverb of "not yet" ("has not yet agreed", "hasn't yet signed"), not the conjunction of contrast
     * that opens a clause ("…, yet the talks went on"): right after a negator, "yet" is the non-assertive form of "already", a
     * time adverb inside the negated clause (Quirk et al. 1985, ch. 8 on "already", "still" and "yet"; Huddleston and Pullum
     * 2002, ch. 9, on "yet" as a negatively oriented polarity item), so the negation's scope runs on past it.
     */
    private boolean adverbOfNotYet(int i) {
        if (!reading.lemma(i).equals("yet") || i == 0) {
            return false;
        }
        String before = reading.lemma(i - 1);
        return Lexicons.NEGATORS.contains(before) || before.endsWith("+not");
    }

    /** The closing comma of an aside that opens with a preposition at the comma i (no verb and at most five words in it); 0 if none. */
    private int asideEnd(int i) {
        if (i + 1 >= reading.size() || !reading.is(i + 1, "ADP")) {
            return 0;
        }
        for (int k = i + 2; k < Math.min(reading.size(), i + 8); k++) {
            if (reading.is(k, "VERB") || reading.is(k, "AUX") || Lexicons.CLAUSE_BREAKS.contains(reading.lemma(k))) {
                return 0;
            }
            if (reading.lemma(k).equals(",")) {
                return k;
            }
            if (reading.is(k, "PUNCT") && !QUOTES.contains(reading.lemma(k))) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * What a negation at i denies: the first verb or adjective of its clause (skipping auxiliaries:
     * "has not budged"), or for a determiner or pronoun ("no concessions", "nothing") the first noun.
     */
    String focus(int i, int end) {
        String cueLemma = reading.lemma(i);
        // "no", "none", "nothing", "without" deny a noun whatever the tagger calls them ("NO 'agreement'" in capitals).
        boolean nominal = reading.is(i, "DET") || reading.is(i, "PRON") || NOMINAL_DENIALS.contains(cueLemma)
                || Lexicons.DENIALS.contains(cueLemma);
        for (int j = presupposedEnd(i, end); j < end; j++) {
            // "no confirmed reports": "no" denies its noun phrase, whose head is the noun; a participle before it modifies it.
            if (cueLemma.equals("no") && reading.is(j, "VERB") && j + 1 < end && (reading.is(j + 1, "NOUN") || reading.is(j + 1, "ADJ"))) {
                continue;
            }
            if (nominal ? reading.is(j, "NOUN") || reading.is(j, "VERB") : reading.is(j, "VERB") || reading.is(j, "ADJ")) {
                String l = reading.lemma(j);
                // "denied claims of dumping", "no reports that …": what the report says is what is denied.
                if (nominal && REPORT_NOUNS.contains(l) && j + 1 < end && (reading.lemma(j + 1).equals("of") || reading.lemma(j + 1).equals("that"))) {
                    continue;
                }
                return l.chars().allMatch(Character::isLetter) && !ClaimFeatures.LIGHT.contains(l) ? l : null;
            }
        }
        // Ellipsis: "The union is ready, but the board is not." denies the predicate of the clause before; only where nothing
        // but punctuation follows the operator ("it is not our fight" denies a noun phrase, nothing of the clause before).
        if (!nominal) {
            int left = elided(i, end);
            return left >= 0 ? reading.lemma(left) : null;
        }
        return null;
    }

    /**
     * Where the denied part of a negation at i begins: after the subjects "neither … nor" coordinate, or after a negative
     * pronoun's prepositional phrase, which names what is presupposed, not denied ("nothing in the interview suggests …", "none of the ministers came": there was an interview,
     * there are ministers; Huddleston and Pullum 2002, ch. 9), so the predicate after it is what is denied; else right after
     * the negator (so too for a pronoun that is a verb's object: "knew nothing about the contract").
     */
    int presupposedEnd(int i, int end) {
        int from = i + 1;
        // "Neither the strikes nor the threats have stopped the talks": the coordinated subjects are what the sentence speaks
        // of; the verb after them is what is denied (a "neither" before a predicate, "neither ready nor willing", is left as it is).
        boolean subjects = NEITHER_NOR.contains(reading.lemma(i)) && from < end
                && (reading.is(from, "DET") || reading.is(from, "NOUN") || reading.is(from, "PROPN"));
        // A negative pronoun right after a lexical verb is its object ("knew nothing about the contract"): its phrase is what
        // the verb denies knowing or doing, not a presupposed part of a subject (Huddleston and Pullum 2002, ch. 4 on objects).
        // After "be" it is an existential's displaced subject ("there was nothing in the interview …", ch. 16): presupposed.
        // Unless a verb follows its phrase in its clause: then it is the subject of the verb's complement clause ("said none of
        // the detainees had been released": the detainees are presupposed, their release denied).
        boolean object = i > 0 && reading.is(i - 1, "VERB") && !reading.lemma(i - 1).equals("be") && !verbAfterPhrase(i, end);
        if (subjects || (NO_ONE.contains(reading.lemma(i)) && !object && from < end && reading.is(from, "ADP"))) {
            while (from < end && !reading.is(from, "VERB")) {
                from++;
            }
        }
        return from;
    }

    /** Whether a verb follows the phrase of a negative pronoun at i before its clause ends (a mark or a clause break). */
    private boolean verbAfterPhrase(int i, int end) {
        for (int k = i + 1; k < end; k++) {
            if (reading.is(k, "VERB") || reading.is(k, "AUX")) {
                return true;
            }
            if (reading.is(k, "PUNCT") || Lexicons.CLAUSE_BREAKS.contains(reading.lemma(k)) || reading.lemma(k).equals("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The predicate a clause-final negation leaves out, as an index: "The union is ready, but the board is not." leaves out
     * "ready" (verb-phrase ellipsis after an operator, Quirk et al. 1985, 12.21-12.25); -1 when the clause goes on after the
     * negator or no adjective or verb precedes it.
     */
    int elided(int negator, int end) {
        if (reading.is(negator, "DET") || reading.is(negator, "PRON") || end < reading.size() && !reading.is(end, "PUNCT")) {
            return -1;
        }
        for (int j = negator + 1; j < end; j++) {
            if (!reading.is(j, "PUNCT")) {
                return -1;
            }
        }
        // The left-out predicate is the head of the clause before: its first verb or adjective after the operator ("the
        // dockers are willing to extend the lease, but the hauliers are not": willing, not extend).
        // Each scan back counted up by distance (see agents).
        int ownBack = 1;
        while (ownBack <= negator && !reading.is(negator - ownBack, "PUNCT")
                && !Lexicons.CLAUSE_BREAKS.contains(reading.lemma(negator - ownBack))) {
            ownBack++;
        }
        int own = negator - ownBack;
        int from = Math.max(own, 0);
        int lastBack = 0;
        while (lastBack < from && (reading.is(from - lastBack - 1, "PUNCT")
                || Lexicons.CLAUSE_BREAKS.contains(reading.lemma(from - lastBack - 1)))) {
            lastBack++;
        }
        int last = from - lastBack;
        int back = 1;
        while (back <= last && !(reading.is(last - back, "PUNCT") && !QUOTES.contains(reading.lemma(last - back)))
                && !Lexicons.CLAUSE_BREAKS.contains(reading.lemma(last - back))) {
            back++;
        }
        int before = last - back;
        for (int j = before + 1; j < last; j++) {
            if ((reading.is(j, "ADJ") || reading.is(j, "VERB")) && !ClaimFeatures.LIGHT.contains(reading.lemma(j))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The noun a status noun is about ("the approval of the lease", "a decision on the tariffs", "an agreement to end the strike",
     * "the summit's postponement", "the lease approval"): the first noun after "of", "on", "for", "over" or "about" within six
     * tokens, or after "to" and the infinitive's verb; else a noun right before it (a compound or a possessive); null when it names
     * none (then the noun is no status: "the agreement" alone says nothing of what was agreed). Of a compound the first noun is
     * taken, as {@link #target} takes a verb's, so "the approval of the lease deal" and "approved the lease deal" meet.
     */
    String nominalTarget(int i) {
        // A word in quotation marks of its own ("NO ‘agreement’ on any ceasefire": the writer's scare quotes) keeps its phrase.
        int at = i + 1 < reading.size() && QUOTES.contains(reading.lemma(i + 1)) ? i + 1 : i;
        if (at + 1 < reading.size()) {
            String next = reading.lemma(at + 1);
            boolean preposition = next.equals("of") || next.equals("on") || next.equals("for") || next.equals("over") || next.equals("about");
            boolean infinitive = next.equals("to") && at + 2 < reading.size() && reading.is(at + 2, "VERB");
            if (preposition || infinitive) {
                String name = null;
                for (int j = at + (infinitive ? 3 : 2); j < Math.min(reading.size(), at + 8); j++) {
                    if (reading.is(j, "NOUN")) {
                        return reading.lemma(j);
                    }
                    if (reading.is(j, "PROPN") && name == null) {
                        name = reading.lemma(j).toLowerCase(java.util.Locale.ROOT);
                    }
                    if (reading.is(j, "VERB") || (reading.is(j, "PUNCT") && !QUOTES.contains(reading.lemma(j)))) {
                        break;
                    }
                }
                if (name != null) {
                    return name;
                }
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            String l = reading.lemma(j);
            if (l.equals("'s") || l.equals("’s")) {
                continue;
            }
            if (reading.is(j, "NOUN") || reading.is(j, "PROPN")) {
                return l.replace("+'s", "").replace("'s", "").toLowerCase(java.util.Locale.ROOT);
            }
            break;
        }
        return null;
    }

    /**
     * The noun a status word is about: for a verb its object (the first noun within four tokens
     * after it), else the nearest noun before it within six ("the summit was cancelled", "a
     * ceasefire is possible"); "" for a pronoun object ("rejected it"), whose noun the claim does not name.
     */
    String target(int i) {
        // "in favour of the plan": the stance is about what follows "of", as a verb's object follows the verb.
        if (reading.is(i, "NOUN") && i + 1 < reading.size() && reading.lemma(i + 1).equals("of")) {
            for (int j = i + 2; j < Math.min(reading.size(), i + 7); j++) {
                if (reading.is(j, "NOUN")) {
                    return compoundHead(j);
                }
                if (reading.is(j, "PUNCT") && !QUOTES.contains(reading.lemma(j))) {
                    break;
                }
            }
        }
        // A passive ("the summit was postponed until spring") is about its subject, before it.
        boolean passive = i > 0 && (reading.lemma(i - 1).equals("be") || (i > 1 && reading.lemma(i - 2).equals("be")));
        if (reading.is(i, "VERB") && !passive) {
            // "rejected it once again", "do not agree with it": its object is whatever the pronoun stands for (a personal or
            // demonstrative pronoun, the object of the verb or of its prepositional verb, Quirk et al. 1985, 16.5), not a noun
            // before the verb.
            int object = i + 1 < reading.size() && reading.is(i + 1, "ADP") ? i + 2 : i + 1;
            if (object < reading.size() && reading.is(object, "PRON") && PRONOUN_OBJECTS.contains(reading.lemma(object))) {
                return "";
            }
            for (int j = i + 1; j < Math.min(reading.size(), i + 8); j++) {
                // "agreed to stop the evictions": the status is the infinitive's event's, and so is its object.
                if (reading.lemma(j).equals("to") && j == i + 1 && j + 1 < reading.size() && reading.is(j + 1, "VERB")) {
                    j++;
                    continue;
                }
                // A possessive names whose it is, not what ("the mayor's proposal": proposal).
                boolean possessive = reading.lemma(j).endsWith("'s") || (j + 1 < reading.size() && reading.lemma(j + 1).equals("'s"));
                if (reading.is(j, "NOUN") && !possessive) {
                    return compoundHead(j);
                }
                if (reading.is(j, "VERB") || (reading.is(j, "PUNCT") && !QUOTES.contains(reading.lemma(j))) || opensAClause(j)) {
                    break;
                }
            }
        }
        for (int back = 1, farthest = Math.min(i, 6); back <= farthest; back++) {
            int j = i - back;
            if (reading.is(j, "NOUN")) {
                return headBefore(j);
            }
        }
        return null;
    }

    /**
     * Whether the token at j opens a subordinate clause after a verb: a subordinator ("that", "whether", "if": UD's SCONJ). A
     * status word bears on the noun of its own clause: in "agreed that the talks will continue" what is agreed is the
     * proposition, whose own predicate says what of the talks ("will continue"; a verb with a finite complement clause,
     * Quirk et al. 1985, 16.31-16.32), so the noun past "that" is not the status's object. (A coordinator is no such bound:
     * "agreed to a complete and total ceasefire" coordinates adjectives.)
     */
    private boolean opensAClause(int j) {
        return reading.is(j, "SCONJ");
    }

    /**
     * The head of a noun compound the noun at {@code j} opens: its last noun ("the night market": market; "the energy
     * price cap": cap; premodifying nouns come before the head, Quirk et al. 1985, 17.108), a possessive ending it.
     */
    private String compoundHead(int j) {
        int k = j;
        while (k + 1 < reading.size() && reading.is(k + 1, "NOUN") && !reading.lemma(k).endsWith("'s")) {
            k++;
        }
        return reading.lemma(k);
    }

    /**
     * The head of the noun phrase a noun ends, past a prepositional phrase that follows its head ("a summit between the two
     * premiers", "the date of the next round": summit, date; an English noun phrase's head comes before its post-modifiers,
     * Quirk et al. 1985, 17.2): the noun itself when no such phrase holds it.
     */
    String headBefore(int noun) {
        int head = noun;
        // A chain of them is climbed to its first head ("talks with the union in the capital": talks), three at most.
        for (int step = 0; step < 3; step++) {
            int j = head;
            // Back over the phrase's own pre-modifiers: determiners, numbers, adjectives, nouns, possessives.
            while (j > 0 && (reading.is(j - 1, "DET") || reading.is(j - 1, "NUM") || reading.is(j - 1, "ADJ") || reading.is(j - 1, "NOUN")
                    || reading.is(j - 1, "PROPN") || reading.lemma(j - 1).endsWith("'s") || reading.lemma(j - 1).endsWith("’s"))) {
                j--;
            }
            if (j < 2 || !reading.is(j - 1, "ADP") || !HEAD_PREPOSITIONS.contains(reading.lemma(j - 1))
                    || !(reading.is(j - 2, "NOUN") || reading.is(j - 2, "PROPN"))) {
                break;
            }
            head = j - 2;
        }
        // A name heads no status's thing ("talks with Iran in Oman": talks, found above; "Iran's summit": summit).
        return reading.is(head, "NOUN") ? reading.lemma(head) : reading.lemma(noun);
    }

    /** Prepositions that open a noun's post-modifier ("the talks between …", "a summit of …", "the strikes on …"). */
    private static final java.util.Set<String> HEAD_PREPOSITIONS = java.util.Set.of("of", "between", "with", "on", "in", "for", "over",
            "about", "among");
}
