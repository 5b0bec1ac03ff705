package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimbench.analysis.language.WordForms;

/**
 * The factuality of an event as a claim states it, in FactBank's categories (Saurí and
 * Pustejovsky 2009, "FactBank: a corpus annotated with event factuality", Language Resources and
 * Evaluation 43(3); the predicates and modal particles of De Facto, Saurí and Pustejovsky 2012,
 * Computational Linguistics 38(2)), with the two statuses a planned event can also take, deferred
 * and cancelled (TimeML's aspectual and modal event classes, Pustejovsky et al. 2003). Read from
 * lemmas: "agreed", "held" (it is so), "planned", "will" (it is probably so), "possible", "can
 * be organised" (it may be), "not yet known", "unclear" (not said), "postponed" (it is so later),
 * "cancelled", "called off", "rejected", "opposed", "turned down" (it is not so). The lemmas are ours, each placed in the
 * category the cited works give its class of predicate.
 */
enum Factuality {
    /** CT+: it happened, is agreed or done. */
    CERTAIN("certain"),
    /** PR+: it is planned or expected. */
    PROBABLE("planned"),
    /** PS+: it may happen. */
    POSSIBLE("possible"),
    /** Uu: its status is unknown or undecided. */
    UNDECIDED("undecided"),
    /** Deferred: it will happen later than said. */
    DEFERRED("postponed"),
    /** CT-: it will not happen, or did not. */
    NOT("cancelled or rejected");

    private final String word;

    Factuality(String word) {
        this.word = word;
    }

    String word() {
        return word;
    }

    private static final Map<String, Factuality> BY_LEMMA = Map.ofEntries(
            Map.entry("agree", CERTAIN), Map.entry("sign", CERTAIN), Map.entry("confirm", CERTAIN), Map.entry("hold", CERTAIN),
            Map.entry("begin", CERTAIN), Map.entry("start", CERTAIN), Map.entry("launch", CERTAIN), Map.entry("order", CERTAIN),
            Map.entry("accept", CERTAIN), Map.entry("approve", CERTAIN), Map.entry("conclude", CERTAIN), Map.entry("decide", CERTAIN),
            Map.entry("settle", CERTAIN), Map.entry("endorse", CERTAIN), Map.entry("implement", CERTAIN),
            Map.entry("plan", PROBABLE), Map.entry("schedule", PROBABLE), Map.entry("expect", PROBABLE), Map.entry("prepare", PROBABLE),
            Map.entry("intend", PROBABLE),
            Map.entry("possible", POSSIBLE), Map.entry("possibly", POSSIBLE), Map.entry("consider", POSSIBLE), Map.entry("propose", POSSIBLE),
            Map.entry("potential", POSSIBLE), Map.entry("potentially", POSSIBLE), Map.entry("organise", POSSIBLE),
            Map.entry("organize", POSSIBLE),
            Map.entry("unclear", UNDECIDED), Map.entry("unknown", UNDECIDED), Map.entry("uncertain", UNDECIDED),
            Map.entry("undecided", UNDECIDED),
            Map.entry("postpone", DEFERRED), Map.entry("delay", DEFERRED), Map.entry("defer", DEFERRED), Map.entry("reschedule", DEFERRED),
            Map.entry("cancel", NOT), Map.entry("scrap", NOT), Map.entry("abandon", NOT), Map.entry("reject", NOT), Map.entry("refuse", NOT),
            Map.entry("deny", NOT), Map.entry("decline", NOT), Map.entry("shelve", NOT), Map.entry("rule", NOT),
            // Agreement and refusal by a party, the lexical units of FrameNet 1.7's frames Agree_or_refuse_to_act,
            // Respond_to_proposal and Taking_sides (Ruppenhofer et al. 2016) that the lines above lack: consenting to or
            // supporting a proposal makes it so for that party, opposing, vetoing or turning it down makes it not so;
            // being willing makes it probable.
            // "favour" is the frame's "favor.v" and "in favor" ("the pilots are in favour of the deal").
            Map.entry("consent", CERTAIN), Map.entry("support", CERTAIN), Map.entry("willing", PROBABLE),
            Map.entry("favor", CERTAIN), Map.entry("favour", CERTAIN),
            Map.entry("oppose", NOT), Map.entry("veto", NOT), Map.entry("rebuff", NOT), Map.entry("spurn", NOT), Map.entry("turn", NOT),
            Map.entry("unwilling", NOT));

    /**
     * The agreement and refusal lemmas above (FrameNet's Agree_or_refuse_to_act, Respond_to_proposal, Taking_sides): each
     * is one party's stance, and two parties may take opposite stances at once ("the council supports the plan", "the
     * union opposes it"), so they conflict only where both claims name the same party.
     */
    private static final java.util.Set<String> STANCES = java.util.Set.of("consent", "support", "willing", "favor", "favour", "oppose", "veto", "rebuff",
            "spurn", "turn", "unwilling");

