package org.claimbench.analysis.contradiction;

import java.util.List;

/**
 * What a claim holds that some signal needs before it can fire, as bits read once when the claim's features are made: a
 * figure, a negation cue, a status, a condition, a judgement, a day … A signal says from two claims' bits whether it can
 * fire on their pair at all ({@link PairSignal#mayFire}); a pair no signal can fire on is decided without being scored
 * (at 10,000 claims of the bench 30 % of the candidate pairs, and a pair past the bound asks only the signals that may fire:
 * docs/speed.md, contradiction speed round 25). Each bit is a plain fact of the features the signal reads first, and
 * each signature has a bit for every word it holds, so the bound never leaves out a pair a signal fires on.
 */
final class ClaimHolds {

    // Bit 0 is unused: the figures a claim states are told by their dimension ({@link #dimensions}).
    /** It has a negation cue ({@link ClaimFeatures#negationCue}: {@link NegationSignal}). */
    static final int NEGATION = 1 << 1;
    /** A word negated by its prefix ({@link ClaimFeatures#oppositesByPrefix}: {@link NegationSignal}). */
    static final int PREFIXED = 1 << 2;
    /** An affirmed word with an antonym ({@link ClaimFeatures#opposables}: {@link AntonymSignal}). */
    static final int OPPOSABLE = 1 << 3;
    /** A status of an event ({@link ClaimFeatures#statuses}: {@link FactualitySignal}). */
    static final int STATUS = 1 << 4;
    /** A condition and no word of "now" ({@link ClaimFeatures#condition}, {@link ClaimFeatures#immediate}: {@link ConditionSignal}). */
    static final int CONDITION_ONLY = 1 << 5;
    /** "Now" or a set order ({@link ClaimFeatures#immediate}, {@link ClaimFeatures#sequence}: {@link ConditionSignal}). */
    static final int NOW_OR_ORDER = 1 << 6;
    /** A universal extent word on a noun ({@link ClaimFeatures#extents}: {@link ScopeSignal}). */
    static final int UNIVERSAL = 1 << 7;
    /** A restricting extent word on a noun ({@link ClaimFeatures#extents}: {@link ScopeSignal}). */
    static final int RESTRICTED = 1 << 8;
    /** Two nouns joined by "and" ({@link ClaimFeatures#coordinated}: {@link ScopeSignal}). */
    static final int COORDINATED = 1 << 9;
    /** A compound of two nouns ({@link ClaimFeatures#compounds}: {@link ScopeSignal}). */
    static final int COMPOUND = 1 << 10;
    /** "Without limitation" or the like ({@link ClaimFeatures#unrestricted}: {@link ScopeSignal}). */
    static final int UNRESTRICTED = 1 << 11;
    /** "Only as a last resort" or the like ({@link ClaimFeatures#onlyOnCondition}: {@link ScopeSignal}). */
    static final int ONLY_ON_CONDITION = 1 << 12;
    /** One thing only was spoken of ({@link Focus#only()}: {@link FocusSignal}). */
    static final int FOCUS_ONLY = 1 << 13;
    /** A judgement of a target ({@link ClaimFeatures#judged}: {@link JudgementSignal}). */
    static final int JUDGED = 1 << 14;
    /** Through a go-between and not directly ({@link Mediation}: {@link MediationSignal}). */
    static final int THROUGH = 1 << 15;
    /** Directly and not through a go-between ({@link Mediation}: {@link MediationSignal}). */
    static final int DIRECT = 1 << 16;
    /** Something ended ({@link Aspect#ended()}: {@link AspectSignal}). */
    static final int ENDED = 1 << 17;
    /** Exactly one weekday ({@link ClaimFeatures#weekdays}: {@link DaySignal}). */
    static final int ONE_WEEKDAY = 1 << 18;
    /** Exactly one date ({@link ClaimFeatures#dates}: {@link DaySignal}). */
    static final int ONE_DATE = 1 << 19;
    /** Exactly one time of day ({@link ClaimFeatures#timesOfDay}: {@link TimeOfDaySignal}). */
    static final int ONE_TIME_OF_DAY = 1 << 20;
    /** A contrast connective opens it or its lead ({@link ClaimFeatures#contrast}: {@link ContrastSignal}). */
    static final int CONTRAST = 1 << 21;
    /** A report called false ({@link FalsifiedReportSignal#reported}). */
    static final int FALSIFIED = 1 << 22;
    /** An act denied as a whole ({@link ClaimFeatures#deniedActs}: {@link TroponymDenial}). */
    static final int DENIED_ACT = 1 << 23;
    /** An affirmed verb, outside an open condition ({@link ClaimFeatures#affirmedVerbs}: {@link TroponymDenial}). */
    static final int AFFIRMS_A_VERB = 1 << 24;
    /** A negated word of pressing someone ({@link YieldingSignal#deniesPressure}). */
    static final int PRESSURE_DENIED = 1 << 25;
    /** A share fixed as a percentage ({@link ContingentShares.Shares#fixed()}). */
    static final int FIXED_SHARE = 1 << 26;
    /** A share made contingent ({@link ContingentShares.Shares#contingent()}). */
    static final int CONTINGENT_SHARE = 1 << 27;
    /** A negation that denies something was discussed or raised ({@link TopicDenial#deniesDiscussion}). */
    static final int DENIES_DISCUSSION = 1 << 28;
    /** Two or more predicates in its negation's scope ({@link ClaimFeatures#scoped}: what {@link NegationSignal} needs of them). */
    static final int SCOPED_PREDICATES = 1 << 29;
    /** Talks denied: the first noun or verb of its negation's scope names them ({@link TalksDeniedAgainstAgreement#deniedTalks}). */
    static final int DENIES_TALKS = 1 << 30;
    /** A noun with what it is aimed at ({@link ClaimFeatures#targets}). */
    static final int TARGETED = 1 << 31;

