package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;

/**
 * What a claim says a side insists on and what it says a side refuses, as the heads of their noun phrases, each with the word that
 * classifies it where one stands before it ("military aircraft"; {@link DemandAgainstRefusal}).
 *
 * <p>Insisted on: the nouns after a noun of what is required or aimed at ("only under terms that include a reopening of
 * the quay", "his objectives: the harbour's closure"), after a verb of demanding ("demands a recount") and after a verb of
 * giving up a claim that is negated ("will not renounce the harbour's closure": not to give up a claim is to keep insisting on it;
 * WordNet glosses abandon#4 "stop maintaining or insisting on"), up to the end of the sentence or a connective of contrast.
 * A noun of requirement that is denied ("no preconditions", "without conditions") requires nothing, nor one consented to ("agreed
 * to all of the board's terms, including …": the terms are accepted, the one who insists on them is not said).
 *
 * <p>Refused: the nouns of the clause before an adjective of refusal ("such terms are unacceptable") or a negated adjective of
 * acceptance ("… are not acceptable"); the nouns after a verb of refusal ("rejected the recount") or a negated verb of
 * acceptance ("will never accept a recount"), to the end of their clause; the nouns after "not at the price of" ("ready to
 * talk, but not at the price of a recount": what is refused as the cost of something; WordNet's price#3, "value measured by
 * what must be given or done or undergone to obtain something"). A noun a claim refuses is not one it insists on.
 *
 * <p>The words are WordNet 3.1 synsets, each named by a member and its sense number, a word counted when one of its first
 * senses ({@link WordNet#senses}) is among them; the lists below give each synset's gloss.
 */
record Stances(List<String> demanded, String demandCue, List<String> refused, String refusalCue) {

    static final Stances NONE = new Stances(List.of(), null, List.of(), null);

    /**
     * Nouns of what a side requires or aims at: condition#2 ({condition, precondition, stipulation}: "an assumption on which rests
     * the validity or effect of something else"), term#3 ({condition, strings, term}: "a statement of what is required as part
     * of an agreement"), demand#1 ("an urgent or peremptory request"), requirement#3 ({prerequisite, requirement}), goal#1
     * ({goal, end}: "the state of affairs that a plan is intended to achieve"), objective#1 ({aim, object, objective, target}) and
     * aim#1 ({purpose, intent, intention, aim, design}).
     */
    static final String[][] REQUIRED = {{"condition", "2"}, {"term", "3"}, {"demand", "1"}, {"requirement", "3"}, {"goal", "1"},
        {"objective", "1"}, {"aim", "1"}};
    /** Verbs of demanding: demand#1 ("request urgently and forcefully"), demand#3 ({demand, exact}: "claim as due or just"), insist#1. */
    static final String[][] DEMANDING = {{"demand", "1"}, {"demand", "3"}, {"insist", "1"}};
    /**
     * Verbs of giving up a claim, whose negation keeps insisting on it: abandon#2 ({abandon, give up}: "give up with the intent of
     * never claiming again"), renounce#1 ({abdicate, renounce}), renounce#3 ({foreswear, renounce, quit, relinquish}) and
     * relinquish#2 ({waive, relinquish, forgo}). (abandon#4, "stop maintaining or insisting on", is past the first senses the
     * facade reads, {@link WordNet#senses}.)
     */
    static final String[][] GIVING_UP = {{"abandon", "2"}, {"renounce", "1"}, {"renounce", "3"}, {"relinquish", "2"}};
    /** Verbs of refusal: reject#1 ("refuse to accept or acknowledge"), reject#2 ({refuse, reject, pass up, turn down, decline}), refuse#1 ({refuse, decline}). */
    static final String[][] REFUSING = {{"reject", "1"}, {"reject", "2"}, {"refuse", "1"}};
    /** Verbs of acceptance, whose negation refuses: accept#2 ("receive willingly") and accept#3 ({accept, consent, go for}). */
    static final String[][] ACCEPTING = {{"accept", "2"}, {"accept", "3"}};
    /**
     * Verbs of consenting to a requirement, after which its content is accepted, not insisted on ("agreed to all of the board's
     * terms, including …"): accept#2, accept#3 and agree#2 ("consent or assent to a condition, or agree to do something").
     */
    static final String[][] CONSENTING = {{"accept", "2"}, {"accept", "3"}, {"agree", "2"}};
    /** Adjectives of refusal: unacceptable#1 ("not adequate to give satisfaction") and #2 ("not acceptable; not welcome"). */
    static final String[][] UNACCEPTABLE = {{"unacceptable", "1"}, {"unacceptable", "2"}};
    /** Adjectives of acceptance, whose negation refuses: acceptable#1 ("worthy of acceptance or satisfactory"). */
    static final String[][] ACCEPTABLE = {{"acceptable", "1"}};
    /** The cost of something: price#3 ({price, cost, toll}). */
    static final String[][] COST = {{"price", "3"}};

