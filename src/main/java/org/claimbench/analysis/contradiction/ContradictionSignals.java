package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.events.EventKeys;

/**
 * Runs every signal on a pair of claims, after deciding whether the pair may be compared at all:
 * claims whose articles report different events are compared only when they speak of the same
 * event (a day, an ordinal or a named meeting one claim names and the other names or reports), and
 * the reason says so, or when both name one agreement by a phrase of its own ({@link SharedAgreement}). Signals: {@link QuantitySignal}, {@link NegationSignal},
 * {@link AntonymSignal}, {@link FactualitySignal}, {@link ConditionSignal}, {@link ScopeSignal}, {@link FocusSignal},
 * {@link JudgementSignal}, {@link MediationSignal}, {@link AspectSignal}, {@link DaySignal}, {@link TimeOfDaySignal}, {@link ContrastSignal},
 * {@link FalsifiedReportSignal}, {@link ContingentShares}, {@link UniversalAgainstDenial}, {@link TalksDeniedAgainstAgreement},
 * {@link DemandAgainstRefusal}, {@link FigureCalledUnreal}, {@link UnboundedAgainstBoundedDuration},
 * {@link FormerAgainstSittingTitle}, {@link PartDeniedAgainstAuthorisation}, {@link ConditionDeniedOfText},
 * {@link EventTimeSignal}, {@link WeekdayAgainstDateSignal}, {@link AgreementStageSignal},
 * {@link CriticismDismissedSignal}, {@link RateAgainstTotal}, {@link BeyondAgainstWithin}.
 */
final class ContradictionSignals {

    private static final List<PairSignal> SIGNALS = List.of(new QuantitySignal(), new NegationSignal(), new AntonymSignal(),
            new FactualitySignal(), new ConditionSignal(), new ScopeSignal(), new FocusSignal(), new JudgementSignal(), new MediationSignal(), new AspectSignal(), new DaySignal(), new TimeOfDaySignal(), new ContrastSignal(),
            new FalsifiedReportSignal(), new TroponymDenial(), new YieldingSignal(), ContingentShares.SIGNAL,
            new UniversalAgainstDenial(), new TalksDeniedAgainstAgreement(), new DemandAgainstRefusal(), new FigureCalledUnreal(),
            new UnboundedAgainstBoundedDuration(), new FormerAgainstSittingTitle(), new PartDeniedAgainstAuthorisation(),
            new ConditionDeniedOfText(), new EventTimeSignal(), new LastYearAgainstMonth(), new WeekdayAgainstDateSignal(),
            new AgreementStageSignal(), new CriticismDismissedSignal(), new RateAgainstTotal(), new BeyondAgainstWithin());

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
        // A word whose bit is not in the other claim's signature is not among its words ({@link ClaimHolds#words}).
        long others = b.holds.words;
        for (String w : a.words) {
            if ((others & ClaimHolds.signature(w)) != 0 && b.words.contains(w)) {
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
        return signalsThatMayFire(a, b) != 0;
    }

    /** Every signal, a bit each by its place in the list ({@link #signalsThatMayFire}); a long, as 31 signals filled an int. */
    static final long ALL = (1L << SIGNALS.size()) - 1;

    static {
        if (SIGNALS.size() > 63) {
            throw new IllegalStateException("more signals than bits of a long: " + SIGNALS.size());
        }
    }

    /**
     * The signals that can fire on two claims (a the one with the lower id), a bit each by their place in the list
     * ({@link PairSignal#mayFire}); 0 when none can. {@link #between(ClaimFeatures, ClaimFeatures, Pair, long)} asks only these:
     * the others would find nothing in any context.
     */
    static long signalsThatMayFire(ClaimFeatures a, ClaimFeatures b) {
        long mask = 0;
        for (int i = 0; i < SIGNALS.size(); i++) {
            mask |= SIGNALS.get(i).mayFire(a, b) ? 1L << i : 0;
        }
        return mask;
    }

    /** Whether two claims are about the same event ({@link Pair#sameEvent}): one article, or their articles' events not known or equal. */
    static boolean sameEvent(ClaimFeatures a, ClaimFeatures b) {
        boolean same = a.facts.articleId() == b.facts.articleId() || a.event.isEmpty() || b.event.isEmpty() || a.event.equals(b.event);
        // A claim that names a month before its article's event recalls another event ("In March they had spoken for two hours").
        return same && !a.elsewhen && !b.elsewhen;
    }

    /** Every signal found between two claims in their context, in the signals' order (an unmodifiable empty list when none). */
    static List<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        return between(a, b, pair, ALL);
    }

    /** As {@link #between(ClaimFeatures, ClaimFeatures, Pair)}, asking only the signals whose bits are set ({@link #signalsThatMayFire}). */
    static List<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair, long signals) {
        // Most pairs find no signal: their list is the empty one, made without allocating.
        List<Signal> out = null;
        for (int i = 0; i < SIGNALS.size(); i++) {
            if ((signals & 1L << i) == 0) {
                continue;
            }
            Optional<Signal> found = SIGNALS.get(i).between(a, b, pair);
            if (found.isPresent()) {
                out = out == null ? new ArrayList<>(2) : out;
                out.add(found.get());
            }
        }
        if (out == null) {
            return List.of();
        }
        // Two claims that state the same figure of the same thing agree on it: a denial between them is
        // a difference of wording ("the third recorded strike this year" / "the third since the spring").
        if (QuantitySignal.agree(a, b)) {
            out.removeIf(s -> s.name().equals("denial"));
        }
        // A claim that denies an act only for an earlier time and then tells it done ("had not approved it earlier, but later
        // approved it") denies nothing to an account of the act that names no day, unless that account denies something itself.
        if (RevisedDenial.voidBetween(a, b) && (a.negationCue == null || b.negationCue == null)) {
            out.removeIf(s -> s.name().equals("denial"));
        }
        return out;
    }

    /**
     * An event one claim names that the other names or its article reports, described; else the agreement both name by a phrase
     * of its own ({@link SharedAgreement}: its conclusion and its signing are two events of one agreement); "" if none.
     */
    private static String sharedEvent(ClaimFeatures a, ClaimFeatures b) {
        String k = sharedEventKey(a, b);
        return k == null ? SharedAgreement.between(a, b) : EventKeys.describe(k);
    }

    /**
     * Whether two claims can be a pair at all ({@link #pair} is not null): about the same event, or naming an event in common.
     * Asked before the signals' bound, so a pair of two events is decided without asking every signal (the same answer).
     */
    static boolean comparable(ClaimFeatures a, ClaimFeatures b) {
        return sameEvent(a, b) || sharedEventKey(a, b) != null || !SharedAgreement.between(a, b).isEmpty();
    }

    /** The key of an event one claim names that the other names or its article reports; null if none. */
    private static String sharedEventKey(ClaimFeatures a, ClaimFeatures b) {
        // Signatures first: most pairs of different events name none in common ({@link ClaimHolds#namedEvents}).
        if ((a.holds.namedEvents & (b.holds.namedEvents | b.holds.articleEvents)) == 0 && (b.holds.namedEvents & a.holds.articleEvents) == 0) {
            return null;
        }
        List<String> ka = a.specificKeys;
        List<String> kb = b.specificKeys;
        for (String k : ka) {
            if (kb.contains(k) || b.facts.eventKeys().contains(k)) {
                return k;
            }
        }
        for (String k : kb) {
            if (a.facts.eventKeys().contains(k)) {
                return k;
            }
        }
        return null;
    }
}