    /** The dimensions of figures compared by {@link QuantitySignal} ("frame" is never compared), each a bit of {@link #dimensions}; any other one the last bit. */
    private static final List<String> DIMENSIONS = List.of("time", "ordinal", "percent", "money", "count", "points");

    /** Its bits of the kinds above. */
    final int bits;
    /** The statuses' values it gives, a bit per {@link Factuality} (by ordinal): {@link FactualitySignal}. */
    final int statusValues;
    /** The dimensions of the figures it states, a bit each ({@link #DIMENSIONS}, "frame" left out): {@link QuantitySignal}. */
    final int dimensions;
    /**
     * Signatures of words (64 bits, a bit per word by its hash: two signatures that share no bit share no word, as a Bloom
     * filter of one hash tells): its content words ({@link ClaimFeatures#words}); the words its prefixed words deny
     * ({@link ClaimFeatures#oppositesByPrefix}, with and without "-ly"); its affirmed words that have antonyms and those
     * antonyms ({@link ClaimFeatures#opposables}).
     */
    final long words;
    final long deniedByPrefix;
    final long opposable;
    final long antonyms;
    /**
     * Signatures of roots ({@link Lexicons#rootKey}: two words {@link Lexicons#sameRoot} share a root key): of its words, and of
     * the words its negation denies ({@link ClaimFeatures#negated}). A denied word meets its affirmed form in the other claim
     * only where the two share a bit ({@link NegationSignal}).
     */
    final long roots;
    final long negatedRoots;
    /**
     * Signatures of the events it names ({@link ClaimFeatures#specificKeys}) and of those its article reports
     * ({@link ClaimFacts#eventKeys}): two claims of different events share an event only where these meet
     * ({@link ContradictionSignals#pair}).
     */
    final long namedEvents;
    final long articleEvents;

    private ClaimHolds(ClaimFeatures f) {
        bits = bitsOf(f);
        int values = 0;
        for (ClaimFeatures.Status st : f.statuses) {
            values |= 1 << st.value().ordinal();
        }
        statusValues = values;
        int dims = 0;
        for (Quantity q : f.quantities) {
            if (!q.dimension().equals("frame")) {
                int at = DIMENSIONS.indexOf(q.dimension());
                dims |= 1 << (at < 0 ? DIMENSIONS.size() : at);
            }
        }
        dimensions = dims;
        words = signatures(f.words);
        long p = 0;
        for (String x : f.oppositesByPrefix) {
            p |= signature(x) | signature(x + "ly") | (x.endsWith("ly") ? signature(x.substring(0, x.length() - 2)) : 0);
            // A participle's verb ("signed" of "unsigned": "sign"), which a predicative participle's lemma is (PrefixOpposites).
            for (String verb : x.endsWith("ed") || x.endsWith("en") ? org.claimbench.analysis.language.WordForms.verbBaseForms(x) : List.<String>of()) {
                p |= signature(verb);
            }
        }
        deniedByPrefix = p;
        long o = 0;
        long ant = 0;
        for (WordSenses.Opposable x : f.opposables) {
            o |= signature(x.word());
            for (String y : x.antonyms()) {
                ant |= signature(y);
            }
        }
        opposable = o;
        antonyms = ant;
        long r = 0;
        for (String x : f.words) {
            r |= signature(Lexicons.rootKey(x));
        }
        roots = r;
        long nr = 0;
        for (String x : f.negated) {
            nr |= signature(Lexicons.rootKey(x));
        }
        negatedRoots = nr;
        namedEvents = signatures(f.specificKeys);
        articleEvents = signatures(f.facts.eventKeys());
    }