    /** Where a sentence ends or a connective of contrast opens another clause (PDTB 2.0's Comparison connectives; Prasad et al. 2008). */
    private static final Set<String> SCOPE_ENDS = Set.of(".", ";", "!", "?", "but", "however", "while", "whereas", "although", "though", "yet");

    /** What the claim insists on and refuses; {@link #NONE} when neither. */
    static Stances of(ClaimReading r, Clauses clauses) {
        List<String> demanded = new ArrayList<>(2);
        List<String> refused = new ArrayList<>(2);
        String demandCue = null;
        String refusalCue = null;
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            boolean negated = negatedAt(r, i);
            if (r.is(i, "NOUN")) {
                if (!negated && among(l, WordNet.Pos.NOUN, REQUIRED) && !consentedTo(r, i) && nounsUpTo(r, i + 1, scopeEnd(r, i + 1), demanded)) {
                    demandCue = demandCue == null ? l : demandCue;
                } else if (among(l, WordNet.Pos.NOUN, COST) && i >= 2 && r.lemma(i - 1).equalsIgnoreCase("the")
                        && r.lemma(i - 2).equalsIgnoreCase("at") && negatedAt(r, i - 2) && i + 1 < r.size() && r.lemma(i + 1).equals("of")
                        && nounsUpTo(r, i + 2, clauses.clauseEnd(i + 2), refused)) {
                    refusalCue = refusalCue == null ? "not at the " + l + " of" : refusalCue;
                }
            } else if (r.is(i, "VERB")) {
                if (negated ? among(l, WordNet.Pos.VERB, GIVING_UP) : among(l, WordNet.Pos.VERB, DEMANDING)) {
                    if (nounsUpTo(r, i + 1, scopeEnd(r, i + 1), demanded)) {
                        demandCue = demandCue == null ? (negated ? "not " : "") + l : demandCue;
                    }
                } else if (negated ? among(l, WordNet.Pos.VERB, ACCEPTING) : among(l, WordNet.Pos.VERB, REFUSING)) {
                    if (nounsUpTo(r, i + 1, clauses.clauseEnd(i + 1), refused)) {
                        refusalCue = refusalCue == null ? (negated ? "not " : "") + l : refusalCue;
                    }
                }
            } else if (r.is(i, "ADJ") && (negated ? among(l, WordNet.Pos.ADJECTIVE, ACCEPTABLE) : among(l, WordNet.Pos.ADJECTIVE, UNACCEPTABLE))) {
                if (nounsUpTo(r, clauseStart(r, i), i, refused)) {
                    refusalCue = refusalCue == null ? (negated ? "not " : "") + l : refusalCue;
                }
            }
        }
        demanded.removeIf(d -> refused.stream().anyMatch(x -> head(x).equals(head(d))));
        // The nouns of requirement themselves name no content ("conditions such as …": the content follows).
        demanded.removeIf(n -> among(head(n), WordNet.Pos.NOUN, REQUIRED));
        refused.removeIf(n -> among(head(n), WordNet.Pos.NOUN, REQUIRED));
        if (demanded.isEmpty() && refused.isEmpty()) {
            return NONE;
        }
        return new Stances(List.copyOf(demanded), demanded.isEmpty() ? null : demandCue, List.copyOf(refused), refused.isEmpty() ? null : refusalCue);
    }

    /** The head of an entry ("military aircraft": aircraft). */
    static String head(String entry) {
        return entry.substring(entry.lastIndexOf(' ') + 1);
    }

    /**
     * Whether two entries name one thing: the same head, and the same word classifying it where both have one ("military
     * aircraft" and "civilian aircraft" are two kinds: a restrictive premodifier narrows its head, Quirk et al. 1985, 17.4).
     */
    static boolean same(String x, String y) {
        if (!head(x).equals(head(y))) {
            return false;
        }
        int i = x.lastIndexOf(' ');
        int j = y.lastIndexOf(' ');
        return i < 0 || j < 0 || x.substring(0, i).equals(y.substring(0, j));
    }

    /** Whether a negator stands right before the word, past auxiliaries and adverbs ("will not", "won't", "are never", "no"). */
    static boolean negatedAt(ClaimReading r, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            String l = r.lemma(k).toLowerCase(Locale.ROOT);
            if (Lexicons.NEGATORS.contains(l) || l.endsWith("+not")) {
                return true;
            }
            if (!(r.is(k, "AUX") || r.is(k, "ADV") || r.is(k, "PART") || r.is(k, "DET"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a verb of consenting, not negated, stands before the noun at i in its clause ("agreed to all of the terms"). */
    private static boolean consentedTo(ClaimReading r, int i) {
        for (int k = i - 1; k >= clauseStart(r, i); k--) {
            if (r.is(k, "VERB") && !negatedAt(r, k) && among(r.lemma(k).toLowerCase(Locale.ROOT), WordNet.Pos.VERB, CONSENTING)) {
                return true;
            }
        }
        return false;
    }

    /** The token after the sentence's or the contrast clause's last word from i. */
    private static int scopeEnd(ClaimReading r, int from) {
        for (int i = from; i < r.size(); i++) {
            if (SCOPE_ENDS.contains(r.lemma(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return r.size();
    }

    /** Where the clause that ends at i begins: after the last sentence end, contrast connective or subordinator before it. */
    private static int clauseStart(ClaimReading r, int i) {
        for (int k = i - 1; k >= 0; k--) {
            String l = r.lemma(k).toLowerCase(Locale.ROOT);
            if (SCOPE_ENDS.contains(l) || l.equals(":") || r.is(k, "SCONJ")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Adds the heads of the noun phrases of tokens [from, to) to out (each once); whether there was one. A head is the last noun
     * of a run of nouns ("ferry line": line) that is not the complement of a preposition ("the closure of the ferry line":
     * closure; "a ban on entry": ban): the thing insisted on or refused, not what it is said of. "such as" lists examples, not
     * a complement ("terms such as a reopening of the quay": reopening).
     */
    private static boolean nounsUpTo(ClaimReading r, int from, int to, List<String> out) {
        // Each head once, with its classifying word where it has one ("military aircraft"). A preposition right at the start is
        // the verb's or noun's own ("insists on X", "conditions for X"): what follows it is the content.
        if (from < to && r.is(from, "ADP")) {
            from++;
        }
        boolean any = false;
        for (int k = from; k < to; k++) {
            if (!r.is(k, "NOUN") || (k + 1 < to && r.is(k + 1, "NOUN")) || complement(r, from, k)) {
                continue;
            }
            String n = r.lemma(k).toLowerCase(Locale.ROOT);
            if (n.length() > 2 && Character.isLetter(n.charAt(0))) {
                // With the word that classifies it, if one stands right before it ("military aircraft").
                n = k > from && (r.is(k - 1, "ADJ") || r.is(k - 1, "NOUN")) ? r.lemma(k - 1).toLowerCase(Locale.ROOT) + " " + n : n;
                any = true;
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return any;
    }

    /** Whether the noun at k stands in a preposition's phrase that opens at or after from (past its premodifiers and determiner). */
    private static boolean complement(ClaimReading r, int from, int k) {
        int j = k - 1;
        while (j >= from && (r.is(j, "NOUN") || r.is(j, "ADJ") || r.is(j, "DET") || r.is(j, "NUM") || r.is(j, "PROPN")
                || r.is(j, "PART") || r.lemma(j).equals("'s"))) {
            j--;
        }
        return j >= from && r.is(j, "ADP") && !(r.lemma(j).equalsIgnoreCase("as") && j > 0 && r.lemma(j - 1).equalsIgnoreCase("such"));
    }

    /** The synsets of each list above, by the list itself (arrays are keys by identity). */
    private static final java.util.Map<String[][], long[]> SYNSETS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether one of the word's first senses is among the named synsets. */
    static boolean among(String word, WordNet.Pos pos, String[][] named) {
        long[] synsets = SYNSETS.computeIfAbsent(named, k -> synsets(pos, named));
        for (long s : WordNet.shared().senses(word, pos)) {
            for (long x : synsets) {
                if (x == s) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The synsets named by member and sense number (a sense WordNet does not have is left out). */
    static long[] synsets(WordNet.Pos pos, String[][] named) {
        long[] out = new long[named.length];
        int n = 0;
        for (String[] m : named) {
            long[] senses = WordNet.shared().senses(m[0], pos);
            int sense = Integer.parseInt(m[1]) - 1;
            if (sense < senses.length) {
                out[n++] = senses[sense];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
