package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.domain.ContradictionKind;

/**
 * A denial of the same statement: a predicate both claims share lies in a negation's scope in one
 * of them and not in the other ("Russia has not accepted the ceasefire" / "Russia accepted the
 * ceasefire"). The scope is read from the language components (the negator's clause, see
 * ClaimFeatures); the two claims must be about the same thing (close meaning vectors, or without
 * them a second shared word), so "the call" alone never pairs two claims.
 */
final class NegationSignal implements PairSignal {

    /** How a lemma kept whole with its genitive ending ends ("Ukraine's": "ukraine+'s"; see ClaimReading). */
    private static final String POSSESSIVE = "+'s";
    /** The genitive ending as a token of its own ("Kyiv" "'s"). */
    private static final String GENITIVE = "'s";

    /**
     * Whether the signal can fire on the pair, read from what each claim holds ({@link ClaimHolds}) in the order {@link #between}
     * reads it: a word one claim denies by its prefix that the other has; else a negation cue in one claim alone and then a
     * denied word whose root the other claim has, or, across two accounts of one event, a denied discussion ({@link TopicDenial}),
     * or an affirming claim outside an open condition with two predicates in the denial's scope or a word in common with it.
     */
    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        if ((a.holds.deniedByPrefix & b.holds.words) != 0 || (b.holds.deniedByPrefix & a.holds.words) != 0) {
            return true;
        }
        if (!ClaimHolds.one(a, b, ClaimHolds.NEGATION)) {
            return false;
        }
        ClaimFeatures denying = a.negationCue != null ? a : b;
        ClaimFeatures affirming = denying == a ? b : a;
        if ((denying.holds.negatedRoots & affirming.holds.roots) != 0) {
            return true;
        }
        if (!ContradictionSignals.sameEvent(a, b) || !Pair.twoAccounts(a, b)) {
            return false;
        }
        if ((denying.holds.bits & ClaimHolds.DENIES_DISCUSSION) != 0) {
            return true;
        }
        return !affirming.openCondition && ((denying.holds.bits & ClaimHolds.SCOPED_PREDICATES) != 0
                || (!denying.negatesAReport && (a.holds.words & b.holds.words) != 0));
    }

    /**
     * "such" before the noun, at most one word between ("no such agreement", "any such formal deal"): the determiner that
     * refers back to a thing described before (Quirk et al. 1985 on "such" as a predeterminer of reference
     * back), here to another account's report, the usual form of a denial of what another side said ("no such call took place").
     */
    static boolean pointsBack(ClaimFeatures denying, String lemma) {
        String text = denying.facts.text();
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("such ");
        return at >= 0 && SUCH_BEFORE.get(lemma).matcher(text).find(at == 0 ? 0 : at - 1);
    }

    /** "such", at most one word, then the lemma ({@link #pointsBack}): compiled once a lemma, not once a pair. */
    private static final WordMemo<java.util.regex.Pattern> SUCH_BEFORE = new WordMemo<>(lemma -> java.util.regex.Pattern.compile(
            "(?i)\\bsuch\\s+(?:(?!as\\b)[\\p{L}-]+\\s+)?" + java.util.regex.Pattern.quote(lemma) + "\\p{L}{0,3}\\b"));

    /** How many of the words in a claim's negation's scope are predicates (as {@link #between} counts them; repeats counted). */
    static int scopedPredicates(ClaimFeatures f) {
        int n = 0;
        for (String lemma : f.scoped) {
            n += isPredicate(f, lemma) ? 1 : 0;
        }
        return n;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        // A predicate denied of what one claim names only by an anaphor, whose antecedent the other does not speak of, is
        // denied of another thing ("the councils never took it up" / "this matter was taken up first").
        if (AnaphoricArgument.apart(a, b, pair)) {
            return Optional.empty();
        }
        Optional<Signal> prefix = byPrefix(a, b, pair).or(() -> byPrefix(b, a, pair));
        if (prefix.isPresent()) {
            return prefix;
        }
        if ((a.negationCue == null) == (b.negationCue == null)) {
            return Optional.empty();
        }
        ClaimFeatures denying = a.negationCue != null ? a : b;
        ClaimFeatures affirming = denying == a ? b : a;
        boolean acrossSources = pair.sameEvent() && pair.twoAccounts(a);
        // A denied word is affirmed in the other claim only where their roots' signatures meet ({@link ClaimHolds#negatedRoots}).
        String[] affirmedOnes = (denying.holds.negatedRoots & affirming.holds.roots) == 0 ? null : new String[denying.negated.size()];
        // The predicate the negation denies, said of another party in the other claim, makes the rest that party's too.
        for (int k = 0; affirmedOnes != null && k < affirmedOnes.length; k++) {
            String lemma = denying.negated.get(k);
            String affirmed = affirmed(affirming, lemma, denying, false);
            // "Nobody shouted" denies the act a gerundial noun names ("a shouting match") as it denies the verb.
            if (affirmed == null && acrossSources && NegativeQuantifierSubject.denies(denying, lemma)) {
                affirmed = NegativeQuantifierSubject.actNamed(affirming, lemma);
            }
            affirmedOnes[k] = affirmed;
            if (affirmed != null && DenialScope.otherParties(denying, lemma, affirming, affirmed)) {
                return Optional.empty();
            }
            // The same verb with another object says nothing the negation denies ("would never accept night shifts" /
            // "accepted the pay terms"): the lemma is left out of this route and the next.
            if (affirmed != null && DenialScope.otherObjects(denying, lemma, affirming, affirmed)) {
                affirmedOnes[k] = null;
            }
        }
        for (int k = 0; affirmedOnes != null && k < affirmedOnes.length; k++) {
            String lemma = denying.negated.get(k);
            String affirmed = affirmedOnes[k];
            // The status of an event denied by another source ("there is no agreement" / "they agreed to a truce") needs
            // less likeness of the rest: such denials are short and say little else.
            // A denial of "such" a thing points back at an account of it ("no such agreement was made"): it says nothing else,
            // and what it denies is what another account reports, so two accounts of one event need no likeness beyond it.
            boolean pointsBack = acrossSources && affirmed != null
                    && (pointsBack(denying, lemma) || NegativeQuantifierSubject.deniesInOneKnownEvent(denying, affirming, lemma));
            double need = acrossSources && Factuality.isPredicate(lemma) ? 0.2 : 0.4;
            // A name is never what is denied, however the tagger reads it ("denied Trumps claim", the possessive's apostrophe
            // lost, against "Trump"): a word both claims write only with a capital is a name.
            if (affirmed != null && isPredicate(denying, lemma) && (pointsBack || pair.related(need)) && !isName(affirmed, denying, affirming)) {
                List<String> about = pair.shared().stream().limit(3).toList();
                return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                        () -> "“" + denying.negationCue + " … " + lemma + "” in one claim, “" + affirmed + "” in the other: one denies what the other"
                                + " affirms" + about(about, denying, affirming) + ".",
                        "denial:" + lemma));
            }
        }
        Optional<Signal> topic = TopicDenial.between(denying, affirming, pair);
        if (topic.isPresent()) {
            return topic;
        }
        // Two things named inside the negation's scope that another source affirms ("no plan to open hearings on any other
        // matter" / "agreed to open hearings on a wide range of matters"; "made no promise to lower the fares" /
        // "agreed to cut the fares"): one shared word alone is too often a topic both speak of.
        // An open condition leaves the truth of its matrix clause unresolved (Quirk et al. 1985, 15.35): "tariffs if the other
        // side starts a trade war" affirms no tariffs, so neither two words in a denial's scope nor likeness alone find
        // anything denied there (where one predicate is compared, the matrix's modality is: "a truce is possible if …").
        boolean affirmsNothing = affirming.openCondition;
        if (acrossSources && (denying.holds.bits & ClaimHolds.SCOPED_PREDICATES) != 0 && pair.related(0.3) && !affirmsNothing) {
            List<String> denied = new ArrayList<>(2);
            List<String> affirmedToo = new ArrayList<>(2);
            for (String lemma : denying.scoped) {
                // The negated word itself counts ("no broader talks were agreed" / "agreed to broad talks": broad, agree).
                String affirmed = !isPredicate(denying, lemma) ? null : affirmed(affirming, lemma, denying, true);
                // A verb of another object is not denied here either (otherObjects).
                if (affirmed != null && !DenialScope.otherObjects(denying, lemma, affirming, affirmed)) {
                    denied.add(lemma);
                    affirmedToo.add(affirmed);
                }
            }
            // Names are left out last: reading the claims' texts for capitals costs more than the rest.
            for (int k = denied.size() - 1; denied.size() >= 2 && k >= 0; k--) {
                if (isName(affirmedToo.get(k), denying, affirming)) {
                    denied.remove(k);
                    affirmedToo.remove(k);
                }
            }
            if (denied.size() >= 2) {
                return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.3,
                        () -> "“" + denying.negationCue + " … " + String.join(" … ", denied) + "” in one claim, “" + String.join(" … ", affirmedToo)
                                + "” in the other: one denies what the other affirms.",
                        "denial:" + String.join("+", denied)));
            }
        }
        // The last kind asks for two accounts of one event, likeness, and a denial of something the other affirms (below).
        boolean explicit = Lexicons.DENIALS.contains(denying.negationCue);
        if (!pair.related(0.4) || !acrossSources || denying.negatesAReport || affirmsNothing || !pair.related(explicit ? 0.55 : 0.6)) {
            return Optional.empty();
        }
        // What the affirming claim only supposes ("if the council approves …") it does not affirm, and what the denying claim
        // only supposes is not what its negation denies ("if the union is not willing, it is not our fight").
        // A genitive is a determiner of the noun after it (Huddleston and Pullum 2002, ch. 5): a possessor both claims name
        // ("Trump's insistence" / "Trump's approach") does not make them speak of the same thing.
        // Nor does the recipient of a thing refused, or the participant of an act denied by a definite noun ("I deny the entry
        // of the chartered ferries carrying grain": the ferries and the grain are not denied, DenialRecipient), make a claim
        // that speaks of them what the denial denies.
        List<String> sharedAsserted = pair.shared().stream().filter(x -> !affirming.supposed.contains(x) && !denying.supposed.contains(x)
                && !(possessor(denying, x) && possessor(affirming, x)) && !denying.undenied.contains(x)).toList();
        // A word of the denial the other claim writes in another form of one root ("withdrawal" / "withdraw": derivation, Quirk
        // et al. 1985, App. I.24-I.31) is a word the two share as much as one written alike.
        sharedAsserted = DenialScope.withDerivedForms(sharedAsserted, denying, affirming);
        if (sharedAsserted.isEmpty()) {
            return Optional.empty();
        }
        // The denied word is not the other's, but the two say nearly the same thing otherwise ("no plan to open hearings on
        // any other matter" / "agreed to open hearings on a wide range of matters"): a weaker sign. A negated report ("made no
        // reference to the closure") denies the report, not what the other account says (checked above).
        // A claim that states a refusal or a rejection (FactBank's CT-: "refused to take the two ferries") affirms nothing a
        // denial can be set against: both accounts say no.
        // Nor does one that denies the same word by its prefix ("remained unsigned" / "was not signed": PrefixOpposites).
        if (sharedAsserted.size() >= (explicit ? 1 : 2) && !affirmsAVerbOf(denying, pair) && !statesARefusal(affirming)
                && !PrefixOpposites.deniesTheSame(affirming, denying)) {
            List<String> shared = sharedAsserted.stream().limit(3).toList();
            return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.25,
                    () -> "“" + denying.negationCue + "” in one account of what the other affirms" + about(shared, denying, affirming) + ".",
                    "denial:" + denying.negationCue + ":" + String.join(",", sharedAsserted.stream().limit(2).toList())));
        }
        return Optional.empty();
    }

    /** Whether a claim states an act as not so (a status of FactBank's CT-: refused, rejected, cancelled; see Factuality). */
    private static boolean statesARefusal(ClaimFeatures f) {
        for (ClaimFeatures.Status s : f.statuses) {
            if (s.value() == Factuality.NOT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the denying claim first affirms a verb both claims share ("approved the budget but did not publish it"). */
    private static boolean affirmsAVerbOf(ClaimFeatures denying, Pair pair) {
        for (int i = 0; i < Math.max(0, denying.negationAt); i++) {
            String l = denying.reading.lemma(i);
            if (denying.reading.is(i, "VERB") && pair.shared().contains(l) && !denying.negated.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word of the affirming claim that a denied lemma denies: the same lemma, a derived form ("agreement" /
     * "agreed"), or with {@code synonyms} a WordNet synonym of the same part of speech ("halt" / "stop"); null if none.
     */
    private static String affirmed(ClaimFeatures affirming, String lemma, ClaimFeatures denying, boolean synonyms) {
        String tag = synonyms ? denying.tagOf(lemma) : "";
        for (int k = 0; k < affirming.words.size(); k++) {
            String w = affirming.words.get(k);
            if (affirming.negated.contains(w) || affirming.scoped.contains(w) || affirming.supposed.contains(w)) {
                continue;
            }
            if (w.equals(lemma) || Lexicons.sameRoot(w, lemma)
                    || (synonyms && tag.equals(affirming.wordTags.get(k)) && WordSenses.same(w, lemma, tag))) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether the two claims write a lemma only with a capital, never in lower case: a name (see {@link #written}). A word
     * found only at the start of sentences counts as one too; a denial rarely shares such a word alone.
     */
    private static boolean isName(String lemma, ClaimFeatures a, ClaimFeatures b) {
        String w = written(List.of(lemma), a, b).get(0);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** " (both speak of a, b, c)", or "" when they share no word; a name as the claims write it ("Russia", not "russia"). */
    private static String about(List<String> shared, ClaimFeatures a, ClaimFeatures b) {
        return shared.isEmpty() ? "" : " (both speak of " + String.join(", ", written(shared, a, b)) + ")";
    }

    /** A word as a whole word, either case: compiled once a word (every pair asking whether a word is a name compiled it anew). */
    private static final WordMemo<java.util.regex.Pattern> WORD_PATTERN = new WordMemo<>(w -> java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));

    /**
     * Each shared word as the claims write it when they write it only with a capital (a name: "Russia"), else as it is
     * (lower case: a word that opens a sentence there but is written in lower case elsewhere is no name).
     */
    private static List<String> written(List<String> shared, ClaimFeatures a, ClaimFeatures b) {
        return shared.stream().map(w -> {
            java.util.regex.Pattern word = WORD_PATTERN.get(w);
            String capital = null;
            for (ClaimFeatures f : List.of(a, b)) {
                for (java.util.regex.Matcher m = word.matcher(f.facts.text()); m.find(); ) {
                    if (!Character.isUpperCase(m.group().charAt(0))) {
                        return w;
                    }
                    capital = capital == null ? m.group() : capital;
                }
            }
            return capital == null ? w : capital;
        }).toList();
    }

    /** One claim says "indirect" (or "disagree", "unconfirmed") where the other says "direct" about the same thing. */
    private static Optional<Signal> byPrefix(ClaimFeatures x, ClaimFeatures y, Pair pair) {
        if (!pair.related(0.3)) {
            return Optional.empty();
        }
        for (String prefixed : x.oppositesByPrefix) {
            // "indirectly" meets "direct" and "directly": an adverb in -ly is its adjective's opposite too.
            String base = y.has(prefixed) ? prefixed : prefixed.endsWith("ly") && y.has(prefixed.substring(0, prefixed.length() - 2))
                    ? prefixed.substring(0, prefixed.length() - 2) : y.has(prefixed + "ly") ? prefixed + "ly" : PrefixOpposites.participleBase(prefixed, y);
            // "unacceptable" against "not acceptable" says the same thing twice. A word only supposed or demanded ("they must
            // negotiate directly") says nothing of how things are (Veridicality.demanded), on either side.
            String word = x.words.stream().filter(w -> w.endsWith(prefixed) && w.length() > prefixed.length()).findFirst().orElse(prefixed);
            if (y.has(base) && !x.has(base) && !y.oppositesByPrefix.contains(prefixed) && !y.negated.contains(base)
                    && !y.supposed.contains(base) && !supposedOnly(x, prefixed) && PrefixOpposites.opposed(word, prefixed, y, base)) {
                return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.45,
                        () -> "“" + word + "” in one claim, “" + base + "” in the other: opposite words for the same thing.", "opposite:" + base));
            }
        }
        return Optional.empty();
    }

    /** Whether the claim's only words that end in a prefixed word's base ("indirectly" of "direct") are supposed or demanded. */
    private static boolean supposedOnly(ClaimFeatures f, String base) {
        boolean any = false;
        for (String w : f.words) {
            if (w.endsWith(base) && w.length() > base.length()) {
                if (!f.supposed.contains(w)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether a lemma is a verb, adjective or common noun in the claim (a name is never what is denied). */
    private static boolean isPredicate(ClaimFeatures f, String lemma) {
        for (int i = 0; i < f.reading.size(); i++) {
            if (f.reading.lemma(i).equals(lemma)) {
                return f.reading.is(i, "VERB") || f.reading.is(i, "ADJ") || f.reading.is(i, "NOUN");
            }
        }
        return false;
    }

    /** Whether a lemma stands in a claim only as a genitive: kept whole with its ending, or followed each time by "'s". */
    private static boolean possessor(ClaimFeatures f, String lemma) {
        if (lemma.endsWith(POSSESSIVE)) {
            return true;
        }
        boolean seen = false;
        for (int i = 0; i < f.reading.size(); i++) {
            if (f.reading.lemma(i).equals(lemma)) {
                if (i + 1 >= f.reading.size() || !f.reading.lemma(i + 1).equals(GENITIVE)) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }
}