    /**
     * The answers to a proposal: the lexical units of FrameNet 1.7's Respond_to_proposal and Agree_or_refuse_to_act among the
     * lemmas above, with the stances. "Rejected it" answers whatever another account says was agreed to or accepted.
     */
    private static final java.util.Set<String> RESPONSES = java.util.Set.of("agree", "accept", "approve", "reject", "refuse",
            "decline");

    /** Whether a status cue ("rejected", "not agree", "turn down") answers a proposal (see {@link #RESPONSES}, {@link #STANCES}). */
    static boolean response(String cue) {
        String bare = cue.startsWith("not ") ? cue.substring(4) : cue;
        // A nominalisation answers as its verb does ("the refusal", "their approval").
        return RESPONSES.contains(bare) || stance(bare) || RESPONSES.stream().anyMatch(r -> Lexicons.sameRoot(r, bare));
    }

    /** Whether a status cue ("supports", "not opposed", "turned down") is a party's stance (see {@link #STANCES}). */
    static boolean stance(String cue) {
        return STANCE_OF.get(cue);
    }

    /** Answers already found for {@link #stance}, {@link #isPredicate} and {@link #ofNominal}: every pair asks again of the same words. */
    private static final WordMemo<Boolean> STANCE_OF = new WordMemo<>(Factuality::stanceOf);
    private static final WordMemo<Boolean> PREDICATE = new WordMemo<>(Factuality::derivedPredicate);

