package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordForms;
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
        Reported content = reported(denying);
        List<String> reported = content.verbs();
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
        // A report of an act called false ("claims of rocket fire were false") denies the act: the other claim affirms its head
        // ("fire"), or an act of the same kind, named by a compound of the same modifier ("rocket attacks": an act of the kind
        // "rocket" names, Downing 1977 on compounds' classifying modifiers), asserted (not negated, not in a negation's scope,
        // not supposed). A modifier alone is no act ("the harbour" is not "a harbour blockade").
        for (String noun : content.nouns()) {
            boolean head = noun.equals(content.nouns().get(content.nouns().size() - 1));
            for (int i = 0; i < affirming.reading.size(); i++) {
                if (!affirming.reading.is(i, "NOUN") || !affirming.reading.lemma(i).equals(noun)) {
                    continue;
                }
                String act = head ? noun
                        : i + 1 < affirming.reading.size() && affirming.reading.is(i + 1, "NOUN") && eventNoun(affirming.reading.lemma(i + 1))
                                ? affirming.reading.lemma(i + 1) : null;
                if (act != null && asserted(affirming, act)) {
                    String said = head ? noun : noun + " " + act;
                    return Optional.of(new Signal("denial", ContradictionKind.POLARITY, 0.4,
                            () -> "“" + String.join(" ", content.nouns()) + "” reported and called false in one claim, “" + said
                                    + "” in the other: one denies what the other affirms.", "falsified:" + noun));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean asserted(ClaimFeatures f, String word) {
        return !f.negated.contains(word) && !f.scoped.contains(word) && !f.supposed.contains(word);
    }

    /** What a claim calls false: the verbs of the report's content, and the nouns of a report's "of" phrase, its head last ("claims of missile fire"). */
    record Reported(List<String> verbs, List<String> nouns) {
        static final Reported NONE = new Reported(List.of(), List.of());

        boolean isEmpty() {
            return verbs.isEmpty() && nouns.isEmpty();
        }
    }

    /** The verbs of a content clause that the claim calls false ("claims that they surrendered are wrong": surrender); none if none. */
    static List<String> reportedFalse(ClaimFeatures f) {
        return reported(f).verbs();
    }

    /**
     * What the claim calls false: a report noun's content clause ("claims that they surrendered are wrong": surrender) or its
     * "of" phrase naming an act or event ("claims of missile fire are false": fire, and the nouns
     * missile, fire). A report noun's "of" phrase is its content when its head names an act, an event or a process (WordNet
     * 3.1's noun.act, noun.event, noun.process, noun.phenomenon), as the nominalisation of a clause (Quirk et al. 1985, 17.51 and
     * 17.54: "the report of his arrival" is "the report that he arrived"); when it names a person or a group it is the one who
     * reports ("claims of the minister": the minister claims), no content. The verbs it names are the head's derived verbs.
     */
    static Reported reported(ClaimFeatures f) {
        ClaimReading r = f.reading;
        for (int i = 0; i < r.size(); i++) {
            // A sentence-initial "Claims" is often tagged a proper noun.
            if (!(r.is(i, "NOUN") || r.is(i, "PROPN")) || !REPORTS.contains(r.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int that = -1;
            List<String> named = List.of();
            List<String> namedVerbs = List.of();
            if (i + 2 < r.size() && r.lemma(i + 1).equals("of")) {
                List<String> nouns = new ArrayList<>(3);
                for (int j = i + 2; j < r.size() && !r.lemma(j).equals("of"); j++) {
                    if (r.is(j, "NOUN")) {
                        nouns.add(r.lemma(j));
                    } else if (!(r.is(j, "ADJ") || r.is(j, "DET") || r.is(j, "NUM") || r.is(j, "PROPN"))) {
                        break;
                    }
                }
                if (!nouns.isEmpty() && eventNoun(nouns.get(nouns.size() - 1))) {
                    that = i + 1;
                    named = List.copyOf(nouns);
                    namedVerbs = WordForms.derivedVerbs(nouns.get(nouns.size() - 1));
                }
            }
            for (int j = i + 1; j < r.size() && j <= i + 12 && that < 0 && !verbal(r, j); j++) {
                if (r.lemma(j).equals("that")) {
                    that = j;
                }
            }
            // A verb between the noun and "that" takes the clause ("the statement confirmed that …"); a verb right after
            // "that" marks a relative clause with its subject gapped ("the report that appeared …"), which gives the
            // report no content (Huddleston and Pullum 2002, ch. 11 and 12: a content clause is complete, a relative one has a gap).
            if (that < 0 || !r.lemma(that).equals("of") && that + 1 < r.size() && verbal(r, that + 1)) {
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
                List<String> verbs = new ArrayList<>(namedVerbs);
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
                return new Reported(List.copyOf(verbs), named);
            }
        }
        return Reported.NONE;
    }

    /** Whether a noun's first sense names an act, an event, a process or a phenomenon (WordNet 3.1's lexicographer files). */
    private static boolean eventNoun(String noun) {
        return Set.of("noun.act", "noun.event", "noun.process", "noun.phenomenon").contains(WordNet.shared().lexicographerFile(noun, WordNet.Pos.NOUN));
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
