package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account denies someone any knowledge of or part in an act, the other says the act was authorised or ordered, or that
 * someone was implicated in it: "knew nothing about it" / "had approved the operation"; "denied any role in the raid" / "ordered
 * the raid". To approve, authorise, sanction or order an act is to know of it and to take part in it, so the two cannot both be
 * true of one person and one act. The words come from FrameNet 1.7's frames:
 * <ul>
 * <li>the denial: Awareness ("know", "aware", "knowledge", negated: "knew nothing about", "did not know about", "had no knowledge
 * of", "was unaware of") and Participation ("involvement", "role", "part", "involved"; "had no role in", "was not involved in"),
 * and Statement's "deny" with those nouns or with a verb of the authorisation below ("denied any involvement", "denied ordering
 * the attack");</li>
 * <li>the authorisation: Grant_permission ("approve", "authorize", "sanction"), Request ("order") and Leadership's planning verbs
 * WordNet 3.1 glosses "plan and direct (a complex undertaking)" ("mastermind", "orchestrate"), each with an act as its object:
 * a noun WordNet files under noun.act or noun.event ("the operation", "the killing"); and "implicate X in" an act (WordNet
 * implicate#1 "bring into intimate and incriminating connection").</li>
 * </ul>
 * Both speak of one act: the denial names it by an anaphor or a free relative ("about it", "about what happened"), not at all
 * ("denied any involvement"), or by the authorised act's own noun. The authorisation is asserted: not denied, not only supposed
 * under an open condition. Two accounts of one event ({@link Pair#oneEvent}, {@link Pair#twoAccounts}).
 */
final class PartDeniedAgainstAuthorisation implements PairSignal {

    /** The authorising verbs (see the class comment), as stems with their inflections. */
    private static final String AUTHORISING = "(?:approv|authori[sz]|sanction|order|mastermind|orchestrat)";
    /** A denial of knowledge of or part in something; group 1 the words after it, up to the clause's end. */
    private static final Pattern DENIED_PART = Pattern.compile("(?i)\\b(?:kn[eo]w\\s+nothing\\s+(?:about|of)"
            + "|(?:did\\s+not|didn['’]t|does\\s+not|doesn['’]t|never)\\s+know\\s+(?:about|of)"
            + "|(?:had|has|have)\\s+no\\s+(?:prior\\s+)?knowledge\\s+(?:about|of)|(?:was|were|is|are)\\s+(?:not\\s+aware|unaware)\\s+of"
            + "|den(?:y|ied|ies|ying)\\s+(?:any\\s+|all\\s+|having\\s+(?:any\\s+)?)?(?:involvement|role|part|knowledge|complicity)(?:\\s+(?:in|of))?"
            + "|den(?:y|ied|ies|ying)\\s+(?:having\\s+)?" + AUTHORISING + "\\w*"
            + "|(?:had|has|have|played)\\s+no\\s+(?:role|part|hand|involvement)\\s+in|(?:was|were|is|are)\\s+not\\s+involved\\s+in)"
            + "([^.;:!?,]{0,60})");
    /** The authorising verbs by lemma (see the class comment). */
    private static final java.util.Set<String> AUTHORISING_LEMMAS = java.util.Set.of("approve", "authorize", "authorise", "sanction",
            "order", "mastermind", "orchestrate");
    /** How many words of the object's noun phrase after its determiner are read for the act (its premodifiers and head). */
    private static final int OBJECT_WORDS = 3;
    /** What the denial names when it names the act only by reference: an anaphor or a free relative ("it", "what happened"). */
    private static final Pattern BY_REFERENCE = Pattern.compile("(?i)^\\s*(?:it|this|that|what\\b.*|the\\s+(?:matter|incident|affair|case))?\\s*$"
            + "|^\\s*(?:it|this|that)\\b");

    /** How strongly it suggests a conflict: as a denial of what the other affirms ({@link NegationSignal}). */
    static final double WEIGHT = 0.4;

    /** A claim's denial of knowledge of or part in something: its words, and the words after it up to the clause's end. */
    record Denial(String words, String after) {
        static final Denial NONE = new Denial("", "");
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return denial(a) != Denial.NONE || denial(b) != Denial.NONE;
    }

    /** The claim's denial of knowledge of or part in something ({@link #DENIED_PART}), {@link Denial#NONE} if none: read once a claim. */
    static Denial denial(ClaimFeatures f) {
        Denial d = f.partDenial;
        if (d == null) {
            Matcher m = DENIED_PART.matcher(f.facts.text());
            d = m.find() ? new Denial(m.group().substring(0, m.group().length() - m.group(1).length()).strip(),
                    m.group(1).toLowerCase(Locale.ROOT)) : Denial.NONE;
            f.partDenial = d;
        }
        return d;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a)) {
            return Optional.empty();
        }
        return conflict(a, b).or(() -> conflict(b, a));
    }

    private static Optional<Signal> conflict(ClaimFeatures denying, ClaimFeatures affirming) {
        Denial d = denial(denying);
        if (d == Denial.NONE || affirming.openCondition || denial(affirming) != Denial.NONE) {
            return Optional.empty();
        }
        String act = authorisedAct(affirming, d.after(), denier(denying.reading, d.words()));
        if (act == null) {
            return Optional.empty();
        }
        return Optional.of(new Signal("part denied", ContradictionKind.POLARITY, WEIGHT,
                () -> "“" + d.words() + "” in one account, “" + act + "” in the other: one denies any knowledge of or part in the act, the "
                        + "other says it was authorised or that someone was implicated in it.", "part:denied-authorised"));
    }

    /**
     * The first act the claim says was authorised, or that someone was implicated in, as lemmas ("approve the smuggling scheme"),
     * when a noun of the act's phrase is an act or an event (one of its two commonest WordNet senses under noun.act or
     * noun.event), the verb is asserted there (not in a negation's scope) and the denial names the act by reference, not at all,
     * or by that noun; else null. Read from the claim's tokens: the verb, then (for "implicate") "in" within a few words, a
     * determiner and up to {@link #OBJECT_WORDS} adjectives and nouns.
     */
    static String authorisedAct(ClaimFeatures affirming, String denied) {
        return authorisedAct(affirming, denied, Set.of());
    }

    /**
     * As {@link #authorisedAct(ClaimFeatures, String)}, for a denier named by these head words (lemmas, lower case; empty when
     * the denier is a pronoun or not read): the one who authorised the act, or was implicated in it, must not be named by
     * other head words ("The ministry denied any involvement" says nothing of what "the army chief ordered").
     */
    static String authorisedAct(ClaimFeatures affirming, String denied, Set<String> denier) {
        ClaimReading r = affirming.reading;
        for (int i = 0; i < r.size(); i++) {
            String verb = r.lemma(i).toLowerCase(Locale.ROOT);
            boolean authorises = AUTHORISING_LEMMAS.contains(verb);
            if (!(authorises || verb.equals("implicate")) || !r.is(i, "VERB") || affirming.negated.contains(verb) || negatedBefore(r, i)) {
                continue;
            }
            int det = authorises ? i + 1 : inPhrase(r, i);
            if (det < 0 || det >= r.size() || !(r.is(det, "DET") || r.is(det, "PRON"))) {
                continue;
            }
            // The one who authorised: the subject before the verb; for "implicate X in", X.
            Set<String> actor = authorises ? headsBefore(r, i) : heads(r, i + 1, det - 1);
            if (!denier.isEmpty() && !actor.isEmpty() && java.util.Collections.disjoint(denier, actor)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(verb).append(authorises ? "" : " … in").append(' ').append(r.lemma(det));
            boolean anAct = false;
            boolean sameAct = BY_REFERENCE.matcher(denied).find();
            for (int k = det + 1; k < Math.min(r.size(), det + 1 + OBJECT_WORDS) && (r.is(k, "NOUN") || r.is(k, "ADJ")); k++) {
                String noun = r.lemma(k).toLowerCase(Locale.ROOT);
                // A noun of time ends the object: it opens an adverbial ("approved the plan months earlier").
                if (r.is(k, "NOUN") && WordNet.shared().lexicographerFile(noun, WordNet.Pos.NOUN).equals("noun.time")) {
                    break;
                }
                phrase.append(' ').append(noun);
                anAct |= r.is(k, "NOUN") && isAct(noun);
                sameAct |= r.is(k, "NOUN") && Pattern.compile("\\b" + Pattern.quote(noun) + "\\b").matcher(denied).find();
            }
            if (anAct && sameAct) {
                return phrase.toString();
            }
        }
        return null;
    }

    /**
     * The first words of the denials {@link #DENIED_PART} reads, by the lemma the tagger gives them: a closed set, exactly the
     * forms the pattern's alternatives begin with (kept beside it), not a lexicon. The stored reading keeps no character
     * offsets, so the denial's first token is found by its lemma; lemmatising the word here instead would load the language
     * models while pairs are ranked.
     */
    private static final java.util.Map<String, String> DENIAL_HEADS = java.util.Map.ofEntries(java.util.Map.entry("knew", "know"),
            java.util.Map.entry("know", "know"), java.util.Map.entry("did", "do"), java.util.Map.entry("didn't", "do"),
            java.util.Map.entry("didn’t", "do"), java.util.Map.entry("does", "do"), java.util.Map.entry("doesn't", "do"),
            java.util.Map.entry("doesn’t", "do"), java.util.Map.entry("never", "never"), java.util.Map.entry("had", "have"),
            java.util.Map.entry("has", "have"), java.util.Map.entry("have", "have"), java.util.Map.entry("was", "be"),
            java.util.Map.entry("were", "be"), java.util.Map.entry("is", "be"), java.util.Map.entry("are", "be"),
            java.util.Map.entry("deny", "deny"), java.util.Map.entry("denied", "deny"), java.util.Map.entry("denies", "deny"),
            java.util.Map.entry("denying", "deny"), java.util.Map.entry("played", "play"));

    /** The head words (lemmas) of the denial's subject: the noun phrase before the denial's first word; empty if a pronoun. */
    static Set<String> denier(ClaimReading r, String denialWords) {
        String first = denialWords.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String lemma = DENIAL_HEADS.get(first);
        for (int i = 0; lemma != null && i < r.size(); i++) {
            if (r.lemma(i).toLowerCase(Locale.ROOT).equals(lemma)) {
                return headsBefore(r, i);
            }
        }
        return Set.of();
    }

    /**
     * The nouns and names (lemmas, lower case) of the noun phrase that ends just before a verb, past its auxiliaries and
     * adverbs ("the crown prince had personally approved"); empty when that phrase is a pronoun or none stands there.
     */
    private static Set<String> headsBefore(ClaimReading r, int verb) {
        int k = verb - 1;
        while (k >= 0 && (r.is(k, "AUX") || r.is(k, "ADV") || r.is(k, "PART"))) {
            k--;
        }
        int end = k;
        while (k >= 0 && (r.is(k, "NOUN") || r.is(k, "PROPN") || r.is(k, "ADJ") || r.is(k, "DET") || r.is(k, "PRON"))) {
            k--;
        }
        return heads(r, k + 1, end);
    }

    /** The nouns and names (lemmas, lower case) among the tokens from..to; empty when a pronoun stands among them. */
    private static Set<String> heads(ClaimReading r, int from, int to) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = Math.max(0, from); k <= to && k < r.size(); k++) {
            if (r.is(k, "PRON") && !r.is(k + 1 < r.size() ? k + 1 : k, "NOUN")) {
                return Set.of();
            }
            if (r.is(k, "NOUN") || r.is(k, "PROPN")) {
                out.add(r.lemma(k).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Where the determiner after "implicate X in" stands: the token after the first "in" within eight words; -1 if none. */
    private static int inPhrase(ClaimReading r, int verb) {
        for (int k = verb + 1; k < Math.min(r.size(), verb + 9); k++) {
            if (r.lemma(k).equalsIgnoreCase("in") && r.is(k, "ADP")) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Whether a negator stands in the two words before the verb ("never ordered", "did not approve"). */
    private static boolean negatedBefore(ClaimReading r, int verb) {
        for (int k = Math.max(0, verb - 2); k < verb; k++) {
            String l = r.lemma(k).toLowerCase(Locale.ROOT);
            if (l.equals("not") || l.equals("never") || l.equals("n't") || l.endsWith("+not")) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the noun's two commonest senses is an act or an event (WordNet 3.1's noun.act, noun.event). */
    private static boolean isAct(String noun) {
        java.util.List<String> files = WordNet.shared().lexicographerFiles(noun, WordNet.Pos.NOUN);
        for (int i = 0; i < Math.min(2, files.size()); i++) {
            if (files.get(i).equals("noun.act") || files.get(i).equals("noun.event")) {
                return true;
            }
        }
        return false;
    }
}
