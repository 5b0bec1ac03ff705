package org.claimbench.analysis.contradiction;

import java.util.Locale;
import java.util.Optional;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account denies that the sides negotiated, the other reports an agreement they reached: "we have held no talks with the
 * port authority" against "the strike ended with an agreement between the two sides". WordNet defines the one by the other:
 * talks (negotiation#1, {negotiation, dialogue, talks}) are "a discussion intended to produce an agreement", to negotiate
 * (negotiate#1) is to "discuss the terms of an arrangement", and a deal (bargain#1) is "an agreement between parties (usually
 * arrived at after discussion)". An agreement reached is what talks are held for; an account that none were held denies the way
 * the other account says the agreement came about (a presupposition of the report, not its assertion: the signal is weaker
 * than a denial of the same word).
 *
 * <p>Talks denied: the first word of the claim's negation scope ({@link ClaimFeatures#scoped}), or the first after verbs that
 * hold an activity or take part in it ({@link #SUPPORT}: "has not engaged in negotiations"), names talks: a noun with
 * negotiation#1 among its first senses or those of the plural WordNet lists as a word of its own ("talks"), or a verb with
 * negotiate#1 among its first senses; a later word of the scope is inside another word's complement ("no plan to hold
 * talks" denies the plan). Talks given a topic ("no talks on a pension plan") are denied of that topic only
 * ({@link #ofTheirTopic}). Agreement reached: a word of the other claim, not negated, in a negation's
 * scope or supposed, that is a noun with agreement#1 ("the statement of an exchange of promises") among its first senses or
 * their direct hypernyms ("deal", "settlement"), or a verb with agree#2 ("consent or assent to a condition, or agree to do
 * something") among its first senses followed by the infinitive or "on" it takes in that sense ("agreed not to raise the
 * fares", "agreed on a pay rise"; not "agreed that …" nor "agreed with …", agreement of opinion). Two accounts of one event
 * ({@link Pair#oneEvent}), somewhat alike in meaning as a denied act ({@link TroponymDenial#LIKENESS}). Per claim it needs the talks denied
 * ({@link ClaimHolds#DENIES_TALKS}).
 */
final class TalksDeniedAgainstAgreement implements PairSignal {

    /** negotiation#1 (n 07162900 in WordNet 3.1: negotiation, dialogue, talks), by its member "talks" and that word's first sense. */
    private static final String[] TALKS = {"talks", "1"};
    /** negotiate#1 (v 00763758: negociate, negotiate, talk terms). */
    private static final String[] NEGOTIATE = {"negotiate", "1"};
    /** agreement#1 (n 06783066: agreement, understanding). */
    private static final String[] AGREEMENT = {"agreement", "1"};
    /** agree#2 (v 00766267: "consent or assent to a condition, or agree to do something"). */
    private static final String[] AGREE = {"agree", "2"};

    /**
     * The verbs that hold an activity or take part in it, each by a member and its sense in WordNet 3.1: hold#3 ({hold, throw,
     * have, make, give}: "organize or be responsible for; hold a reception"), engage#1 ({prosecute, engage, pursue}: "carry out or
     * participate in an activity; be involved in"), participate#1 ({participate, take part}: "share in something"), participate#2
     * ({enter, participate}: "become a participant; be involved in") and conduct#1 ({conduct, carry on}:
     * "direct the course of").
     */
    static final String[][] SUPPORT = {{"hold", "3"}, {"engage", "1"}, {"participate", "1"}, {"participate", "2"}, {"conduct", "1"}};


    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.either(a, b, ClaimHolds.DENIES_TALKS);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || !pair.related(TroponymDenial.LIKENESS)) {
            return Optional.empty();
        }
        return denied(a, b, pair).or(() -> denied(b, a, pair));
    }

    /**
     * The word of the claim's negation scope that names talks denied ("talk", "negotiate"); null if none. It must be the first
     * word of the scope, or come after verbs only that hold an activity or take part in it ("has not engaged in negotiations",
     * "no negotiations were held": {@link #SUPPORT}, and the light verbs, {@link ClaimFeatures#LIGHT}); after another word it is
     * inside that word's complement ("no plan to hold talks" denies the plan; "did not delay the negotiation" the
     * delay).
     */
    static String deniedTalks(ClaimFeatures f) {
        if (f.negationCue == null || f.negatesAReport) {
            return null;
        }
        WordNet wn = WordNet.shared();
        for (String w : f.scoped) {
            String tag = f.tagOf(w);
            if (tag.equals("NOUN") && namesTalks(w) || tag.equals("VERB") && has(wn.senses(w, WordNet.Pos.VERB), Senses.NEGOTIATE)) {
                return w;
            }
            if (!tag.equals("VERB") || !(ClaimFeatures.LIGHT.contains(w) || supports(w))) {
                return null;
            }
        }
        return null;
    }

    private static Optional<Signal> denied(ClaimFeatures denying, ClaimFeatures agreeing, Pair pair) {
        if ((denying.holds.bits & ClaimHolds.DENIES_TALKS) == 0 || agreeing.openCondition) {
            return Optional.empty();
        }
        String talks = deniedTalks(denying);
        String agreed = agreementReached(agreeing);
        if (talks == null || agreed == null || !ofTheirTopic(denying.reading, talks, agreeing.reading)) {
            return Optional.empty();
        }
        String cue = denying.negationCue;
        return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.3,
                () -> "“" + cue + " … " + talks + "” in one claim, “" + agreed + "” in the other: talks are held to reach an agreement, "
                        + "which one account reports and the other says was never negotiated.", "denial:talks-agreement"));
    }

    /** The claim's word of an agreement reached, affirmed; null if none. */
    static String agreementReached(ClaimFeatures f) {
        WordNet wn = WordNet.shared();
        for (int i = 0; i < f.words.size(); i++) {
            String w = f.words.get(i);
            if (f.negated.contains(w) || f.scoped.contains(w) || f.supposed.contains(w)) {
                continue;
            }
            String tag = f.wordTags.get(i);
            if (tag.equals("NOUN") && (has(wn.senses(w, WordNet.Pos.NOUN), Senses.AGREEMENT) || has(wn.hypernyms(w, WordNet.Pos.NOUN), Senses.AGREEMENT))) {
                return w;
            }
            if (tag.equals("VERB") && has(wn.senses(w, WordNet.Pos.VERB), Senses.AGREE) && takesItsComplement(f.reading, w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether the verb stands before the infinitive's "to" or before "on" or "upon", a "not" between allowed ("agreed not to
     * raise"): the complements of agree#2, consent to do something or to a condition (Quirk et al. 1985, 16.38, a verb with a
     * prepositional object; 16.47, with a to-infinitive clause).
     */
    private static boolean takesItsComplement(ClaimReading r, String verb) {
        for (int i = 0; i + 1 < r.size(); i++) {
            if (!r.lemma(i).toLowerCase(Locale.ROOT).equals(verb)) {
                continue;
            }
            int k = i + 1;
            if (r.lemma(k).equals("not") && k + 1 < r.size()) {
                k++;
            }
            String next = r.lemma(k).toLowerCase(Locale.ROOT);
            if (next.equals("to") || next.equals("on") || next.equals("upon")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the other claim speaks of what the denied talks were on: talks named with a prepositional phrase of their topic
     * ("no negotiations were held on a pension plan", "no talk of new rules") are denied of that topic only (the postmodifier restricts its noun, Quirk et al.
     * 1985, 17.37), and the other claim must name it too, its common nouns in a row ("pension plan", not "pay plan … pension").
     * True when the talks are given no topic.
     */
    static boolean ofTheirTopic(ClaimReading denying, String talks, ClaimReading other) {
        java.util.List<String> topic = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < denying.size() && topic.isEmpty(); i++) {
            if (!denying.lemma(i).toLowerCase(Locale.ROOT).equals(talks)) {
                continue;
            }
            // The topic may follow the verb that holds the talks ("no negotiations were held on …").
            int p = i + 1;
            while (p < denying.size() && (denying.is(p, "AUX") || denying.is(p, "VERB") && supports(denying.lemma(p).toLowerCase(Locale.ROOT)))) {
                p++;
            }
            if (p >= denying.size() || !TOPIC.contains(denying.lemma(p).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = p + 1; k < denying.size() && inTheGroup(denying, k); k++) {
                if (denying.is(k, "NOUN")) {
                    topic.add(denying.lemma(k).toLowerCase(Locale.ROOT));
                }
            }
        }
        if (topic.isEmpty()) {
            return true;
        }
        for (int i = 0; i + topic.size() <= other.size(); i++) {
            int n = 0;
            while (n < topic.size() && other.lemma(i + n).toLowerCase(Locale.ROOT).equals(topic.get(n))) {
                n++;
            }
            if (n == topic.size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token may stand in a noun group: a determiner, an adjective, a name, a number, a noun or a hyphen ("port-union"). */
    private static boolean inTheGroup(ClaimReading r, int k) {
        return r.is(k, "DET") || r.is(k, "ADJ") || r.is(k, "PROPN") || r.is(k, "NUM") || r.is(k, "NOUN") || r.lemma(k).equals("-");
    }

    /** The prepositions that give talks their topic ("talks on", "about", "over", "of"; Quirk et al. 1985, 9.54, the subject matter). */
    private static final java.util.Set<String> TOPIC = java.util.Set.of("on", "about", "over", "of");

    /** Whether a noun names talks: negotiation#1 among its first senses, or among those of its plural when WordNet lists that plural ("talks"). */
    private static boolean namesTalks(String noun) {
        WordNet wn = WordNet.shared();
        return has(wn.senses(noun, WordNet.Pos.NOUN), Senses.TALKS) || has(wn.senses(noun + "s", WordNet.Pos.NOUN), Senses.TALKS);
    }

    /** Whether one of the verb's first senses is a verb of {@link #SUPPORT}. */
    private static boolean supports(String verb) {
        return java.util.Arrays.stream(WordNet.shared().senses(verb, WordNet.Pos.VERB)).anyMatch(s -> has(Senses.SUPPORT, s));
    }

    private static boolean has(long[] in, long s) {
        return java.util.Arrays.stream(in).anyMatch(x -> x == s);
    }

    /**
     * The synsets named above by offset, looked up once when first used (the JVM initialises a class once, for every thread);
     * a sense WordNet does not have is -1 and meets nothing.
     */
    private static final class Senses {
        static final long TALKS = sense(TalksDeniedAgainstAgreement.TALKS, WordNet.Pos.NOUN);
        static final long NEGOTIATE = sense(TalksDeniedAgainstAgreement.NEGOTIATE, WordNet.Pos.VERB);
        static final long AGREEMENT = sense(TalksDeniedAgainstAgreement.AGREEMENT, WordNet.Pos.NOUN);
        static final long AGREE = sense(TalksDeniedAgainstAgreement.AGREE, WordNet.Pos.VERB);
        static final long[] SUPPORT = java.util.Arrays.stream(TalksDeniedAgainstAgreement.SUPPORT)
                .mapToLong(named -> sense(named, WordNet.Pos.VERB)).toArray();
    }

    private static long sense(String[] named, WordNet.Pos pos) {
        long[] senses = WordNet.shared().senses(named[0], pos);
        int n = Integer.parseInt(named[1]) - 1;
        return n < senses.length ? senses[n] : -1;
    }
}
