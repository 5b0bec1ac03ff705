package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a denial and an affirmation of one predicate are said of different participants, so that both can hold: of other
 * parties (the doers named before each verb) or of other objects (each verb's direct object). A clause's negation denies its
 * predicate with that predicate's complements (Quirk et al. 1985, 10.64). Split from {@link NegationSignal}, which asks it.
 */
final class DenialScope {

    private DenialScope() {
    }

    /**
     * Whether the denied word and the affirmed one are said of two parties, each named before its word in its clause ("Eastport
     * has not approved the budget" / "Westport approved the budget": both can hold), as the statuses' parties are compared (see
     * FactualitySignal). A verb of denial names the denier, not the doer ("Iran denied launching" / "Tehran launched"), so
     * it is left alone.
     */
    static boolean otherParties(ClaimFeatures denying, String lemma, ClaimFeatures affirming, String affirmed) {
        if (Lexicons.DENIALS.contains(denying.negationCue)) {
            return false;
        }
        List<String> denied = agentsOf(denying, lemma, Math.max(0, denying.negationAt));
        // A left-out predicate is denied of the parties of the negator's own clause ("the union is willing, but the board is not").
        if (denied.isEmpty() && denying.negationAt > 0) {
            Clauses clauses = new Clauses(denying.reading);
            int left = clauses.elided(denying.negationAt, clauses.clauseEnd(denying.negationAt + 1));
            if (left >= 0 && denying.reading.lemma(left).equals(lemma)) {
                denied = ClauseParties.partiesBefore(denying.reading, denying.negationAt);
            }
        }
        List<String> said = agentsOf(affirming, affirmed, 0);
        return !denied.isEmpty() && !said.isEmpty() && denied.stream().noneMatch(said::contains);
    }

    /**
     * The names before the first token of a lemma (from token {@code from} on) in its clause; none if it is not there, if it
     * is a passive, or if they are coordinated ("Westport and Eastport agreed"): a joint act may be denied by any of its
     * parties, named as it likes.
     */
    private static List<String> agentsOf(ClaimFeatures f, String lemma, int from) {
        boolean[] supposed = null;
        for (int i = from; i < f.reading.size(); i++) {
            if (f.reading.lemma(i).equals(lemma)) {
                // What a conditional only supposes ("if you are willing, we are willing") is not said of anyone.
                supposed = supposed == null ? Veridicality.supposed(f.reading, new Clauses(f.reading)) : supposed;
                if (supposed[i]) {
                    continue;
                }
                // A passive's subject is not its doer ("the depot was struck by Northland"): the parties are not known.
                if (i > 0 && f.reading.is(i, "VERB") && f.reading.is(i - 1, "AUX") && f.reading.lemma(i - 1).equals("be")) {
                    return List.of();
                }
                List<String> names = ClauseParties.agents(f.reading, i);
                // Counted up by distance (see Clauses.agents).
                for (int back = 1; back <= i && !names.isEmpty(); back++) {
                    int k = i - back;
                    if (f.reading.is(k, "PUNCT")) {
                        break;
                    }
                    if (f.reading.is(k, "CCONJ") && k > 0 && f.reading.is(k - 1, "PROPN")) {
                        return List.of();
                    }
                }
                return names;
            }
        }
        return List.of();
    }

    /**
     * Whether the denied verb and the affirmed one each take a complement and the two complements are different things: not one
     * noun, not WordNet synonyms, neither a kind of the other (Miller 1990's hyponymy, three steps). A clause's negation
     * denies its predicate with the predicate's complements (the clause is its scope, Quirk et al. 1985, 10.64), so "never
     * accept night shifts" denies accepting night shifts, not accepting pay terms, and "no plan was agreed on" denies agreeing
     * on a plan, not agreeing to keep talking: PropBank's agree.01 has one Arg1, the thing agreed, which a direct object, a
     * prepositional object or a to-infinitive realizes ({@link #complementOf}). A verb with no complement on either side
     * ("accepted") is compared as before.
     */
    static boolean otherObjects(ClaimFeatures denying, String lemma, ClaimFeatures affirming, String affirmed) {
        List<String> xs = complementOf(denying.reading, lemma);
        List<String> ys = xs.isEmpty() ? List.of() : complementOf(affirming.reading, affirmed);
        if (ys.isEmpty() && !xs.isEmpty() && !affirmed.equals(lemma)) {
            ys = nominalComplement(affirming.reading, affirmed);
            // The nominalisation's own complement may be left unsaid while the claim names the denied thing elsewhere ("the
            // agreement the negotiators reached sets the overtime rate"): a denied object the other claim names is no other thing.
            if (!ys.isEmpty() && namesAny(affirming.reading, xs)) {
                return false;
            }
        }
        if (ys.isEmpty()) {
            return false;
        }
        for (String x : xs) {
            for (String y : ys) {
                if (sameThing(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What a nominalisation of the denied verb is said of in the other claim ("agreement" for "agree"): the nouns of its
     * prepositional complement ("an agreement on the route": route; Quirk et al. 1985, 17.51-17.54, a deverbal noun takes its
     * verb's object as a prepositional postmodifier), else the noun itself with the nouns that premodify it ("the ceasefire
     * agreement": ceasefire, agreement; "the agreement reached by the negotiators": agreement), the thing it names when its
     * complement is left unsaid. So "had not agreed to the 8 percent rate" denies nothing of "welcomed the agreement the
     * negotiators reached": the agreement is not the rate. None when the word is no noun there.
     */
    private static List<String> nominalComplement(ClaimReading r, String noun) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.lemma(i).equals(noun)) {
                continue;
            }
            if (!r.is(i, "NOUN")) {
                return List.of();
            }
            List<String> out = new ArrayList<>(3);
            if (i + 1 < r.size() && r.is(i + 1, "ADP") && OBJECT_PREPOSITIONS.contains(r.lemma(i + 1))) {
                nounsFrom(r, i + 2, out);
                // "on Tuesday" dates the agreement; it is no object of it (WordNet's noun.time: days, months, seasons).
                out.removeIf(DenialScope::namesATime);
                if (!out.isEmpty()) {
                    return out;
                }
            }
            for (int k = i - 1; k >= 0 && (r.is(k, "NOUN") || r.is(k, "PROPN")); k--) {
                out.add(r.lemma(k).toLowerCase(java.util.Locale.ROOT));
            }
            out.add(noun);
            return out;
        }
        return List.of();
    }

    /**
     * The calendar's nouns that date a thing rather than name what it is of: the days of the week, the months, and the units
     * and deictic days TimeML's DATE expressions are made of (TimeML 1.2.1 TIMEX3 guidelines, section 2.2). Not all of WordNet's
     * noun.time: "rate", "deadline" or "overtime" may be what was agreed.
     */
    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "today",
            "tomorrow", "yesterday");

    /** Whether the noun dates rather than names ({@link #CALENDAR}). */
    private static boolean namesATime(String noun) {
        return CALENDAR.contains(noun.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the claim has a noun or name that may be one of these things ({@link #sameThing}). */
    private static boolean namesAny(ClaimReading r, List<String> things) {
        for (int k = 0; k < r.size(); k++) {
            if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                String y = r.lemma(k).toLowerCase(java.util.Locale.ROOT);
                for (String x : things) {
                    if (sameThing(x, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether two nouns may name one thing: one lemma, one root, WordNet synonyms, or one a kind of the other within three steps. */
    static boolean sameThing(String x, String y) {
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        org.claimbench.analysis.language.WordNet.Pos noun = org.claimbench.analysis.language.WordNet.Pos.NOUN;
        return x.equals(y) || Lexicons.sameRoot(x, y) || WordSenses.same(x, y, "NOUN") || wn.kindWithin(x, y, noun) || wn.kindWithin(y, x, noun);
    }

    /**
     * Prepositions that open a prepositional verb's object, the verb's Arg1 in PropBank ("agree on a plan", "agree to a truce",
     * "decide on the route", "talk about the fares": Quirk et al. 1985, 16.5-16.8 on prepositional verbs). Not "with" (agree.01's
     * Arg2, the other party) nor places and times ("in", "at"), which are adjuncts.
     */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("on", "upon", "about", "to");

    /**
     * What the first verb with this lemma is said of, its Arg1: the direct object ({@link #nounsFrom}), else the object of a
     * preposition right after it ({@link #OBJECT_PREPOSITIONS}), else a to-infinitive's clause, its verbs, nouns and names ("agreed
     * to keep the talks going": keep, talk, go; a catenative's complement clause, Quirk et al. 1985, 16.38), else, for a passive with
     * nothing after it but a stranded preposition or its agent, the subject's head nouns ("no plan had been agreed upon": plan;
     * the passive's subject is the active's object, 3.63); none when the verb is not a verb there or nothing of these is read.
     */
    private static List<String> complementOf(ClaimReading r, String lemma) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.lemma(i).equals(lemma)) {
                continue;
            }
            if (!r.is(i, "VERB")) {
                return List.of();
            }
            // A negated to-infinitive is the verb's complement as the affirmative one is ("agreed not to raise the fares").
            int j = i + 1 < r.size() && r.lemma(i + 1).equals("not") ? i + 2 : i + 1;
            List<String> out = new ArrayList<>(3);
            int end = complementAt(r, j, out);
            if (out.isEmpty()) {
                boolean stranded = j >= r.size() || r.is(j, "PUNCT") || r.is(j, "CCONJ") || r.lemma(j).equals("by")
                        || r.is(j, "ADP") && OBJECT_PREPOSITIONS.contains(r.lemma(j));
                return passive(r, i) && stranded ? subjectOf(r, i) : out;
            }
            // Coordinated complements are each the verb's ("agreed to a truce and to start talks": truce; start, talk; Quirk et
            // al. 1985, 13.41 on coordinated constituents): a conjunction, with or without a comma, before another of them.
            while (end < r.size()) {
                int k = end + (r.is(end, "PUNCT") && r.lemma(end).equals(",") ? 1 : 0);
                if (k >= r.size() || !r.is(k, "CCONJ")) {
                    break;
                }
                int before = out.size();
                end = complementAt(r, k + 1, out);
                if (out.size() == before) {
                    break;
                }
            }
            return out;
        }
        return List.of();
    }

    /**
     * One complement read from token {@code j} into {@code out}: a to-infinitive's clause, or the nouns of a
     * prepositional object ({@link #OBJECT_PREPOSITIONS}) or of a direct object ({@link #nounsFrom}); the index after it.
     */
    private static int complementAt(ClaimReading r, int j, List<String> out) {
        if (j + 1 < r.size() && r.lemma(j).equals("to") && r.is(j, "PART") && r.is(j + 1, "VERB")) {
            // The whole nonfinite clause is what is agreed, up to its end: its verbs, nouns and names ("to start talks on a
            // broad set of issues": start, talk, set, issue; the tagger gives some plural nouns as verbs, "talks").
            int k = j + 1;
            for (; k < r.size() && !(r.is(k, "PUNCT") || r.is(k, "CCONJ") || r.is(k, "SCONJ")); k++) {
                if (r.is(k, "VERB") || r.is(k, "NOUN") || r.is(k, "PROPN")) {
                    out.add(r.lemma(k).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return k;
        }
        boolean preposition = j < r.size() && r.is(j, "ADP") && OBJECT_PREPOSITIONS.contains(r.lemma(j));
        return nounsFrom(r, preposition ? j + 1 : j, out);
    }

    /** Whether the verb at {@code i} is a passive participle: a form of "be" right before it ("was approved", "had not been agreed"). */
    private static boolean passive(ClaimReading r, int i) {
        return i > 0 && r.is(i - 1, "AUX") && r.lemma(i - 1).equals("be");
    }

    /**
     * The head nouns of the subject of the verb at {@code i}: the first run of nouns of its clause, which opens at the last
     * punctuation, coordinator, subordinator or other verb before the verb's auxiliaries ("a firm date for the vote had not
     * been agreed": date, not vote, which a preposition attaches to it).
     */
    private static List<String> subjectOf(ClaimReading r, int i) {
        int k = i - 1;
        while (k >= 0 && (r.is(k, "AUX") || r.is(k, "PART") || r.is(k, "ADV"))) {
            k--;
        }
        int start = k;
        while (start >= 0 && !(r.is(start, "PUNCT") || r.is(start, "CCONJ") || r.is(start, "SCONJ") || r.is(start, "VERB"))) {
            start--;
        }
        List<String> out = new ArrayList<>(2);
        for (int m = start + 1; m <= k; m++) {
            if (r.is(m, "NOUN")) {
                out.add(r.lemma(m).toLowerCase(java.util.Locale.ROOT));
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * Adds to {@code out} the nouns or the name from token {@code from} on, past determiners, numbers and adjectives ("the new pay terms": pay, term),
     * and the nouns of an "of" phrase after them, which a head of quantity or kind leaves as the thing meant ("a fresh barrage of
     * missiles", "a wave of strikes": Quirk et al. 1985, 5.6-5.8 on partitives); none when a preposition, a clause or anything
     * else comes first; returns the index after what it read.
     */
    private static int nounsFrom(ClaimReading r, int from, List<String> out) {
        int start = out.size();
        int j = from;
        for (; j < r.size(); j++) {
            // Every noun of the run is kept, not its last alone: a noun after the object can be an adjunct the tagger
            // reads as a noun ("launch any drones post-truce"). A name is an object of one word: in a headline's
            // capitals every word is tagged a name ("Launched Drones After Truce Began").
            boolean none = out.size() == start;
            if (r.is(j, "NOUN") && (none || !r.is(j - 1, "PROPN")) || r.is(j, "PROPN") && none) {
                out.add(r.lemma(j).toLowerCase(java.util.Locale.ROOT));
            } else if (!none || !(r.is(j, "DET") || r.is(j, "NUM") || r.is(j, "ADJ"))) {
                break;
            }
        }
        int before = out.size();
        if (before > start && j < r.size() && r.lemma(j).equals("of")) {
            int k = j + 1;
            for (; k < r.size(); k++) {
                if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                    out.add(r.lemma(k).toLowerCase(java.util.Locale.ROOT));
                } else if (out.size() > before || !(r.is(k, "DET") || r.is(k, "NUM") || r.is(k, "ADJ"))) {
                    break;
                }
            }
            return out.size() > before ? k : j;
        }
        return j;
    }

    /**
     * The words two claims share, with the denial's common nouns, verbs and adjectives the affirming claim writes in another
     * form of one root ({@link Lexicons#sameRoot}: "withdrawal" / "withdraw", "agreement" / "agreed"; derivation, Quirk et al.
     * 1985, App. I.24-I.31), named as the denial writes them; none either claim only supposes, the affirming one denies, or the
     * denial leaves undenied ({@link ClaimFeatures#undenied}). The list given is returned when nothing is added.
     */
    static List<String> withDerivedForms(List<String> shared, ClaimFeatures denying, ClaimFeatures affirming) {
        List<String> out = null;
        for (int k = 0; k < denying.words.size(); k++) {
            String w = denying.words.get(k);
            String tag = denying.wordTags.get(k);
            if (shared.contains(w) || !(tag.equals("NOUN") || tag.equals("VERB") || tag.equals("ADJ")) || w.length() < 5
                    || denying.supposed.contains(w) || denying.undenied.contains(w) || (out != null && out.contains(w))) {
                continue;
            }
            for (String a : affirming.words) {
                if (!a.equals(w) && Lexicons.sameRoot(a, w) && !affirming.negated.contains(a) && !affirming.scoped.contains(a)
                        && !affirming.supposed.contains(a)) {
                    out = out == null ? new java.util.ArrayList<>(shared) : out;
                    out.add(w);
                    break;
                }
            }
        }
        return out == null ? shared : out;
    }
}
