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
 * One agreement told at a stage it has passed in one account and as still to reach that stage in the other: "have signed the
 * agreement" against "are expected to meet in the coming months to sign the deal"; "concluded a convention" against "agreed to
 * negotiate a convention"; "finalized the deal" against "a deal in principle". The stages of a treaty's making come in one order
 * (the Vienna Convention on the Law of Treaties, 1969, arts. 9–16 and 24: negotiation and the adoption of the text, its signature,
 * consent to be bound by ratification, entry into force), and news writing names an agreement "in principle", a "framework" or
 * "preliminary" deal, before its text is concluded or finalised (AP Stylebook, "agreement in principle"). A stage cannot be both
 * done and still to come, so a stage done in one account conflicts with the same stage, or an earlier one, still to come in the
 * other. Factuality reads "agreed to negotiate" as agreed (certain), and "concluded" as certain too: it has no order of stages.
 *
 * <p>Guards: the two speak of one agreement (a singular noun of agreement in each, WordNet 3.1's agreement.n.01 and the nouns it
 * files under it that news uses for a state's agreements, and a word shared besides the stage's own), are about one event and
 * related by meaning at the status floor (0.4); a negated stage is left to the denial signals; a claim that names a day, a date, a
 * month or a deictic day ("today", "next week") is left out: an agreement's stage changes over time, and an account of a signing "on 24 July" is no denial of an
 * earlier report that it was still to be signed (TimeML: a status holds at its report's time).
 */
final class AgreementStageSignal implements PairSignal {

    /**
     * The stages in their order (Vienna Convention, arts. 9–16, 24). Talks and an agreement in principle come before CONCLUDED;
     * ratification is one party's consent to be bound (art. 14), apart from the treaty's entry into force (art. 24).
     */
    enum Stage {
        CONCLUDED("concluded"), SIGNED("signed"), RATIFIED("ratified"), IN_FORCE("in force");

        private final String word;

        Stage(String word) {
            this.word = word;
        }
    }

    /** A stage an account tells done, or still to come; the words it is told in. */
    record Told(Stage stage, boolean done, String words, AgreementPhrase phrase) {
    }

    /**
     * The singular nouns of a state's agreements: WordNet 3.1's agreement.n.01 ("the statement (oral or written) of an exchange of
     * promises") and its hyponyms accord, treaty, pact; "convention" and "compact" in the sense of an agreement between states
     * (Merriam-Webster, convention 1b, compact noun 1); "deal" (deal.n.01's synonym "business deal", and news's word for a trade
     * agreement; not the verb "deal with") and "FTA" (free trade agreement).
     */
    static final String NOUNS = "agreement|deal|accord|treaty|pact|convention|compact";
    /** One of {@link #NOUNS} or "FTA", singular, as a word. */
    static final String NAMED = "\\b(?:" + NOUNS + "|fta)\\b(?!s)";
    private static final Pattern AGREEMENT = Pattern.compile("(?!\\bdeal\\s+with\\b)" + NAMED);

    /**
     * An agreement named provisional: "in principle", a "framework", "preliminary" or "interim" one (AP Stylebook, "agreement in
     * principle"): its signature or finalising is not the concluded text's, so a claim that names one tells no stage done, and one
     * that tells it signed tells nothing of the final text either.
     */
    private static final Pattern PROVISIONAL = Pattern.compile("\\bin principle\\b|\\b(?:framework|preliminary|interim)\\s+(?:\\w+\\s+)?(?:deal|agreement|accord)\\b");

    /** Talks that ended without an agreement ("without a deal", "with no agreement"), or a finding ("concluded that"). */
    private static final Pattern NO_AGREEMENT = Pattern.compile("\\b(?:without|with no)\\s+(?:an?\\s+|any\\s+)?(?:\\w+\\s+)?(?:deal|agreement|accord|treaty)\\b");

    /** Words of the stages and of agreements: two accounts share them whatever agreement they speak of. */
    private static final Set<String> STAGE_WORDS = Set.of("agreement", "deal", "accord", "treaty", "pact", "convention", "compact",
            "sign", "conclude", "conclusion", "finalize", "finalise", "ratify", "negotiate", "negotiation", "talk", "agree",
            "principle", "framework", "preliminary", "force", "effect", "approval", "pending", "trade");

    /**
     * A stage reached, in the past or perfect ("signed", "has been concluded", "finalised", "ratified", "took effect"); talks
     * "concluded" or "closed" (not talks that "ended", which may end without one: see NO_AGREEMENT).
     */
    private static final Pattern DONE = Pattern.compile("\\b(?<signed>signed)\\b|\\b(?<concluded>concluded|finali[sz]ed)\\b"
            + "|\\b(?<ratified>ratified)\\b|\\b(?<force>(?:entered|came) into force|took effect)\\b"
            // A nominalisation announced or welcomed ("announced conclusion of the agreement", "announced closing of talks").
            + "|\\b(?:announced|hailed|welcomed|marked|celebrated)\\s+(?:the\\s+)?(?<nominal>conclusion|closing|close|signing|ratification)\\s+of\\b"
            + "|\\b(?:talks|negotiations)\\s+(?:have\\s+|had\\s+|were\\s+)?(?<closed>concluded|closed|completed)\\b");

    /**
     * A stage still to come: an infinitive or a modal's verb of a stage ("to sign", "will be signed", "to negotiate"), a stage in
     * progress ("still being negotiated", "being ironed out"), an agreement "in principle" or a "framework" or "preliminary" one
     * (its text not concluded), or one "pending" or "subject to" approval or ratification (not yet in force).
     */
    private static final Pattern TO_COME = Pattern.compile("\\b(?:to|will|would|shall)\\s+(?:be\\s+)?(?<verb>sign(?:ed)?|conclude[d]?"
            + "|finali[sz]ed?|ratif(?:y|ied)|negotiat(?:e|ed))\\b"
            + "|(?<!\\b(?:was|were)\\s)\\b(?:still|being|yet)\\s+(?:being\\s+|to\\s+be\\s+)?(?<progress>negotiated|finali[sz]ed|ironed out|worked out|hammered out|signed|ratified)\\b"
            + "|\\b(?<principle>in principle|framework (?:deal|agreement|accord)|preliminary (?:deal|agreement|accord))\\b"
            + "|\\b(?<pending>pending|subject to)\\s+(?:\\w+\\s+){0,3}?(?:approval|ratification|referendum)\\b");

    /**
     * What makes an infinitive or a modal's verb future (FactBank's predicates of the probable, PR+, and commissives: Saurí and
     * Pustejovsky 2009; Searle 1976): an infinitive after any other verb may be a past purpose ("met to sign the deal").
     */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|shall|expect\\w*|set|due|plan\\w*|schedul\\w*|agree(?:s|d|ing)?|hop\\w*"
            + "|aim\\w*|intend\\w*|seek\\w*|sought|prepar\\w*|likely|yet|going|poised|ready|want\\w*)\\b");

    /** Negation before a stage's verb in its clause (Quirk et al. 1985, 10.54: "not", "never", "no", "n't", "neither", "nor", "none", "nobody", "nothing"). */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no|neither|nor|none|nobody|nothing)\\b|n['’]t\\b");

    /** An approximative adverb right before a stage's verb ("nearly", "almost", "all but", "close to being"). */
    private static final Pattern APPROXIMATIVE = Pattern.compile("\\b(?:nearly|almost|all but|close to being|practically|virtually)\\s+(?:been\\s+)?$");

    /** A subordinator of condition ("if", "unless", "whether", "when") or of a time still to come ("until", "before", "once"). */
    private static final Pattern OPENER = Pattern.compile("\\b(?:(?<time>until|till|before|once(?!\\s+again))|if|unless|whether|when)\\b");

    /** The present or perfect a time clause puts a future event in ("until it is signed", "once it has been ratified"). */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|has|have|gets?|be)\\b");

    /** A month written out, capitalised ("May" only inside a sentence, where it is not the modal): a claim that dates the stage. */
    private static final Pattern MONTH = Pattern.compile("\\b(?:January|February|March|April|June|July|August|September|October"
            + "|November|December)\\b|(?<=\\S\\s)May\\b");

    /**
     * A deictic day or week ("signed today", "to sign tomorrow", "next week": Quirk et al. 1985, 8.54, adverbials of time
     * position): it dates the stage to the report's day, and reports dated apart may each be right.
     */
    private static final Pattern DEICTIC = Pattern.compile("\\b(?:today|tonight|yesterday|tomorrow|(?:this|next|last) (?:week|month|year)|ago"
            + "|(?:19|20)\\d\\d)\\b");

    /** The status floor of {@link FactualitySignal}: two accounts of one thing. */
    private static final double RELATED = 0.4;
    private static final double WEIGHT = 0.5;

    /** The stages a claim tells, done or to come (empty when it names no singular agreement or dates its stage). */
    static List<Told> told(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<Told> out = new ArrayList<>();
        if (!AGREEMENT.matcher(t).find() || MONTH.matcher(text).find() || DEICTIC.matcher(t).find()) {
            return out;
        }
        boolean provisional = PROVISIONAL.matcher(t).find();
        boolean anyDone = DONE.matcher(t).find();
        List<int[]> future = new ArrayList<>();
        for (Matcher m = TO_COME.matcher(t); m.find(); ) {
            // Whatever it turns out to be, a verb after "to" or a modal is not told done ("to be signed").
            future.add(new int[] {m.start(), m.end()});
            Stage s = toComeStage(m);
            // A provisional agreement told signed or finalised is not a stage to come of the same claim (one claim, one reading).
            if (negated(t, m.start()) || m.group("principle") != null && anyDone) {
                continue;
            }
            // An infinitive is future only after a verb of the probable or a commitment in its clause.
            if (m.group("verb") != null && m.group().startsWith("to") && !FUTURE.matcher(clauseBefore(t, m.start())).find()) {
                continue;
            }
            add(out, s, false, text, t, m.start(), m.end(), m.start());
        }
        if (provisional || NO_AGREEMENT.matcher(t).find()) {
            return out;
        }
        for (Matcher m = DONE.matcher(t); m.find(); ) {
            int at = m.start();
            if (future.stream().anyMatch(r -> at >= r[0] && at < r[1]) || negated(t, at)
                    || m.group("concluded") != null && (t.startsWith(" that", m.end()) || t.startsWith(" with", m.end()))) {
                continue;
            }
            // A stage in a clause of condition or of time to come asserts nothing done ("if the deal is signed"), and one after
            // "until", "before" or "once" with the present or perfect of a future event is still to come ("until a deal is
            // signed": Quirk et al. 1985, 14.18 and 15.25); "before the election the two sides signed" is a past time.
            String clause = clauseBefore(t, at);
            Matcher opener = OPENER.matcher(clause);
            if (opener.find()) {
                boolean time = opener.group("time") != null;
                if (!time || PRESENT.matcher(clause.substring(opener.end())).find()) {
                    if (time) {
                        add(out, doneStage(m), false, text, t, m.start(), m.end(), m.start());
                    }
                    continue;
                }
            }
            // "Nearly finalized", "almost signed": an approximative entails that the stage is not reached (Horn 2002, "Assertoric
            // inertia and NPI licensing": "almost P" asserts not P), so it is still to come.
            Matcher near = APPROXIMATIVE.matcher(t.substring(Math.max(0, at - 16), at));
            boolean approximated = near.find();
            int from = approximated ? Math.max(0, at - 16) + near.start() : at;
            add(out, doneStage(m), !approximated, text, t, m.start(), m.end(), from);
        }
        return out;
    }

    /** Adds the stage told between start and end when a noun of agreement stands by its verb (its words shown from shown). */
    private static void add(List<Told> out, Stage stage, boolean done, String text, String t, int start, int end, int shown) {
        AgreementPhrase phrase = AgreementPhrase.at(text, t, start, end);
        if (phrase != null) {
            out.add(new Told(stage, done, text.substring(shown, end), phrase));
        }
    }

    /** Whether a word is one of the stages' or of any agreement's (it names no one agreement). */
    static boolean isStageWord(String w) {
        return STAGE_WORDS.contains(w);
    }

    private static Stage doneStage(Matcher m) {
        if (m.group("signed") != null) {
            return Stage.SIGNED;
        }
        if (m.group("ratified") != null) {
            return Stage.RATIFIED;
        }
        if (m.group("force") != null) {
            return Stage.IN_FORCE;
        }
        if (m.group("nominal") != null) {
            String n = m.group("nominal");
            return n.equals("signing") ? Stage.SIGNED : n.equals("ratification") ? Stage.RATIFIED : Stage.CONCLUDED;
        }
        return Stage.CONCLUDED;
    }

    /** The stage a to-come phrase has yet to reach: talks, a text in progress or an agreement in principle are not yet concluded. */
    private static Stage toComeStage(Matcher m) {
        String v = m.group("verb") != null ? m.group("verb") : m.group("progress");
        if (m.group("principle") != null) {
            return Stage.CONCLUDED;
        }
        if (m.group("pending") != null) {
            return Stage.RATIFIED;
        }
        if (v.startsWith("sign")) {
            return Stage.SIGNED;
        }
        if (v.startsWith("ratif")) {
            return Stage.RATIFIED;
        }
        return Stage.CONCLUDED;
    }

    /** The words before position at in its clause (back to a comma, semicolon, colon or dash), at most eight. */
    private static String clauseBefore(String t, int at) {
        int from = Math.max(Math.max(t.lastIndexOf(',', at - 1), t.lastIndexOf(';', at - 1)),
                Math.max(t.lastIndexOf(':', at - 1), t.lastIndexOf('—', at - 1))) + 1;
        String[] words = t.substring(from, at).trim().split("\\s+");
        int keep = Math.min(8, words.length);
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - keep, words.length));
    }

    /** Whether a negation stands in the three words before position at in its clause. */
    private static boolean negated(String t, int at) {
        String before = clauseBefore(t, at);
        String[] w = before.split("\\s+");
        String near = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - 3), w.length));
        return NEGATED.matcher(near).find();
    }

    /** The stages of a claim, read once and kept on it. */
    static List<Told> of(ClaimFeatures f) {
        List<Told> t = f.agreementStages;
        if (t == null) {
            t = List.copyOf(told(f.facts.text()));
            f.agreementStages = t;
        }
        return t;
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        return !a.facts.text().isEmpty() && !of(a).isEmpty() && !of(b).isEmpty();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        boolean acrossActs = !pair.sameEvent() && pair.sharedEvent().equals(SharedAgreement.between(a, b));
        if (!pair.sameEvent() && !acrossActs || !pair.related(RELATED) || pair.shared().stream().allMatch(STAGE_WORDS::contains)
                || !a.weekdays.isEmpty() || !b.weekdays.isEmpty() || !a.dates.isEmpty() || !b.dates.isEmpty()) {
            return Optional.empty();
        }
        for (Told x : of(a)) {
            for (Told y : of(b)) {
                Told done = x.done() ? x : y;
                Told toCome = x.done() ? y : x;
                // One agreement (its own phrase), and for a signature or a ratification, one party's or both sides'.
                // Across two reports of one agreement's acts (its conclusion, its signing), both told after the conclusion, a
                // signing still to come is the earlier report's due sequence; only a conclusion still to come is denied by both.
                if (x.done() != y.done() && toCome.stage().ordinal() <= done.stage().ordinal()
                        && (!acrossActs || toCome.stage() == Stage.CONCLUDED)
                        && done.phrase().sameAgreement(toCome.phrase(), pair.sameArticle())
                        && (done.stage() != Stage.SIGNED && done.stage() != Stage.RATIFIED || done.phrase().sameParties(toCome.phrase()))) {
                    return Optional.of(new Signal("agreement stage", ContradictionKind.TEMPORAL, WEIGHT,
                            () -> "“" + done.words() + "” in one account, “" + toCome.words() + "” in the other: the agreement "
                                    + done.stage().word + " already, or not yet " + toCome.stage().word + ".",
                            "stage:" + done.stage() + "/" + toCome.stage()));
                }
            }
        }
        return Optional.empty();
    }
}
