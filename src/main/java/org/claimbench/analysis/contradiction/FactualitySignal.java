package org.claimbench.analysis.contradiction;

import java.util.Optional;
import java.util.Set;

import org.claimbench.domain.ContradictionKind;

/**
 * The same event given two statuses that cannot both hold: agreed against cancelled, cancelled
 * against postponed, agreed against only possible, planned against not yet decided (the
 * categories of {@link Factuality}, after FactBank). Both claims must speak of the same thing: a
 * shared noun, or close meaning vectors within one event.
 */
final class FactualitySignal implements PairSignal {

    /**
     * The nouns, names and pronouns before a status cue in its clause, by lemma ("The pilots firmly support …" gives
     * {pilot}; "We simply do not agree" gives {we}; {@link Clauses#partiesBefore(int, boolean)}): the subject's words that
     * can tell a party, its determiners, auxiliaries and adverbs left out by their parts of speech. Empty when the cue is
     * not found or opens its clause.
     */
    private static Set<String> subject(ClaimReading r, String cue) {
        String first = Lexicons.SPACES.split(bare(cue))[0].toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < r.size() && !first.isEmpty(); i++) {
            // A lemma the lemmatizer left as it stands ("organised") still begins with the cue's.
            if (r.lemma(i).toLowerCase(java.util.Locale.ROOT).startsWith(first)) {
                Set<String> out = new java.util.HashSet<>();
                ClauseParties.partiesBefore(r, i, true).forEach(p -> out.add(p.toLowerCase(java.util.Locale.ROOT)));
                return out;
            }
        }
        return Set.of();
    }

    /**
     * Personal pronouns (a closed class, Quirk et al. 1985, 6.13) and existential "there" ("there is no agreement", 18.44): a
     * subject they name is no party told apart.
     */
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which", "there");

    /** Whether two statuses' subjects are named and share no word ("the board agreed" / "the union does not agree"). */
    private static boolean otherSubjects(ClaimFeatures a, ClaimFeatures.Status x, ClaimFeatures b, ClaimFeatures.Status y) {
        Set<String> px = new java.util.HashSet<>(parties(a, x));
        Set<String> py = new java.util.HashSet<>(parties(b, y));
        px.removeAll(PRONOUNS);
        py.removeAll(PRONOUNS);
        return !px.isEmpty() && !py.isEmpty() && !share(px, py);
    }

    /** Who takes a status: its names, or an elided predicate's parties, else the words before its cue in its clause. */
    private static Set<String> parties(ClaimFeatures f, ClaimFeatures.Status s) {
        return s.agents().isEmpty() ? subject(f.reading, s.cue()) : Set.copyOf(s.agents());
    }

    /** Whether two sets of party words share one, a plural and its singular alike ("haulier" / "hauliers"). */
    private static boolean share(Set<String> px, Set<String> py) {
        return px.stream().anyMatch(p -> py.stream().anyMatch(q -> Lexicons.sameRoot(p, q)));
    }

    /** Whether a claim gives a status to something it does not name ("rejected it", "but the hauliers are not"). */
    private static boolean anaphoric(ClaimFeatures f) {
        for (ClaimFeatures.Status s : f.statuses) {
            if (s.target().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of conflict two statuses make: when the event happens (held or planned against postponed: TimeML's
     * aspectual class, a shift in time) is temporal; whether it is so (certain, planned, possible, undecided, cancelled:
     * FactBank's factuality values, a difference of polarity or of certainty) is polarity, however weak the conflict.
     */
    static ContradictionKind kind(Factuality a, Factuality b) {
        boolean deferred = a == Factuality.DEFERRED || b == Factuality.DEFERRED;
        boolean happens = a == Factuality.CERTAIN || a == Factuality.PROBABLE || b == Factuality.CERTAIN || b == Factuality.PROBABLE;
        return deferred && happens ? ContradictionKind.TEMPORAL : ContradictionKind.POLARITY;
    }

    /** Whether a claim denies a status of a whole kind ({@link WholeKindDenial}). */
    private static boolean wholeKindDenied(ClaimFeatures f) {
        for (ClaimFeatures.Status s : f.statuses) {
            if (WholeKindDenial.of(f, s)) {
                return true;
            }
        }
        return false;
    }

    private static String bare(String cue) {
        return cue.startsWith("not ") ? cue.substring(4) : cue;
    }

    /** Factuality.values() once: the call copies the array, and mayFire asks for every candidate pair (speed round 34). */
    private static final Factuality[] FACTUALITIES = Factuality.values();

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        // Two statuses whose values conflict at all ({@link Factuality#conflict}).
        for (Factuality x : FACTUALITIES) {
            if ((a.holds.statusValues & 1 << x.ordinal()) != 0 && (b.holds.statusValues & Factuality.conflicting(x)) != 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (a.statuses.isEmpty() || b.statuses.isEmpty()) {
            return Optional.empty();
        }
        boolean related = pair.related(0.4);
        boolean twoAccounts = pair.sameEvent() && pair.twoAccounts(a);
        if (!related && !(twoAccounts && (anaphoric(a) || anaphoric(b))) && !(pair.sameEvent() && (wholeKindDenied(a) || wholeKindDenied(b)))) {
            return Optional.empty();
        }
        double best = 0;
        ClaimFeatures.Status sa = null;
        ClaimFeatures.Status sb = null;
        // A denial the claim bounds to an earlier time and revises is none against an account that names no day (RevisedDenial).
        boolean voidA = a.revisedDenial && !RevisedDenial.standsAgainst(b);
        boolean voidB = b.revisedDenial && !RevisedDenial.standsAgainst(a);
        for (ClaimFeatures.Status x : a.statuses) {
            if (voidA && x.cue().startsWith("not ")) {
                continue;
            }
            for (ClaimFeatures.Status y : b.statuses) {
                if (voidB && y.cue().startsWith("not ")) {
                    continue;
                }
                // Of the same thing: the noun each status is about must be one noun or WordNet synonyms ("the summit … cancelled" /
                // "postponed the summit"; "talks … started" / "the hearings have not started yet").
                // And of the same party: "Israel approved it" and "Iran had not accepted it" can both hold.
                boolean otherParties = !x.agents().isEmpty() && !y.agents().isEmpty() && x.agents().stream().noneMatch(y.agents()::contains)
                        && !Lexicons.DENIALS.contains(bare(x.cue())) && !Lexicons.DENIALS.contains(bare(y.cue()));
                // A stance (support, oppose, veto …) is one party's: with no name before either verb, the words before the verbs
                // tell the parties apart ("the council supports" / "the union opposes" can both hold; "the pilots" twice cannot).
                if ((Factuality.stance(x.cue()) || Factuality.stance(y.cue())) && (x.agents().isEmpty() || y.agents().isEmpty())) {
                    // An elided predicate's status keeps its parties as agents ("but the hauliers are not").
                    Set<String> px = parties(a, x);
                    Set<String> py = parties(b, y);
                    otherParties |= px.isEmpty() || py.isEmpty() || !share(px, py);
                }
                // A pronoun's noun is not named ("rejected it"): the other claim's, when another account of the event says
                // something close to it.
                boolean anaphoric = x.target().isEmpty() || y.target().isEmpty();
                boolean sameThing = related && ((!anaphoric && WordSenses.same(x.target(), y.target(), "NOUN"))
                        || (anaphoric && twoAccounts && pair.related(0.45)));
                // The same predicate, affirmed by one account of the event and denied of "it" by another ("she agreed to the
                // terms" / "we do not agree with it"): the pronoun takes its meaning from what it answers, so the two claims
                // need not read alike.
                // Two answers to a proposal, one of them to "it" ("agrees with the proposal" / "rejected it once again"): the
                // pronoun answers the proposal if the two speak of the same business at all. Either way, by one party: "the board
                // agreed to the lease" and "the union does not agree with it" can both hold ("we" and "she" tell no party apart).
                boolean answers = Lexicons.sameRoot(bare(x.cue()), bare(y.cue()))
                        || (Factuality.response(x.cue()) && Factuality.response(y.cue()) && pair.related(0.25));
                sameThing |= anaphoric && twoAccounts && answers && !otherSubjects(a, x, b, y);
                // A predicate denied of a whole kind ("no agreement on any truce") denies it of the one thing the other account
                // of the event affirms it of ("had agreed to the deal"), whatever noun each names, by another source or the same
                // one (WholeKindDenial).
                // Denied of any party when the denial names none ("there is no agreement …"): only parties named apart on both sides
                // keep the two apart.
                boolean wholeKind = pair.sameEvent() && WholeKindDenial.between(a, x, b, y) && !otherSubjects(a, x, b, y);
                double c = (sameThing && !otherParties) || wholeKind ? Factuality.conflict(x.value(), y.value()) : 0;
                if (c > best) {
                    best = c;
                    sa = x;
                    sb = y;
                }
            }
        }
        if (sa == null) {
            return Optional.empty();
        }
        String thing = !sa.target().isEmpty() ? sa.target() : !sb.target().isEmpty() ? sb.target() : "thing";
        ClaimFeatures.Status first = sa;
        ClaimFeatures.Status second = sb;
        return Optional.of(new Signal("status", kind(sa.value(), sb.value()), best,
                () -> "“" + first.cue() + "” against “" + second.cue() + "”: the " + thing + " " + first.value().word() + " in one account, "
                        + second.value().word() + " in the other.",
                "status:" + thing + ":" + bare(sa.cue()) + "/" + bare(sb.cue())));
    }
}
