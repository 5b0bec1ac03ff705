package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;

/**
 * What a claim names only by an anaphor: "it", or a shell noun after a demonstrative or "the" ("this issue", "the matter";
 * Schmid 2000, English Abstract Nouns as Conceptual Shells: such a noun takes its content from the text around it), and the
 * thing it refers to: the nearest fitting noun before it, in the claim and in its lead (the text just before it in its
 * article). A shared predicate with opposite polarity conflicts only if its arguments co-refer (a negation denies its predicate
 * with the predicate's complements, Quirk et al. 1985, 10.64): "the two councils never took it up" (the harbour fees) does
 * not deny "this matter was taken up first" (the ferry timetable).
 */
final class AnaphoricArgument {

    /** A claim's anaphor ("" for none), the head of its antecedent ("" when none fits) and the words of the text around it. */
    record Reading(String anaphor, String antecedent, List<String> context) {
        static final Reading NONE = new Reading("", "", List.of());

        boolean resolved() {
            return !antecedent.isEmpty();
        }
    }

    /** Determiners that point back to something named before (Quirk et al. 1985, 5.26-5.33 on anaphoric reference). */
    private static final Set<String> POINTING = Set.of("this", "that", "the");
    /** What makes a shell noun's content explicit after it (Schmid 2000's N-of, N-wh and N-that patterns): not anaphoric. */
    private static final Set<String> CONTENT_AFTER = Set.of("of", "about", "over", "whether", "that", "to", ":", "as");
    /** Nouns of those who take part, and of times, which a shell noun or "it" does not refer to (WordNet 3.1's lexicographer files). */
    private static final Set<String> NOT_A_TOPIC = Set.of("noun.person", "noun.group", "noun.time");
    /** How far back, in tokens of the claim and its lead, the antecedent is looked for. */
    private static final int REACH = 60;

    private AnaphoricArgument() {
    }

