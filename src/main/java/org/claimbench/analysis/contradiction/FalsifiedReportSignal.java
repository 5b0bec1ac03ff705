package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * A report called false, against an account that affirms what it reports: "claims that the union has surrendered are
 * absolutely wrong" / "the union capitulated". A report noun with a content clause ("claims that P", "reports that P")
 * that is then said to be false, wrong or baseless states P counterfactual (FactBank's CT-: Saurí and Pustejovsky 2009, a
 * predicate of falsity over a proposition), so every verb of P is denied. The other claim affirms one of them: the same
 * word, the same root, a WordNet synonym, or a word WordNet files as a kind of it or it as a kind of the other ("capitulate":
 * surrender under agreed conditions). Across two accounts of one event only; no negation cue is needed in either claim.
 */
final class FalsifiedReportSignal implements PairSignal {

    /** Nouns of reports that take a content clause ("the claim that …"; Quirk et al. 1985, 17.26: appositive clauses). */
    private static final Set<String> REPORTS = Set.of("claim", "report", "assertion", "allegation", "suggestion", "statement", "rumour",
            "rumor", "notion", "accusation");
    /**
     * Predicates of falsity: WordNet 3.1's adjective "false" (not in accordance with the fact or reality) with its similar
     * words and those of "incorrect" and "wrong" (false, untrue, incorrect, wrong, inaccurate, erroneous, mistaken), and of
     * "unfounded" (baseless, groundless, unfounded).
     */
    private static final Set<String> FALSE = Set.of("false", "untrue", "incorrect", "wrong", "inaccurate", "erroneous", "mistaken",
            "baseless", "groundless", "unfounded");

    /** Openers of a subordinate clause: Lexicons' PDTB connectives less the coordinators, and its conditions but "only" (an adverb before "if"). */
    private static final Set<String> SUBORDINATORS = java.util.stream.Stream.concat(Lexicons.CLAUSE_BREAKS.stream()
            .filter(w -> !Set.of("and", "but", "yet", "so", "however").contains(w)), Lexicons.CONDITIONS.stream().filter(w -> !w.equals("only")))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return ClaimHolds.either(a, b, ClaimHolds.FALSIFIED);
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || !pair.twoAccounts(a) || (!Double.isNaN(pair.cosine()) && pair.cosine() < 0.2)) {
            return Optional.empty();
        }
        return falsified(a, b).or(() -> falsified(b, a));
    }

    private static Optional<Signal> falsified(ClaimFeatures denying, ClaimFeatures affirming) {
        List<String> reported = reportedFalse(denying);
        for (String verb : reported) {
            for (int i = 0; i < affirming.reading.size(); i++) {
                String w = affirming.reading.lemma(i);
                if (!affirming.reading.is(i, "VERB") || !affirming.words.contains(w) || affirming.negated.contains(w)
                        || affirming.scoped.contains(w) || affirming.supposed.contains(w)) {
                    continue;
                }
                if (w.equals(verb) || Lexicons.sameRoot(w, verb) || WordSenses.same(w, verb, "VERB")
                        || WordNet.shared().kindOf(w, verb, WordNet.Pos.VERB)) {
                    String said = w;
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + verb + "” reported and called false in one claim, “" + said + "” in the other: one denies what the"
                                    + " other affirms.", "falsified:" + verb));
                }
            }
        }
        return Optional.empty();
    }

    /** The verbs of a content clause that the claim calls false ("claims that they surrendered are wrong": surrender); none if none. */
    static List<String> reportedFalse(ClaimFeatures f) {
        ClaimReading r = f.reading;
        for (int i = 0; i < r.size(); i++) {
            // A sentence-initial "Claims" is often tagged a proper noun.
            if (!(r.is(i, "NOUN") || r.is(i, "PROPN")) || !REPORTS.contains(r.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int that = -1;
            for (int j = i + 1; j < r.size() && j <= i + 12 && that < 0 && !verbal(r, j); j++) {
                if (r.lemma(j).equals("that")) {
                    that = j;
                }
            }
            // A verb between the noun and "that" takes the clause ("the statement confirmed that …"); a verb right after
            // "that" marks a relative clause with its subject gapped ("the report that appeared …"), which gives the
            // report no content (Huddleston and Pullum 2002, ch. 11 and 12: a content clause is complete, a relative one has a gap).
            if (that < 0 || that + 1 < r.size() && verbal(r, that + 1)) {
                continue;
            }
            for (int k = that + 2; k < r.size(); k++) {
                if (!FALSE.contains(r.lemma(k))) {
                    continue;
                }
                // The copula before the predicate of falsity, with at most an adverb or a quotation mark between, none a negator.
                int be = k - 1;
                while (be > that && !r.lemma(be).equals("be") && k - be <= 3 && !Lexicons.NEGATORS.contains(r.lemma(be))) {
                    be--;
                }
                if (be <= that || !r.lemma(be).equals("be")) {
                    continue;
                }
                List<String> verbs = new ArrayList<>(2);
                boolean subordinate = false;
                for (int v = that + 1; v < be; v++) {
                    // A relative or adverbial clause inside the report ("who met the envoy", "if the talks fail") is not what is
                    // called false; it runs to the next comma (Quirk et al. 1985, 15.35 and 17.22: a condition is not asserted,
                    // a non-restrictive relative clause is an aside).
                    subordinate = SUBORDINATORS.contains(r.lemma(v)) || subordinate && !r.lemma(v).equals(",");
                    boolean verb = r.is(v, "VERB") && f.words.contains(r.lemma(v)) || perfectParticiple(r, v, that);
                    if (!subordinate && verb && !verbs.contains(r.lemma(v))) {
                        verbs.add(r.lemma(v));
                    }
                }
                return verbs;
            }
        }
        return List.of();
    }

    /**
     * Whether word i is the participle of a perfect ("have withdrawn", "had quietly withdrawn"): the perfective is "have" and a
     * past participle (Quirk et al. 1985, ch. 4, the perfective aspect), so the word after the auxiliary "have" (an adverb
     * between at most) is a verb whatever the tagger says of it (it tags some participles as prepositions or adjectives),
     * provided WordNet has its lemma as a verb.
     */
    private static boolean perfectParticiple(ClaimReading r, int i, int from) {
        int aux = i - 1;
        if (aux > from && r.is(aux, "ADV")) {
            aux--;
        }
        return aux > from && r.lemma(aux).equals("have") && r.is(aux, "AUX") && !r.is(i, "VERB") && !r.is(i, "NOUN")
                && !r.is(i, "PRON") && !r.is(i, "DET") && !WordNet.shared().lexicographerFiles(r.lemma(i), WordNet.Pos.VERB).isEmpty();
    }

    private static boolean verbal(ClaimReading r, int i) {
        return r.is(i, "VERB") || r.is(i, "AUX");
    }
}
