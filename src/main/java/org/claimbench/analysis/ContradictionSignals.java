package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.ContradictionKind;

/**
 * The signals that two claims contradict each other, each with the sentence the user reads:
 * different figures for the same quantity, a denial of the same statement, "now" against "only
 * on a condition", praise against failure, a limited against a full scope.
 */
public final class ContradictionSignals {

    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|no|never|n't|without|neither|nor|refus\\w*|reject\\w*"
            + "|ruled out|rules out|den(y|ies|ied)|isn't|won't|hasn't|haven't|didn't|doesn't|cannot|can't|nothing|none)\\b|n't\\b");
    private static final Pattern IMMEDIATE = Pattern.compile("(?i)\\b(immediately|right away|at once|without delay|straight away"
            + "|will start|start immediately|begin immediately)\\b");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(when|if|once|only after|only if|provided|on condition|conditions?"
            + "|until|possible if|as soon as)\\b");
    private static final Pattern POSITIVE = Pattern.compile("(?i)\\b(well|excellent|productive|positive|success(ful)?|great|good"
            + "|constructive|breakthrough|progress|significant steps|concessions)\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)\\b(fail(s|ed|ure)?|futile|standstill|stalemate|impasse|no results"
            + "|nothing|humiliat\\w*|ignored|not budged|dismissed|refusals?|no indication|passive|dangerous|for show)\\b");
    private static final Pattern LIMITED = Pattern.compile("(?i)\\b(limited|partial|only|some|specific|narrow)\\b");
    private static final Pattern FULL = Pattern.compile("(?i)\\b(comprehensive|full|complete|general|total|all|entire|broader)\\b");
    private static final Set<String> TOPICS = Set.of("ceasefire", "cease-fire", "negotiation", "talk", "agreement", "peace", "call",
            "conversation", "concession", "truce", "war", "summit", "meeting", "sanction", "deal", "hostility", "infrastructure", "energy");

    private final QuantityReader quantities = new QuantityReader();

    /** Every signal found between two claims. */
    public List<Signal> between(ClaimFacts a, ClaimFacts b) {
        List<Signal> out = new ArrayList<>();
        numeric(a, b).ifPresent(out::add);
        // Names (Putin, Ukraine …) are in half of all claims: only the other shared words say the
        // two claims are about the same thing.
        Set<String> shared = new HashSet<>(Words.predicates(a.text()));
        shared.retainAll(Words.predicates(b.text()));
        boolean sharedTopic = shared.stream().anyMatch(TOPICS::contains);
        boolean bothOnTopic = Words.content(a.text()).stream().anyMatch(TOPICS::contains)
                && Words.content(b.text()).stream().anyMatch(TOPICS::contains);
        polarity(a, b, shared, sharedTopic).ifPresent(out::add);
        timing(a, b, sharedTopic || (bothOnTopic && a.articleId() == b.articleId())).ifPresent(out::add);
        framing(a, b, sharedTopic || a.articleId() == b.articleId()).ifPresent(out::add);
        scope(a, b, shared, sharedTopic).ifPresent(out::add);
        return out;
    }

    Optional<Signal> numeric(ClaimFacts a, ClaimFacts b) {
        for (Quantity qa : quantities.read(a.text())) {
            for (Quantity qb : quantities.read(b.text())) {
                if (qa.kind() == qb.kind() && Math.abs(qa.value() - qb.value()) > 0.1 * Math.max(qa.value(), qb.value())) {
                    return Optional.of(new Signal("numeric mismatch", ContradictionKind.NUMERIC, 0.6,
                            qa.describe() + " against " + qb.describe() + ": different figures for the " + qa.kind().what() + "."));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Signal> polarity(ClaimFacts a, ClaimFacts b, Set<String> shared, boolean sharedTopic) {
        Matcher na = NEGATION.matcher(a.text());
        Matcher nb = NEGATION.matcher(b.text());
        boolean negA = na.find();
        boolean negB = nb.find();
        if (negA == negB || shared.size() < 2 || !sharedTopic) {
            return Optional.empty();
        }
        String negWord = negA ? na.group() : nb.group();
        return Optional.of(new Signal("polarity mismatch", ContradictionKind.POLARITY, 0.3,
                "One claim says “" + negWord.strip() + "” where the other affirms the same thing (both speak of "
                        + String.join(", ", shared.stream().limit(3).toList()) + ")."));
    }

    private static Optional<Signal> timing(ClaimFacts a, ClaimFacts b, boolean sharedTopic) {
        if (!sharedTopic) {
            return Optional.empty();
        }
        for (ClaimFacts[] p : new ClaimFacts[][] {{a, b}, {b, a}}) {
            Matcher now = IMMEDIATE.matcher(p[0].text());
            Matcher cond = CONDITIONAL.matcher(p[1].text());
            if (now.find() && cond.find() && !IMMEDIATE.matcher(p[1].text()).find()) {
                return Optional.of(new Signal("timing and modality", ContradictionKind.TEMPORAL, 0.45,
                        "“" + now.group() + "” against “" + cond.group() + " …”: now, or only on a condition?"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Signal> framing(ClaimFacts a, ClaimFacts b, boolean sharedTopic) {
        if (!sharedTopic || a.source().equals(b.source())) {
            return Optional.empty();
        }
        for (ClaimFacts[] p : new ClaimFacts[][] {{a, b}, {b, a}}) {
            Matcher pos = POSITIVE.matcher(p[0].text());
            Matcher neg = NEGATIVE.matcher(p[1].text());
            if (pos.find() && neg.find() && !NEGATIVE.matcher(p[0].text()).find()) {
                return Optional.of(new Signal("opposite framing", ContradictionKind.FRAMING, 0.3,
                        p[0].source() + " calls it “" + pos.group() + "”, " + p[1].source() + " “" + neg.group() + "”."));
            }
        }
        return Optional.empty();
    }

    private static Optional<Signal> scope(ClaimFacts a, ClaimFacts b, Set<String> shared, boolean sharedTopic) {
        if (!sharedTopic) {
            return Optional.empty();
        }
        for (ClaimFacts[] p : new ClaimFacts[][] {{a, b}, {b, a}}) {
            Matcher lim = LIMITED.matcher(p[0].text());
            Matcher full = FULL.matcher(p[1].text());
            if (lim.find() && full.find() && !LIMITED.matcher(p[1].text()).find()) {
                return Optional.of(new Signal("scope", ContradictionKind.SCOPE, 0.25,
                        "“" + lim.group() + "” against “" + full.group() + "”: not the same extent of "
                                + shared.stream().filter(TOPICS::contains).findFirst().orElse("it") + "."));
            }
        }
        return Optional.empty();
    }

    /** A cue of timing or of praise and blame: such claims are paired within their article or event. */
    static boolean hasTimingCue(String text) {
        return IMMEDIATE.matcher(text).find() || CONDITIONAL.matcher(text).find();
    }

    static boolean hasSentimentCue(String text) {
        return POSITIVE.matcher(text).find() || NEGATIVE.matcher(text).find();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
