package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * One arrangement (a scheme, a programme, a framework) told settled in one account and not yet settled in the other: "the
 * two leaders have agreed a student exchange scheme" against "agreement on the student exchange scheme has yet to be reached";
 * "unveiled a new cadet training programme" against "the cadet training programme remains unresolved". The status is the
 * verb's factuality (FactBank, Saurí and Pustejovsky 2009): an affirmed past or perfect of a verb of settling or presenting an
 * arrangement ("agreed", "unveiled", "launched", "negotiated", "signed up to") commits the writer to the arrangement as a fact
 * (CT+); "yet to be agreed", "has yet to be reached", "not yet agreed", "remains unresolved", "still to be worked out", "still
 * being negotiated", "disagreements persist over" say it is not yet so (the "not yet" of the aspectual adverbs: Quirk et al.
 * 1985, 8.94, "yet" and "still"; "unresolved", Merriam-Webster: "not settled"). Both cannot hold of one arrangement at once.
 *
 * <p>Guards: the same arrangement in both (a noun of arrangement with a modifier word in common before it: "youth mobility
 * scheme" and "youth experience scheme", not "the plan" and "the plan"); one event, two accounts, related at the status floor
 * (0.4); the settling verb not negated, not an infinitive or a modal's ("to be agreed", "will launch"), and not followed by
 * an infinitive of talking ("agreed to discuss a scheme" settles nothing). A state's agreement ("deal", "treaty") is the
 * agreement-stage signal's ({@link AgreementStageSignal}); a claim that tells an arrangement both ways is left out.
 */
final class ArrangementStatusSignal implements PairSignal {

    /**
     * Nouns of an arrangement a government sets up or joins (WordNet 3.1: scheme.n.01 "an elaborate and systematic plan of
     * action", programme.n.02, framework.n.03, arrangement.n.03, mechanism.n.05 in the sense of a procedure, initiative).
     */
    private static final String NOUN = "(?<noun>scheme|programme|program|framework|arrangement|mechanism|initiative)s?";

    private static final Pattern NOUN_WORD = Pattern.compile("\\b" + NOUN + "\\b");

    /**
     * A verb of settling an arrangement, past or participle (the affirmed event of FactBank's CT+): of agreeing on it ("agreed",
     * "negotiated", "signed up to", "struck", "secured") or of giving it its form and presenting it ("unveiled", "launched", "set
     * up", "established", "introduced").
     */
    private static final Pattern SETTLED = Pattern.compile("\\b(?:(?<agree>agreed(?:\\s+(?:on|upon))?|negotiated|signed up to|struck"
            + "|secured)|(?<form>unveiled|launched|set up|established|introduced))\\b");

    /** Before a settling verb: a modal, the infinitive's "to be" or "be", which put it still to come ("to be agreed"). */
    private static final Pattern UNREAL = Pattern.compile("\\b(?:to|be|will|would|could|should|may|might|must|shall|can|yet|still)\\s+$");

    /** An infinitive of talking after a settling verb: "agreed to discuss a scheme", "agreed to work on" (Levin 1993, 37.6). */
    private static final Pattern TALK = Pattern.compile("^\\s*(?:\\w+\\s+){0,2}?to\\s+(?:discuss|negotiate|explore|consider|work|talk|look|examine|study|pursue)\\b");

    /**
     * An agreement on it not yet reached (Quirk et al. 1985, 8.94: "have yet to", "not yet", "still"): "has yet to be reached",
     * "not yet agreed", "still being negotiated", "disagreements persist", "in dispute".
     */
    private static final Pattern UNAGREED = Pattern.compile("\\b(?:yet\\s+to\\s+be\\s+(?:agreed|reached|struck|negotiated)"
            + "|not\\s+(?:yet|been)\\s+(?:agreed|reached|struck)|still\\s+(?:to\\s+be|being)\\s+(?:negotiated|agreed)"
            + "|disagreements?\\s+(?:persists?|remains?|continues?)|(?:in dispute|disputed))\\b");

    /**
     * Its form not yet settled: "unresolved", "undecided", "unsettled" (Merriam-Webster, unresolved: "not settled"), "yet to be
     * worked out", "still being hammered out", a "sticking point".
     */
    private static final Pattern UNFORMED = Pattern.compile("\\b(?:unresolved|undecided|unsettled|sticking points?"
            + "|yet\\s+to\\s+be\\s+(?:settled|decided|finali[sz]ed|worked out|resolved|determined)"
            + "|still\\s+(?:to\\s+be|being)\\s+(?:worked out|hammered out|ironed out|discussed|designed|finali[sz]ed))\\b");

    /** Determiners, evaluative and general adjectives before a noun that name no one arrangement ("a new scheme"). */
    private static final Set<String> GENERAL = Set.of("a", "an", "the", "this", "that", "its", "their", "our", "his", "her", "new",
            "mutual", "proposed", "planned", "much", "discussed", "much-discussed", "joint", "for", "on", "of", "over", "to", "and",
            "will", "join", "uk", "eu", "capped", "limited", "broad", "wider", "whole", "entire", "such", "any", "which");

    private static final double RELATED = 0.4;
    private static final double WEIGHT = 0.5;

    /**
     * What a claim tells of an arrangement: of the agreeing on it or of its form, settled or not yet, the words, and the modifier
     * words that name it.
     */
    record Told(boolean agreeing, boolean settled, String words, Set<String> names) {
    }

    /** The one status a claim tells of an arrangement, or null when it tells none or both. */
    static Told told(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int[] noun = null;
        Set<String> names = Set.of();
        // The first noun of arrangement that a modifier names ("the framework for a youth mobility scheme": the scheme).
        for (Matcher n = NOUN_WORD.matcher(t); n.find() && names.isEmpty(); ) {
            names = modifiers(t, n.start());
            noun = new int[] {n.start(), n.end()};
        }
        if (names.isEmpty()) {
            return null;
        }
        Told open = null;
        for (Pattern p : List.of(UNAGREED, UNFORMED)) {
            for (Matcher u = p.matcher(t); u.find() && open == null; ) {
                if (near(t, u.start(), u.end(), noun[0], noun[1])) {
                    open = new Told(p == UNAGREED, false, text.substring(u.start(), u.end()), names);
                }
            }
        }
        Told settled = null;
        for (Matcher s = SETTLED.matcher(t); s.find(); ) {
            String before = t.substring(Math.max(0, s.start() - 12), s.start());
            if (s.start() > noun[0] || noun[0] - s.end() > 60 || UNREAL.matcher(before).find()
                    || negated(t, s.start()) || TALK.matcher(t.substring(s.end())).find()) {
                continue;
            }
            settled = new Told(s.group("agree") != null, true, text.substring(s.start(), s.end()), names);
        }
        return open != null && settled != null ? null : open != null ? open : settled;
    }

    /** The content words right before the noun, up to three (its premodifiers: "youth mobility" of "youth mobility scheme"). */
    private static Set<String> modifiers(String t, int at) {
        String[] w = t.substring(0, at).trim().split("[^a-z0-9-]+");
        java.util.LinkedList<String> out = new java.util.LinkedList<>();
        for (int i = w.length - 1; i >= Math.max(0, w.length - 3); i--) {
            if (w[i].isEmpty() || GENERAL.contains(w[i])) {
                break;
            }
            out.addFirst(w[i]);
        }
        return new java.util.LinkedHashSet<>(out);
    }

    /** Whether the status phrase and the noun lie in one sentence within twelve words of each other. */
    private static boolean near(String t, int s, int e, int ns, int ne) {
        int from = Math.min(s, ns);
        int to = Math.max(e, ne);
        String between = t.substring(from, to);
        return !between.matches("(?s).*[.;!?].*") && between.split("\\s+").length <= 14;
    }

    /** Whether "not", "never" or "n't" stands in the three words before position at. */
    private static boolean negated(String t, int at) {
        String[] w = t.substring(0, at).trim().split("\\s+");
        String near = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - 3), w.length));
        return near.matches(".*\\b(?:not|never|no)\\b.*") || near.contains("n't") || near.contains("n’t");
    }

    /** The status of a claim, read once and kept on it (an empty list when it tells none). */
    static List<Told> of(ClaimFeatures f) {
        List<Told> t = f.arrangementStatus;
        if (t == null) {
            Told one = told(f.facts.text());
            t = one == null ? List.of() : List.of(one);
            f.arrangementStatus = t;
        }
        return t;
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !of(a).isEmpty() && !of(b).isEmpty();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!mayFire(a, b) || !pair.sameEvent() || !pair.twoAccounts(a) || !pair.related(RELATED)) {
            return Optional.empty();
        }
        Told x = of(a).get(0);
        Told y = of(b).get(0);
        // Factuality is a property of one event (Saurí and Pustejovsky 2009): agreeing on a scheme is one event, giving it its form
        // another, and one may be done while the other is not ("agreed to join a scheme whose framework is unresolved").
        if (x.settled() == y.settled() || x.agreeing() != y.agreeing() || java.util.Collections.disjoint(x.names(), y.names())) {
            return Optional.empty();
        }
        Told settled = x.settled() ? x : y;
        Told open = x.settled() ? y : x;
        List<String> shared = new ArrayList<>(settled.names());
        shared.retainAll(open.names());
        return Optional.of(new Signal("arrangement status", ContradictionKind.TEMPORAL, WEIGHT,
                () -> "“" + settled.words() + "” in one account, “" + open.words() + "” in the other, of the same "
                        + String.join(" ", shared) + " arrangement: settled already, or not yet.",
                "arrangement:" + String.join("+", shared)));
    }
}
