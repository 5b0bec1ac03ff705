package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.events.EventKeys;

/**
 * Runs every signal on a pair of claims, after deciding whether the pair may be compared at all:
 * claims whose articles report different events are compared only when they speak of the same
 * event (a day, an ordinal or a named meeting one claim names and the other names or reports), and
 * the reason says so. Signals: {@link QuantitySignal}, {@link NegationSignal},
 * {@link AntonymSignal}, {@link FactualitySignal}, {@link ConditionSignal}, {@link ScopeSignal}, {@link FocusSignal},
 * {@link JudgementSignal}, {@link MediationSignal}, {@link AspectSignal}, {@link DaySignal}, {@link TimeOfDaySignal}, {@link ContrastSignal},
 * {@link FalsifiedReportSignal}, {@link ContingentShares}.
 */
final class ContradictionSignals {

    private static final List<PairSignal> SIGNALS = List.of(new QuantitySignal(), new NegationSignal(), new AntonymSignal(),
            new FactualitySignal(), new ConditionSignal(), new ScopeSignal(), new FocusSignal(), new JudgementSignal(), new MediationSignal(), new AspectSignal(), new DaySignal(), new TimeOfDaySignal(), new ContrastSignal(),
            new FalsifiedReportSignal(), new TroponymDenial(), new YieldingSignal(), ContingentShares.SIGNAL);

    /** The pair's context, or null when the two claims are about different events and name none in common. */
    static Pair pair(ClaimFeatures a, ClaimFeatures b) {
        boolean sameArticle = a.facts.articleId() == b.facts.articleId();
        boolean sameEvent = sameEvent(a, b);
        String sharedEvent = "";
        if (!sameEvent) {
            sharedEvent = sharedEvent(a, b);
            if (sharedEvent.isEmpty()) {
                return null;
            }
        }
        List<String> shared = new ArrayList<>(4);
        for (String w : a.words) {
            if (b.words.contains(w)) {
                shared.add(w);
            }
        }
        return new Pair(sameEvent, sharedEvent, a.facts.source().equals(b.facts.source()), sameArticle, shared,
                a.facts.vector().cosine(b.facts.vector()));
    }

    /**
     * Whether any signal can fire on two claims, from what each holds ({@link PairSignal#mayFire}): when none can,
     * {@link #between} finds nothing in any context, so the pair is decided without its context or its signals.
     */
    static boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        for (PairSignal s : SIGNALS) {
            if (s.mayFire(a, b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two claims are about the same event ({@link Pair#sameEvent}): one article, or their articles' events not known or equal. */
    static boolean sameEvent(ClaimFeatures a, ClaimFeatures b) {
        boolean same = a.facts.articleId() == b.facts.articleId() || a.event.isEmpty() || b.event.isEmpty() || a.event.equals(b.event);
        // A claim that names a month before its article's event recalls another event ("In March they had spoken for two hours").
        return same && !a.elsewhen && !b.elsewhen;
    }

    /** Every signal found between two claims in their context. */
    static List<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        List<Signal> out = new ArrayList<>(2);
        for (PairSignal s : SIGNALS) {
            s.between(a, b, pair).ifPresent(out::add);
        }
        // Two claims that state the same figure of the same thing agree on it: a denial between them is
        // a difference of wording ("the third recorded strike this year" / "the third since the spring").
        if (!out.isEmpty() && QuantitySignal.agree(a, b)) {
            out.removeIf(s -> s.name().equals("denial"));
        }
        return out;
    }

    /** An event one claim names that the other names or its article reports, described; "" if none. */
    private static String sharedEvent(ClaimFeatures a, ClaimFeatures b) {
        List<String> ka = a.specificKeys;
        List<String> kb = b.specificKeys;
        for (String k : ka) {
            if (kb.contains(k) || b.facts.eventKeys().contains(k)) {
                return EventKeys.describe(k);
            }
        }
        for (String k : kb) {
            if (a.facts.eventKeys().contains(k)) {
                return EventKeys.describe(k);
            }
        }
        return "";
    }
}