    /** The claim's anaphor and its antecedent, read from its reading and its lead ({@link Reading#NONE} when it has no anaphor). */
    static Reading of(ClaimReading claim, String lead) {
        int at = anaphorAt(claim);
        if (at < 0) {
            return Reading.NONE;
        }
        ClaimReading before = lead.isBlank() ? ClaimReading.NONE : ClaimReading.read(lead);
        // The tokens before the anaphor, nearest first: the claim's own, then its lead's.
        String antecedent = "";
        List<String> context = new ArrayList<>();
        int seen = 0;
        for (int back = 1; back <= at + before.size() && seen < REACH; back++, seen++) {
            int i = at - back;
            ClaimReading r = i >= 0 ? claim : before;
            int k = i >= 0 ? i : before.size() + i;
            String lemma = r.lemma(k).toLowerCase(Locale.ROOT);
            if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                context.add(lemma);
            }
            if (antecedent.isEmpty() && fits(r, k)) {
                antecedent = lemma;
            }
        }
        return new Reading(claim.lemma(at).toLowerCase(Locale.ROOT), antecedent, List.copyOf(context));
    }

    /**
     * Where the claim's first anaphor stands, or -1: "it" (not the empty "it" of an extraposed clause: "it is likely that …"),
     * "this" as a pronoun, or a shell noun after "this", "that" or "the" (an adjective may stand between) with no content
     * after it ("the question of fees" names its content).
     */
    static int anaphorAt(ClaimReading r) {
        for (int i = 0; i < r.size(); i++) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            if (r.is(i, "PRON") && (l.equals("it") || l.equals("this")) && !extraposed(r, i)) {
                return i;
            }
            if (r.is(i, "NOUN") && TopicDenial.SHELLS.contains(l) && (i + 1 >= r.size() || !CONTENT_AFTER.contains(r.lemma(i + 1)))) {
                int d = i - 1;
                while (d >= 0 && r.is(d, "ADJ")) {
                    d--;
                }
                if (d >= 0 && POINTING.contains(r.lemma(d).toLowerCase(Locale.ROOT)) && r.is(d, "DET")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "it is likely that …", "it is important to …": the "it" of a clause put after the predicate refers to nothing before it. */
    private static boolean extraposed(ClaimReading r, int i) {
        if (!r.lemma(i).equalsIgnoreCase("it") || i + 2 >= r.size() || !r.lemma(i + 1).equals("be")) {
            return false;
        }
        int j = i + 2;
        while (j < r.size() && r.is(j, "ADV")) {
            j++;
        }
        return j + 1 < r.size() && r.is(j, "ADJ") && (r.lemma(j + 1).equals("that") || r.lemma(j + 1).equals("to"));
    }

    /** Whether token k can be what a shell noun or "it" refers to: a common noun, no shell, not a person, group or time. */
    private static boolean fits(ClaimReading r, int k) {
        if (!r.is(k, "NOUN")) {
            return false;
        }
        String l = r.lemma(k).toLowerCase(Locale.ROOT);
        if (TopicDenial.SHELLS.contains(l) || !l.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String file = WordNet.shared().lexicographerFile(l, WordNet.Pos.NOUN);
        return !NOT_A_TOPIC.contains(file);
    }

    /**
     * Whether the two claims speak of different things through an anaphor: one or both name what they speak of only by an
     * anaphor ({@link #onlyByAnaphor}), they share no noun of a thing (not a shell, not a party, not a time), and the
     * antecedent of each such anaphor is none of the other claim's words nor of the text before its anaphor (one lemma, one
     * root, WordNet synonyms, or one a kind of the other within three steps). False when no claim names its topic only by an
     * anaphor, or when such an anaphor's antecedent was not found.
     */
    static boolean apart(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        // Most claims have no anaphor, or none resolved (a claim read without its article has no lead): nothing to compare.
        if (!a.anaphora.resolved() && !b.anaphora.resolved()) {
            return false;
        }
        boolean x = onlyByAnaphor(a, b);
        boolean y = onlyByAnaphor(b, a);
        if (!x && !y || x && !a.anaphora.resolved() || y && !b.anaphora.resolved()) {
            return false;
        }
        for (String s : pair.shared()) {
            if ((a.nouns.contains(s) || b.nouns.contains(s)) && thing(s)) {
                return false;
            }
        }
        return (!x || !found(a.anaphora.antecedent(), b)) && (!y || !found(b.anaphora.antecedent(), a));
    }

    /**
     * Whether a claim names what it speaks of only by its anaphor: it has one, and no common noun of a thing besides (a shell,
     * a party or a time is none, nor a noun of the other claim's predicate: "discussion" where the other has "discussed").
     * "The mayor's direct talk with the board was a step forward on these questions" names the talk, a thing besides the
     * questions.
     */
    private static boolean onlyByAnaphor(ClaimFeatures f, ClaimFeatures other) {
        if (f.anaphora.anaphor().isEmpty()) {
            return false;
        }
        for (String n : f.nouns) {
            String l = n.toLowerCase(Locale.ROOT);
            if (thing(l) && !nominalOf(l, other)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun is of the root of another word of the other claim (its predicate named as a noun: "discussion" / "discuss"). */
    private static boolean nominalOf(String noun, ClaimFeatures other) {
        for (String w : other.words) {
            if (!w.equals(noun) && Lexicons.sameRoot(noun, w)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that can be what a predicate is said of: no shell, no party, no time. */
    private static boolean thing(String noun) {
        return !TopicDenial.SHELLS.contains(noun) && !NOT_A_TOPIC.contains(WordNet.shared().lexicographerFile(noun, WordNet.Pos.NOUN));
    }

    /** Whether a noun is among a claim's words or the words before its anaphor, as one thing ({@link DenialScope#sameThing}). */
    private static boolean found(String noun, ClaimFeatures f) {
        for (String w : f.words) {
            if (DenialScope.sameThing(noun, w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String w : f.anaphora.context()) {
            if (DenialScope.sameThing(noun, w)) {
                return true;
            }
        }
        return false;
    }
}