    private static boolean stanceOf(String cue) {
        for (String w : cue.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            for (String l : STANCES) {
                if (w.equals(l) || w.startsWith(l) || l.length() > 4 && Lexicons.sameRoot(l, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a lemma or a word derived from one ("agreement", "confirmation") is a predicate of factuality. */
    static boolean isPredicate(String lemma) {
        if (BY_LEMMA.containsKey(lemma)) {
            return true;
        }
        return PREDICATE.get(lemma);
    }

    private static boolean derivedPredicate(String lemma) {
        for (String l : BY_LEMMA.keySet()) {
            if (l.length() > 4 && Lexicons.sameRoot(l, lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The category of a noun that names a status as a nominalisation of a verb above names it ("approval", "decision", "agreement",
     * "cancellation", "postponement", "refusal"): the verb WordNet 3.1 relates to the noun by derivation (its morphosemantic links;
     * the verb-based event nouns of NomLex, Macleod et al. 1998), when the noun is formed from it by a suffix and its commonest
     * sense is an act, a message, a thought, an event, a time or a state (WordNet's lexicographer files). A noun spelled as its verb
     * ("plan", "order", "start", "support") is left out: most of its uses name a thing, not the event's status; so is a noun whose
     * commonest sense is a person, a group or a thing ("supporter", "settlement", "organization"). "ruling" and "turning" are left
     * out with their verbs, which are statuses only with their particles ("rule out", "turn down"). Nouns of the planned and the
     * possible ("proposal", "intention", "expectation", "preparation") are left out too: they name one party's attitude to the event
     * (FactBank's source-introducing predicates), so "a proposal of mediation" against "did not accept mediation" is a proposal
     * and its answer, not two statuses of one event.
     */
    static Optional<Factuality> ofNominal(String noun) {
        if (BY_LEMMA.containsKey(noun) || noun.length() < 5) {
            return Optional.empty();
        }
        return NOMINAL.get(noun);
    }

    /** WordNet's lexicographer files of a status noun's commonest sense: events and their kin, not persons, groups or things. */
    private static final java.util.Set<String> EVENT_FILES = java.util.Set.of("noun.act", "noun.communication", "noun.cognition", "noun.event",
            "noun.time", "noun.state", "noun.process");
    private static final WordMemo<Optional<Factuality>> NOMINAL = new WordMemo<>(Factuality::nominal);

    private static Optional<Factuality> nominal(String noun) {
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        if (!EVENT_FILES.contains(wn.lexicographerFile(noun, org.claimbench.analysis.language.WordNet.Pos.NOUN))) {
            return Optional.empty();
        }
        for (String verb : WordForms.derivedVerbs(noun)) {
            Factuality f = BY_LEMMA.get(verb);
            if (f != null && f != PROBABLE && f != POSSIBLE && !verb.equals("rule") && !verb.equals("turn") && noun.length() > verb.length() && Lexicons.sameRoot(verb, noun)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The category of a lemma, if it is a predicate or particle of factuality. */
    static Optional<Factuality> of(String lemma) {
        Factuality f = BY_LEMMA.get(lemma);
        // A participle the lemmatizer left as it stands ("organised", "finalized": its dictionary lacks many -ise and -ize
        // verbs' forms) is its verb's: the -d of the participle taken off.
        if (f == null && lemma.length() > 6 && (lemma.endsWith("ised") || lemma.endsWith("ized"))) {
            f = BY_LEMMA.get(lemma.substring(0, lemma.length() - 1));
        }
        return Optional.ofNullable(f);
    }

    /**
     * Whether the noun "hold" at i stands in "on hold": WordNet 3.1's noun hold {delay, hold, time lag, postponement, wait},
     * "time during which some action is awaited", the sense the phrase takes ("the levies stay on hold"): the event is deferred,
     * not done and not given up (a verb "hold" keeps its own status: "held talks" is done).
     */
    static boolean onHold(ClaimReading r, int i) {
        return r.is(i, "NOUN") && r.lemma(i).equals("hold") && i > 0 && r.lemma(i - 1).equals("on");
    }

    /**
     * Whether "drop" with this object gives the object up: WordNet 3.1's verb drop {drop, knock off}, "stop pursuing or acting"
     * ("drop a lawsuit"), which takes an act, a message or a thought for its object (a threat, a plan, a demand, charges: one of
     * one of the noun's two commonest senses in WordNet's lexicographer files noun.act, noun.communication, noun.cognition). Dropping
     * a thing ("dropped leaflets": an artifact) lets it fall, and a subject that drops ("prices dropped") has no object: neither
     * is given up. Given up is FactBank's CT- as "abandon" and "scrap" are.
     */
    static boolean abandoned(String verb, String object) {
        if (!verb.equals("drop") || object == null || object.isEmpty()) {
            return false;
        }
        List<String> files = org.claimbench.analysis.language.WordNet.shared().lexicographerFiles(object,
                org.claimbench.analysis.language.WordNet.Pos.NOUN);
        // The two commonest senses: "leaflet" (a flap of a valve, a leaf of a plant, then a printed sheet) is no message given up.
        List<String> first = files.subList(0, Math.min(2, files.size()));
        return first.contains("noun.act") || first.contains("noun.communication") || first.contains("noun.cognition");
    }

    /**
     * The nouns of commissive acts (Searle 1976, "A classification of illocutionary acts": a commissive commits its speaker to
     * a future act; threats are his example beside promises), as nouns of VerbNet 3.4's promise-37.13 verbs with "threat" and
     * "offer": the act they commit to is their content, so the status given the threat or the promise ("dropped its levy
     * threats") is the status of the thing it is of ("levies": dropped, not imposed). The content is read from the noun before
     * them (a compound's modifier, "levy threats", "pay offer": Quirk et al. 1985, 17.108).
     */
    static final java.util.Set<String> COMMITMENTS = java.util.Set.of("threat", "promise", "pledge", "vow", "guarantee", "offer");

    /** The thing a commissive noun at i is of: the noun before it ("levy threats": levy), else null. */
    static String commitment(ClaimReading r, int i) {
        if (!COMMITMENTS.contains(r.lemma(i)) || i == 0) {
            return null;
        }
        // The tagger often reads a premodifying noun as something else ("levy/ADJ threats", "tariff/ADP threats"): a content
        // word WordNet has as a noun and never as an adjective is the noun (names, pronouns, numbers and verbs left out).
        String before = r.lemma(i - 1);
        org.claimbench.analysis.language.WordNet wn = org.claimbench.analysis.language.WordNet.shared();
        boolean mistagged = (r.is(i - 1, "ADJ") || r.is(i - 1, "ADP") || r.is(i - 1, "ADV")) && before.length() > 3
                && before.chars().allMatch(Character::isLetter)
                && wn.senses(before, org.claimbench.analysis.language.WordNet.Pos.NOUN).length > 0
                && wn.senses(before, org.claimbench.analysis.language.WordNet.Pos.ADJECTIVE).length == 0;
        boolean noun = r.is(i - 1, "NOUN") || mistagged;
        return noun ? before : null;
    }

    /** What a negated predicate says: "not agreed" is not so; "not yet decided" undecided; a negated doubt says nothing. */
    Optional<Factuality> negated(boolean yet) {
        return switch (this) {
            case CERTAIN -> Optional.of(yet ? UNDECIDED : NOT);
            case PROBABLE, POSSIBLE -> Optional.of(NOT);
            default -> Optional.empty();
        };
    }

    /** Whether two claims with these categories cannot both hold of one event, and how strongly (0 when they can). */
    /** The values that conflict with x at all ({@link #conflict} above 0), a bit each by ordinal. */
    static int conflicting(Factuality x) {
        return CONFLICTING[x.ordinal()];
    }

    private static final int[] CONFLICTING = new int[values().length];

    static {
        for (Factuality x : values()) {
            for (Factuality y : values()) {
                CONFLICTING[x.ordinal()] |= conflict(x, y) > 0 ? 1 << y.ordinal() : 0;
            }
        }
    }

    static double conflict(Factuality a, Factuality b) {
        if (a == b) {
            return 0;
        }
        if (a.ordinal() > b.ordinal()) {
            return conflict(b, a);
        }
        return switch (a) {
            case CERTAIN -> switch (b) {
                case NOT -> 0.6;
                case DEFERRED -> 0.5;
                case UNDECIDED -> 0.45;
                case POSSIBLE -> 0.35;
                default -> 0;
            };
            case PROBABLE -> b == NOT ? 0.5 : b == DEFERRED ? 0.35 : b == UNDECIDED ? 0.3 : 0;
            case POSSIBLE -> b == NOT ? 0.4 : 0;
            case DEFERRED -> b == NOT ? 0.45 : 0;
            default -> 0;
        };
    }
}