    /** What a claim's features hold (the features complete but for this). */
    static ClaimHolds of(ClaimFeatures f) {
        return new ClaimHolds(f);
    }

    /** The signature of some words: each one's bit ({@link #signature}). */
    static long signatures(List<String> words) {
        long s = 0;
        for (String w : words) {
            s |= signature(w);
        }
        return s;
    }

    /** A word's bit in a signature. */
    static long signature(String word) {
        int h = word.hashCode();
        return 1L << ((h ^ (h >>> 16)) & 63);
    }

    private static int bitsOf(ClaimFeatures f) {
        int h = 0;
        h |= f.negationCue == null ? 0 : NEGATION;
        h |= f.oppositesByPrefix.isEmpty() ? 0 : PREFIXED;
        h |= f.opposables.isEmpty() ? 0 : OPPOSABLE;
        h |= f.statuses.isEmpty() ? 0 : STATUS;
        h |= f.condition != null && f.immediate == null ? CONDITION_ONLY : 0;
        h |= f.immediate != null || f.sequence != null ? NOW_OR_ORDER : 0;
        for (ClaimFeatures.Extent e : f.extents) {
            h |= e.universal() ? UNIVERSAL : RESTRICTED;
        }
        h |= f.coordinated.isEmpty() ? 0 : COORDINATED;
        h |= f.compounds.isEmpty() ? 0 : COMPOUND;
        h |= f.targets.isEmpty() ? 0 : TARGETED;
        h |= f.unrestricted == null ? 0 : UNRESTRICTED;
        h |= f.onlyOnCondition == null ? 0 : ONLY_ON_CONDITION;
        h |= f.focus.only() == null ? 0 : FOCUS_ONLY;
        h |= f.judged.isEmpty() ? 0 : JUDGED;
        h |= f.mediation.through() != null && f.mediation.direct() == null ? THROUGH : 0;
        h |= f.mediation.direct() != null && f.mediation.through() == null ? DIRECT : 0;
        h |= f.aspect.ended().isEmpty() ? 0 : ENDED;
        h |= f.weekdays.size() == 1 ? ONE_WEEKDAY : 0;
        h |= f.dates.size() == 1 ? ONE_DATE : 0;
        h |= f.timesOfDay.size() == 1 ? ONE_TIME_OF_DAY : 0;
        h |= f.contrast == null ? 0 : CONTRAST;
        h |= FalsifiedReportSignal.reported(f).isEmpty() ? 0 : FALSIFIED;
        h |= f.deniedActs.isEmpty() ? 0 : DENIED_ACT;
        h |= f.affirmedVerbs.isEmpty() || f.openCondition ? 0 : AFFIRMS_A_VERB;
        h |= YieldingSignal.deniesPressure(f) ? PRESSURE_DENIED : 0;
        h |= f.shares.fixed().isEmpty() ? 0 : FIXED_SHARE;
        h |= f.shares.contingent().isEmpty() ? 0 : CONTINGENT_SHARE;
        h |= f.negationCue != null && TopicDenial.deniesDiscussion(f) ? DENIES_DISCUSSION : 0;
        h |= NegationSignal.scopedPredicates(f) >= 2 ? SCOPED_PREDICATES : 0;
        h |= TalksDeniedAgainstAgreement.deniedTalks(f) == null ? 0 : DENIES_TALKS;
        return h;
    }

    /** Whether claim a holds bits x and claim b bits y, or the other way round (each bit set asked of one claim). */
    static boolean oneEach(ClaimFeatures a, int x, ClaimFeatures b, int y) {
        int ha = a.holds.bits;
        int hb = b.holds.bits;
        return ((ha & x) == x && (hb & y) == y) || ((ha & y) == y && (hb & x) == x);
    }

    /** Whether both claims hold every bit of x. */
    static boolean both(ClaimFeatures a, ClaimFeatures b, int x) {
        return (a.holds.bits & b.holds.bits & x) == x;
    }

    /** Whether either claim holds any bit of x. */
    static boolean either(ClaimFeatures a, ClaimFeatures b, int x) {
        return ((a.holds.bits | b.holds.bits) & x) != 0;
    }

    /** Whether exactly one of the claims holds bit x. */
    static boolean one(ClaimFeatures a, ClaimFeatures b, int x) {
        return ((a.holds.bits ^ b.holds.bits) & x) != 0;
    }
}
