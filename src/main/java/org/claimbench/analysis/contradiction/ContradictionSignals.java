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
            new FalsifiedReportSignal(), ContingentShares::between);

    /**
     * The pair's context, or null when the two claims are about different events, name none in common, and are not alike claims of
     * events a few days apart ({@link #nearAndAlike}).
     */
    static Pair pair(ClaimFeatures a, ClaimFeatures b) {
        boolean sameArticle = a.facts.articleId() == b.facts.articleId();
        boolean sameEvent = sameArticle || a.event.isEmpty() || b.event.isEmpty() || a.event.equals(b.event);
        // A claim that names a month before its article's event recalls another event ("In March they had spoken for two hours").
        boolean recalls = a.elsewhen || b.elsewhen;
        boolean twoEvents = !sameEvent && !recalls;
        sameEvent = sameEvent && !recalls;
        String sharedEvent = "";
        if (!sameEvent) {
            sharedEvent = sharedEvent(a, b);
            if (sharedEvent.isEmpty()) {
                sharedEvent = twoEvents ? nearAndAlike(a, b) : "";
                if (sharedEvent.isEmpty()) {
                    return null;
                }
                // Read as one event's: every signal compares them, and the reason says how they were brought together.
                sameEvent = true;
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

    /** Events at most this many days apart (a reaction, a later report, a dateline read as the event's day)… */
    static final int NEAR_DAYS = 7;
    /** …whose claims are this alike in meaning speak of the same thing. */
    static final double ALIKE = 0.6;

    /**
     * Two claims of events read apart that lie within {@link #NEAR_DAYS} of each other, and that are {@link #ALIKE} in meaning: one
     * contact's reports are often read as several events (a reaction's day, a later piece's), and contacts of the same sides days
     * apart are told apart by what their claims speak of. Described ("the same thing: their articles' events, read as two, are 2
     * days apart at most, …"); "" if not. Days: {@link EventKeys#span}.
     */
    private static String nearAndAlike(ClaimFeatures a, ClaimFeatures b) {
        if (a.eventSpan == null || b.eventSpan == null) {
            return "";
        }
        long apart = EventKeys.daysApart(a.eventSpan, b.eventSpan);
        double cosine = apart > NEAR_DAYS ? Double.NaN : a.facts.vector().cosine(b.facts.vector());
        return Double.isNaN(cosine) || cosine < ALIKE ? "" : String.format(java.util.Locale.ROOT,
                "the same thing: their articles' events, read as two, are %d days apart at most, and the claims are alike in "
                        + "meaning (cosine %.2f)", apart, cosine);
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
