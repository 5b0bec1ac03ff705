package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;

/**
 * The signals that two claims contradict each other, each with the sentence the user reads:
 * different figures for the same quantity, a denial of the same statement, "now" against "only
 * on a condition", praise against failure, a limited against a full scope.
 */
public final class ContradictionSignals {

    private final QuantityReader reader = new QuantityReader();

    /** Every signal found between two claims. */
    public List<Signal> between(ClaimFacts a, ClaimFacts b) {
        return between(new ClaimFeatures(a, reader), new ClaimFeatures(b, reader));
    }

    List<Signal> between(ClaimFeatures a, ClaimFeatures b) {
        List<Signal> out = new ArrayList<>();
        numeric(a, b).ifPresent(out::add);
        // Names (Putin, Ukraine …) are in half of all claims: only the other shared words say the
        // two claims are about the same thing.
        // (Pairs are scored by the hundred thousand: no stream, no set copy, just the few words they share.)
        List<String> shared = new ArrayList<>(4);
        boolean sharedTopic = false;
        for (String w : a.predicates) {
            if (b.predicates.contains(w)) {
                shared.add(w);
                sharedTopic |= ClaimFeatures.TOPICS.contains(w);
            }
        }
        boolean sameArticle = a.facts.articleId() == b.facts.articleId();
        polarity(a, b, shared, sharedTopic).ifPresent(out::add);
        timing(a, b, sharedTopic || (a.onTopic && b.onTopic && sameArticle)).ifPresent(out::add);
        framing(a, b, sharedTopic || sameArticle).ifPresent(out::add);
        scope(a, b, shared, sharedTopic).ifPresent(out::add);
        antonyms(a, b, sharedTopic || sameArticle).ifPresent(out::add);
        contrast(a, b).ifPresent(out::add);
        return out;
    }

    private static Optional<Signal> numeric(ClaimFeatures a, ClaimFeatures b) {
        for (Quantity qa : a.quantities) {
            for (Quantity qb : b.quantities) {
                if (qa.kind() == qb.kind() && Math.abs(qa.value() - qb.value()) > 0.1 * Math.max(qa.value(), qb.value())) {
                    return Optional.of(new Signal("numeric mismatch", ContradictionKind.NUMERIC, 0.6,
                            qa.describe() + " against " + qb.describe() + ": different figures for the " + qa.kind().what() + "."));
                }
            }
        }
        return Optional.empty();
    }

    /** Words too common in reports of a war to say that two claims speak of the same thing. */
    private static final Set<String> GENERIC = Set.of("war", "end", "year", "time", "day", "month", "week", "way", "part", "thing",
            "people", "country", "side", "today", "now");

    private static Optional<Signal> polarity(ClaimFeatures a, ClaimFeatures b, List<String> shared, boolean sharedTopic) {
        if ((a.negation == null) == (b.negation == null) || shared.size() < 2 || !sharedTopic
                || shared.stream().allMatch(GENERIC::contains)) {
            return Optional.empty();
        }
        String negWord = a.negation != null ? a.negation : b.negation;
        return Optional.of(new Signal("polarity mismatch", ContradictionKind.POLARITY, 0.3,
                "One claim says “" + negWord + "” where the other affirms the same thing (both speak of "
                        + String.join(", ", shared.stream().limit(3).toList()) + ")."));
    }

    private static Optional<Signal> timing(ClaimFeatures a, ClaimFeatures b, boolean related) {
        // Both must speak of something that starts: "if Russia is not willing, …" next to "talks will start immediately" is no answer to it.
        if (!related || !a.startsSomething || !b.startsSomething) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[0].immediate != null && p[1].conditional != null && p[1].immediate == null) {
                return Optional.of(new Signal("timing and modality", ContradictionKind.TEMPORAL, 0.45,
                        "“" + p[0].immediate + "” against “" + p[1].conditional + " …”: now, or only on a condition?"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Signal> framing(ClaimFeatures a, ClaimFeatures b, boolean related) {
        if (!related || a.facts.source().equals(b.facts.source())) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[0].positive != null && p[1].negative != null && p[0].negative == null) {
                return Optional.of(new Signal("opposite framing", ContradictionKind.FRAMING, 0.3,
                        p[0].facts.source() + " calls it “" + p[0].positive + "”, " + p[1].facts.source() + " “" + p[1].negative + "”."));
            }
        }
        return Optional.empty();
    }

    /** Opposite words for the same thing, from two different sources. */
    private static Optional<Signal> antonyms(ClaimFeatures a, ClaimFeatures b, boolean related) {
        if (!related || a.facts.source().equals(b.facts.source())) {
            return Optional.empty();
        }
        for (Antonyms.Side sa : a.sides) {
            for (Antonyms.Side sb : b.sides) {
                if (sa.group() != sb.group()) {
                    continue;
                }
                for (Antonyms.Side[] p : new Antonyms.Side[][] {{sa, sb}, {sb, sa}}) {
                    if (p[0].positive() != null && p[0].negative() == null && p[1].negative() != null && p[1].positive() == null) {
                        return Optional.of(new Signal("opposite words", ContradictionKind.POLARITY, 0.35,
                                "“" + p[0].positive() + "” against “" + p[1].negative() + "”: opposite accounts of "
                                        + sa.group().label() + "."));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The article itself opposes two claims: the second follows the first directly and opens with
     * (or comes right after) "although", "however", "despite", "but" …
     */
    private static Optional<Signal> contrast(ClaimFeatures a, ClaimFeatures b) {
        ClaimFeatures first = b.previousId == a.facts.id() ? a : a.previousId == b.facts.id() ? b : null;
        if (first == null) {
            return Optional.empty();
        }
        ClaimFeatures second = first == a ? b : a;
        if (second.contrast == null || first.facts.end() > second.facts.start() - second.contrastDistance) {
            return Optional.empty();
        }
        return Optional.of(new Signal("set against each other", ContradictionKind.FRAMING, 0.35,
                "The article sets the second against the first: “" + second.contrast.toLowerCase(java.util.Locale.ROOT)
                        + "” right after it."));
    }

    private static Optional<Signal> scope(ClaimFeatures a, ClaimFeatures b, List<String> shared, boolean sharedTopic) {
        if (!sharedTopic) {
            return Optional.empty();
        }
        for (ClaimFeatures[] p : new ClaimFeatures[][] {{a, b}, {b, a}}) {
            if (p[0].limited != null && p[1].full != null && p[1].limited == null) {
                return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.25,
                        "“" + p[0].limited + "” against “" + p[1].full + "”: not the same extent of "
                                + shared.stream().filter(ClaimFeatures.TOPICS::contains).findFirst().orElse("it") + "."));
            }
        }
        return Optional.empty();
    }
}
