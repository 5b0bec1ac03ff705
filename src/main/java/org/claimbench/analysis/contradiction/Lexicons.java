package org.claimbench.analysis.contradiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the signals read, each with its source. Closed classes of English (negators,
 * connectives, quantifiers) are small enough to list; open-class words come from published
 * lexicons (VADER) or are placed in published categories (FactBank).
 */
final class Lexicons {

    private Lexicons() {
    }

    /** A run of white space, compiled once (String.split("\\s+") compiles it at every call; speed round 34). */
    static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * Negation cues by lemma: the syntactic negators of English (Huddleston and Pullum 2002, The
     * Cambridge Grammar of the English Language, ch. 9: "not", "no", "never", "nothing", "none",
     * "nobody", "neither", "nor", "without", and "nowhere", the absolute negator of place, ch. 9, which denies a
     * clause as "not … anywhere" does: "the word is nowhere in the text"); the scope of a cue runs to the end of its clause.
     */
    static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "nowhere",
            "will+not", "do+not", "can+not", "would+not", "have+not", "be+not");

    /** Verbs that deny their complement ({@link org.claimbench.analysis.language.DenialVerbs}, FactBank). */
    static final Set<String> DENIALS = org.claimbench.analysis.language.DenialVerbs.LEMMAS;

    /**
     * English negative prefixes (Quirk et al. 1985, A Comprehensive Grammar of the English
     * Language, App. I.20: un-, in- and its forms il-, im-, ir-, non-, dis-); in- and its forms only
     * on adjectives and adverbs ("indirect", "illegal"), where they mean "not".
     */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(ect|al|ible|able|ive|ent|ant|ous|ate)(ly)?$");

    static String unprefixed(String lemma, boolean adjective) {
        String[] general = {"non-", "non", "un", "dis"};
        String[] latinate = {"in", "il", "im", "ir"};
        for (String p : general) {
            if (lemma.startsWith(p) && lemma.length() - p.length() >= 4) {
                return lemma.substring(p.length());
            }
        }
        // in- and its forms on adjectives and adverbs; on a word the tagger called otherwise (a quoted "indirect") only
        // when it ends as adjectives do (Quirk et al. App. I.34-38: -ect, -al, -ible, -able, -ive, -ent, -ant, -ous, -ate),
        // so "immigration" and "inform" are no opposites, and when WordNet knows it as an adjective or an adverb: a noun of
        // that ending ("immigrant", from "immigrate") carries the in- of "into", not of "not".
        if (!adjective && ADJECTIVE_ENDING.matcher(lemma).find() && startsLatinate(lemma)) {
            org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
            adjective = wn.senses(lemma, org.claimbench.analysis.language.WordNet.Pos.ADJECTIVE).length > 0
                    || wn.senses(lemma, org.claimbench.analysis.language.WordNet.Pos.ADVERB).length > 0;
        }
        if (adjective) {
            for (String p : latinate) {
                if (lemma.startsWith(p) && lemma.length() - p.length() >= 4) {
                    return lemma.substring(p.length());
                }
            }
        }
        return null;
    }

    private static boolean startsLatinate(String lemma) {
        return lemma.startsWith("in") || lemma.startsWith("il") || lemma.startsWith("im") || lemma.startsWith("ir");
    }

    /**
     * A word's root for matching a derived form: "agreement" and "agree", "decision" and "decide"
     * (the commonest English derivational suffixes, stripped once; then the first five letters).
     */
    static String root(String lemma) {
        String w = stem(lemma);
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    /**
     * Whether two words are one word's forms: their stems (as {@link #root}, not cut) are equal, or one
     * is the other but for at most two letters at its end ("discus-sion" / "discuss"): "concession" and
     * "concern" share a root's five letters but are not one word.
     */
    static boolean sameRoot(String a, String b) {
        String x = stem(a);
        String y = stem(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2;
    }

    /**
     * A key two words of the same root ({@link #sameRoot}) share: the first four letters of the word's stem (the whole stem when
     * shorter). Two stems that are equal, or one the other's start of four letters or more, begin alike; words with different
     * keys never share a root (used for signatures, {@link ClaimHolds}).
     */
    static String rootKey(String lemma) {
        String s = stem(lemma);
        return s.length() <= 4 ? s : s.substring(0, 4);
    }

    /** The commonest English derivational suffixes, in the order they are tried. */
    private static final String[] SUFFIXES = {"ment", "ation", "ition", "tion", "sion", "ance", "ence", "al"};
    /** Stems already found: every pair compares the same few thousand lemmas again. */
    private static final WordMemo<String> STEMS = new WordMemo<>(Lexicons::stemOf);

    private static String stem(String lemma) {
        return STEMS.get(lemma);
    }

    private static String stemOf(String lemma) {
        String w = lemma;
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Lemmas that end a negation's clause: coordinators and subordinators that open another clause
     * (the PDTB 2.0 explicit connectives of Prasad et al. 2008, its most frequent ones).
     */
    static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "although", "though", "whereas", "because", "since", "which",
            "who", "yet", "however", "and", "so", "when", "if");

    /**
     * Contrast connectives: PDTB 2.0's Comparison (Contrast, Concession) connectives (Prasad et al. 2008).
     */
    static final String CONTRASTS = "however|but|although|though|yet|despite|whereas|nevertheless|nonetheless|in contrast"
            + "|on the other hand|contrary to|while";

    /**
     * Conditions and temporal order (PDTB 2.0's Contingency.Condition and Temporal.Asynchronous
     * connectives, Prasad et al. 2008): what makes something happen only later or only if.
     */
    static final Set<String> CONDITIONS = Set.of("if", "when", "once", "until", "unless", "provided", "after", "before", "only");
    /** Multi-word conditions, matched on the lower-case text. */
    static final String CONDITION_PHRASES = "only if|only after|only when|as soon as|on condition|provided that|first of all|not until"
            + "|in exchange for|in return for|as long as|so long as"
            // Dependence said by a verb or an adjective: PDTB 3.0 annotates such phrases as alternative lexicalisations
            // (AltLex) of Contingency.Condition (Webber et al. 2019, The Penn Discourse Treebank 3.0 Annotation Manual).
            + "|depend(?:s|ed|ing)? (?:up)?on|conditional (?:up)?on|contingent (?:up)?on|conditioned (?:up)?on";
    /**
     * A set order of events, one after the other: PDTB 2.0's Temporal.Asynchronous.Precedence connectives
     * (Prasad et al. 2008: "thereafter", "after which", "first … then") and the AltLex "followed by". "subsequently" and
     * "upon" are left out: one event after another in time ("subsequently approved", "agreed upon") is no order of steps. A step set
     * at an ordinal hour, day or week of a timetable ("upon the 12th hour", "from the third day") is an order of steps too: the
     * ordinal counts from the timetable's start, so what comes at it comes after what comes at the start.
     */
    static final String SEQUENCE = "followed by|after which|thereafter|first\\b[^.;]{1,60}?\\bthen"
            + "|(?:upon|from|after|at) the (?:\\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth) (?:hour|day|week|month)";
    /**
     * Immediacy: TimeML's temporal adverbs of the present (Pustejovsky et al. 2003) that say an
     * event starts now.
     */
    static final String IMMEDIATE = "immediately(?!\\s+(?:after|before|following|afterwards)\\b)|right away|at once|without delay"
            + "|straight away|without (?:any )?preconditions|forthwith|without conditions";

    /**
     * Scalar quantifiers and adjectives of extent: the two ends of Horn's scales (Horn 1972, On the
     * Semantics of Logical Operators in English: ⟨some, all⟩, ⟨partial, complete⟩).
     */
    static final Set<String> UNIVERSAL = Set.of("all", "every", "full", "complete", "comprehensive", "total", "entire", "general",
            "blanket", "unconditional", "whole", "overall");
    static final Set<String> RESTRICTED = Set.of("partial", "limited", "some", "specific", "selective", "narrow", "only", "certain",
            "targeted", "conditional");

    /**
     * The words of the ⟨conditional, unconditional⟩ scale among the two sets above. Horn's scales are ordered by
     * entailment within one scale only: "unconditional" says nothing of how much of a thing there is, as "partial" says
     * nothing of its conditions ("a partial truce, with no conditions attached" is no contradiction), so an extent word
     * meets only a word of its own scale (Horn 1972; Hirschberg 1985, A Theory of Scalar Implicature, ch. 5: scales are
     * sets of alternates of one dimension). The rest (⟨some, all⟩, ⟨partial, complete⟩) speak of how much of the noun.
     */
    static final Set<String> CONDITION_SCALE = Set.of("conditional", "unconditional");

    /** Whether two extent words lie on one of Horn's scales ({@link #CONDITION_SCALE}), so that one end can deny the other. */
    static boolean sameScale(String word, String other) {
        return CONDITION_SCALE.contains(word) == CONDITION_SCALE.contains(other);
    }

    /**
     * An unrestricted claim over a whole clause: the ⟨conditional, unconditional⟩ end of Horn's scale above said of what is
     * done ("without limitation", "without restriction", "without exception", "unrestricted", "unconditionally"), and what an
     * appositive "including" adds to "all" of something ("all of the terms, including …": the members an exemplifying apposition
     * names are under the universal it follows; Quirk et al. 1985, ch. 17 on apposition: "including" marks an exemplifying one).
     * A licence to use force given without limit is the same end: "full freedom of (military) action" (the universal "full" on the
     * freedom itself), a verb of acting or responding "against any" threat or attack (the free-choice "any": whatever occasion
     * there is; Huddleston and Pullum 2002, 5.7.2 on free-choice "any").
     */
    static final java.util.regex.Pattern UNRESTRICTED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:without (?:any )?(?:limitations?|restrictions?|exceptions?|conditions)|unrestricted|unconditionally"
            + "|all (?:of )?[^.;,]{1,40}, including"
            + "|(?:full|complete) (?:military )?freedom of (?:military )?action"
            + "|(?:act|acts|acted|acting|respond|responds|responded|responding|react|reacts|reacted|reacting"
            + "|strike|strikes|struck|striking|retaliate|retaliates|retaliated|retaliating) against any)\\b");
    /**
     * The other end: "only" focusing a condition or a last resort ("only as a last resort", "only if", "only when", "only in
     * case", with at most four words between: "will only visit the sites if"; restrictive focusing subjuncts, Quirk et al. 1985,
     * 8.116, with a conditional clause, 15.33-15.35). The right of self-defence is such a licence on a condition: in
     * international law a state may use force in self-defence only against an armed attack, within necessity and proportion
     * (UN Charter, Art. 51; ICJ, Nicaragua v. United States, 1986, para. 176), so "the right to self-defence" restricts what
     * "full freedom of action" does not. Not a bare "in self-defence": "acted in self-defence" justifies a past act and
     * restricts no licence; "only … in self-defence" does (the restrictive "only", as above).
     */
    static final java.util.regex.Pattern ONLY_ON_CONDITION = java.util.regex.Pattern.compile(
            "(?i)\\bonly (?:[\\w’']+ ){0,4}?(?:as a last resort|if|when|in (?:case|the event)|under (?:certain|specific|exceptional) \\w+)\\b"
            + "|\\bright (?:to|of) self[- ]?defen[cs]e\\b|\\bonly (?:[\\w’']+ ){0,2}?in self[- ]?defen[cs]e\\b");

    /**
     * A licence to use force, as the two scope patterns above word it: "full freedom of military action", "act against any
     * threat", "the right to self-defence". Two accounts of one event that give a party's licence to use force, one without limit,
     * one as self-defence, speak of the same licence whatever nouns they share.
     */
    static final java.util.regex.Pattern LICENCE_OF_FORCE = java.util.regex.Pattern.compile(
            "(?i)freedom of|against any|self[- ]?defen[cs]e");

    private static Map<String, Double> valence;

    /**
     * The VADER sentiment lexicon (Hutto and Gilbert 2014, "VADER: A Parsimonious Rule-based Model
     * for Sentiment Analysis of Social Media Text", ICWSM; MIT licence; read from the
     * vader-sentiment-analyzer jar): mean valence from -4 to +4 by lower-case word.
     */
    static synchronized Map<String, Double> valence() {
        if (valence == null) {
            Map<String, Double> m = new HashMap<>();
            try (InputStream in = Lexicons.class.getResourceAsStream("/vader_sentiment_lexicon.txt")) {
                if (in == null) {
                    throw new IllegalStateException("the VADER lexicon (vader_sentiment_lexicon.txt) is not on the class path");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split("\t");
                    if (f.length >= 2) {
                        try {
                            m.put(f[0], Double.parseDouble(f[1]));
                        } catch (NumberFormatException ignored) {
                            // a malformed line of the lexicon: skipped
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            valence = m;
        }
        return valence;
    }
}
