package org.claimbench.analysis.contradiction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.events.EventKeys;

/**
 * Everything the signals look at in one claim, read once from its text and its {@link ClaimReading}:
 * its content lemmas, the lemmas a negation has in scope, its quantities, the factuality it gives
 * an event, its conditions and urgency, the extent words and their nouns, its judgement (VADER
 * valence) and the contrast connective that opens it. Scoring a pair then compares these; it
 * reads no text again.
 */
final class ClaimFeatures {

    /** Lemmas too light to say what a claim is about (auxiliaries, reporting and light verbs). */
    static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "will", "would", "can", "could", "may", "might", "must",
            "shall", "should", "also", "tell", "add", "make", "get", "go", "take", "give", "come", "accord", "n't", "not", "so", "then",
            "there", "here", "now", "such", "more", "most", "other", "same", "own", "very", "just", "even", "only", "again", "still");
    static final Pattern SEQUENCE = Pattern.compile("(?i)\\b(" + Lexicons.SEQUENCE + ")\\b");
    /** A claim that may set a step at an ordinal hour or day of a timetable (see Lexicons.SEQUENCE): only those run the pattern. */
    private static final Pattern TIMETABLE_STEP = Pattern.compile("(?i)(?:st|nd|rd|th) (?:hour|day|week|month)");
    static final Pattern CONTRAST_OPENING = Pattern.compile("(?i)^\\W*(" + Lexicons.CONTRASTS + "|instead)\\b");
    static final Pattern CONTRAST_LEAD = Pattern.compile("(?i)\\b(" + Lexicons.CONTRASTS + ")\\W*$");
    /** "not yet", "hasn't yet" (the contraction, with either apostrophe, has no word boundary before its "n't"), "no date", "yet to be". */
    private static final Pattern NOT_YET = Pattern.compile("(?i)(\\bnot yet|n['’]t yet|\\bno date|\\byet to be)\\b");
    /** Claims of an article in the order of its text (ties by id, so the order is total). */
    static final Comparator<ClaimFeatures> TEXT_ORDER = Comparator.comparingInt((ClaimFeatures f) -> f.facts.start())
            .thenComparingInt(f -> f.facts.end()).thenComparingLong(f -> f.facts.id());

    /** A factuality the claim states, the lemma that states it, and the nouns it may be about. */
    record Status(Factuality value, String cue, String target, List<String> agents) {
    }

    /** An extent word and the noun it bounds ("limited" → "ceasefire"). */
    record Extent(String word, String noun, boolean universal) {
    }

    final ClaimFacts facts;
    final ClaimReading reading;
    /** Distinct content lemmas in text order (lists: a claim has a handful and the index keeps them for every claim). */
    final List<String> words;
    /** The part of speech of each of its words' first token, by the word's place in {@link #words} (read once, compared often). */
    final List<String> wordTags;
    /** Nouns among them. */
    final List<String> nouns;
    /** Content lemmas inside a negation's scope, and the cue that negates them. */
    final List<String> negated;
    /** Every common noun, verb and adjective inside a negation's scope ("no plan to open hearings": plan, open, hearing). */
    final List<String> scoped;
    /** Content lemmas of a denial verb's recipient or participant, which the denial does not deny ({@link DenialRecipient}). */
    final List<String> undenied;
    final String negationCue;
    /** Whether its first negation is bounded to an earlier time and revised later in the claim ({@link RevisedDenial}). */
    final boolean revisedDenial;
    /** Content lemmas found only inside a conditional's antecedent: supposed, not asserted (see Veridicality). */
    final List<String> supposed;
    /** Whether what the first negation cue denies is a report whose content is uncommitted ("made no reference to …"; see Veridicality). */
    final boolean negatesAReport;
    /** Where the first negation cue stands among the reading's tokens (-1 without one). */
    final int negationAt;
    /** The bases of its words negated by a prefix ("indirect": direct; "disagree": agree). */
    final List<String> oppositesByPrefix;
    final List<Quantity> quantities;
    /** Whether it counts part of a group ("two of the wounded"; see QuantitySignal.PARTITIVE). */
    final boolean countsParts;
    /** Affirmed words that have antonyms in WordNet, with the noun each is said of. */
    final List<WordSenses.Opposable> opposables;
    /** The days the claim names: weekdays (1 = Monday … 7) and dates (month × 100 + day). */
    final List<Integer> weekdays;
    final List<Integer> dates;
    /** The times of day it names (clock times, parts of the day). */
    final List<TimeOfDay> timesOfDay;
    final List<Status> statuses;
    final String immediate;
    final String condition;
    /** Whether it holds an open condition ("if …", "unless …"), whose matrix clause it does not assert (see Timing). */
    final boolean openCondition;
    /** The words that set a fixed order of events ("followed by", "first … then"); null if none. */
    final String sequence;
    final List<Extent> extents;
    /** "without limitation" or the like, said of the whole clause, and "only as a last resort" or the like; null if none (ScopeSignal). */
    final String unrestricted;
    final String onlyOnCondition;
    /** "energy+infrastructure" for "energy and infrastructure"; "energy infrastructure" for the compound. */
    final List<String> coordinated;
    final List<String> compounds;
    /** A noun and the head of its "on" or "against" phrase: "strike>plant" for "strikes on power plants" (ScopeSignal). */
    final List<String> targets;
    /** Its evaluative words (adjectives, adverbs, verbs of the VADER lexicon), negated ones marked "not". */
    final String judgementWords;
    /** Their VADER valences summed by what each is said of, negated ones turned (see JudgementTargets). */
    final List<JudgementTargets.Judged> judged;
    final String contrast;
    final int contrastDistance;
    /** Whether the claim judges the event itself: it has no noun of its own ("frankly, it went brilliantly") or its subject is the event. */
    final boolean aboutTheEvent;
    /** Whether it says the sides dealt through a go-between or alone (see MediationSignal). */
    final Mediation mediation;
    /** What it says has ended and what goes on (see AspectSignal). */
    final Aspect aspect;
    /** What it says was spoken of: one thing alone, or several (see FocusSignal). */
    final Focus focus;
    /** Whether it names the event anywhere ("officials called the call productive"). */
    final boolean namesTheEvent;
    /** The events the claim names itself (days, ordinals, named meetings; see EventKeys). */
    final List<String> eventKeys;
    /** Those it meets another event by (EventKeys.mostSpecific), and whether it recalls an earlier event (EventKeys.elsewhen): read once, asked per pair. */
    final List<String> specificKeys;
    final boolean elsewhen;
    /** The nouns it fixes as a percentage or makes contingent on something (see ContingentShares). */
    final ContingentShares.Shares shares;
    /** Its article's event, lower case ("" when not known): compared for every pair, so normalised once. */
    final String event;
    /** The verbs it denies and the other content verbs it affirms, each once (see SenseKeys): read once, keyed often. */
    final List<String> deniedVerbs;
    final List<String> affirmedVerbs;
    /** The verbs of the acts it denies as a whole ("no communication": communicate; see SenseKeys.deniedActs). */
    final List<String> deniedActs;
    /** What it says a side insists on and what it says a side refuses (see DemandAgainstRefusal). */
    final Stances stances;
    /** What it names only by an anaphor ("this issue", "it") and the thing that refers to (see AnaphoricArgument). */
    final AnaphoricArgument.Reading anaphora;
    /** What it holds that some signal needs before it can fire ({@link ClaimHolds}): read last, from the features above. */
    final ClaimHolds holds;
    /** The claim just before this one in its article, among the claims being compared (set by the suggester); 0 if none. */
    long previousId;
    /*
     * Read from the text on first use by the signal that needs them, not stored (the text is at hand): an immutable value, so two
     * threads that both read it first each set the same thing.
     */
    /** The titles of office it gives names ({@link FormerAgainstSittingTitle#titles}); null until first read. */
    List<FormerAgainstSittingTitle.Titled> titles;
    /** Its denial of knowledge of or part in an act ({@link PartDeniedAgainstAuthorisation#denial}); null until first read. */
    PartDeniedAgainstAuthorisation.Denial partDenial;
    /** The condition it attaches to a text or denies of one ({@link ConditionDeniedOfText#read}); null until first read. */
    ConditionDeniedOfText.TextCondition textCondition;
    /** The times it places events at and the spans it sets between them ({@link EventTimes#of}); null until first read. */
    EventTimes eventTimes;
    /** The stages of an agreement it tells done or to come ({@link AgreementStageSignal#of}); null until first read. */
    List<AgreementStageSignal.Told> agreementStages;

    ClaimFeatures(ClaimFacts facts, QuantityReader reader) {
        this.facts = facts;
        String t = facts.text();
        reading = facts.reading().present() ? facts.reading() : ClaimReading.read(t);
        Clauses clauses = new Clauses(reading);
        // The token pass is a class of its own, so the JIT compiles it apart from this constructor (docs/speed.md, round 28).
        TokenPass pass = new TokenPass(reading, clauses, NOT_YET.matcher(t).find(), t);
        List<String> n = pass.nouns;
        words = List.copyOf(pass.words);
        wordTags = words.stream().map(this::tagOf).toList();
        nouns = List.copyOf(n);
        negated = List.copyOf(pass.negated);
        scoped = List.copyOf(pass.scoped);
        undenied = List.copyOf(pass.undenied);
        supposed = List.copyOf(pass.supposedOnly);
        oppositesByPrefix = List.copyOf(pass.prefixed);
        negationCue = pass.cue;
        revisedDenial = pass.revisedDenial;
        negationAt = pass.cueAt;
        negatesAReport = pass.negatesAReport();
        quantities = List.copyOf(DurationHeads.withHeads(PercentChanges.withChanges(reader.read(t), t), firstNoun(), reading));
        countsParts = !quantities.isEmpty() && QuantitySignal.PARTITIVE.matcher(t).find();
        opposables = WordSenses.opposables(reading, clauses, scoped);
        weekdays = WordSenses.weekdays(reading);
        // The days it names are read once, for its dates and its event keys.
        List<org.claimbench.analysis.events.TimeMention> days = EventKeys.timeMentions(t);
        dates = WordSenses.dates(days);
        timesOfDay = TimeOfDay.read(t);
        statuses = List.copyOf(pass.statuses);
        immediate = Timing.immediacy(t);
        condition = Timing.condition(t, reading);
        openCondition = Timing.openCondition(reading);
        // The pattern runs only where one of its words is (most claims set no order).
        sequence = t.contains("ollowed by") || t.contains("fter which") || t.contains("hereafter") || t.contains("ubsequently")
                || t.contains("then") || TIMETABLE_STEP.matcher(t).find() ? first(SEQUENCE, t) : null;
        extents = List.copyOf(pass.extents);
        unrestricted = first(Lexicons.UNRESTRICTED, t);
        onlyOnCondition = first(Lexicons.ONLY_ON_CONDITION, t);
        coordinated = List.copyOf(pass.coordinated);
        compounds = List.copyOf(pass.compounds);
        targets = List.copyOf(pass.targets);
        judgementWords = pass.judgedWords.toString();
        judged = List.copyOf(pass.byTarget);
        String subject = firstNoun();
        aboutTheEvent = subject == null || JudgementTargets.eventNoun(subject);
        namesTheEvent = aboutTheEvent || n.stream().anyMatch(JudgementTargets::eventNoun);
        mediation = Mediation.of(reading, scoped, pass.supposedAt);
        aspect = Aspect.of(reading, scoped, pass.supposedAt);
        focus = Focus.of(reading);
        eventKeys = List.copyOf(EventKeys.inClaim(t, days));
        specificKeys = List.copyOf(EventKeys.mostSpecific(eventKeys));
        elsewhen = EventKeys.elsewhen(eventKeys, facts.eventKeys());
        shares = ContingentShares.of(reading);
        event = facts.event().strip().toLowerCase(Locale.ROOT).intern();
        Matcher opening = CONTRAST_OPENING.matcher(t);
        Matcher lead = CONTRAST_LEAD.matcher(facts.lead());
        if (opening.find()) {
            contrast = opening.group(1);
            contrastDistance = 0;
        } else if (lead.find()) {
            contrast = lead.group(1);
            contrastDistance = facts.lead().length() - lead.start(1);
        } else {
            contrast = null;
            contrastDistance = 0;
        }
        deniedVerbs = SenseKeys.denied(this);
        affirmedVerbs = SenseKeys.affirmed(this, deniedVerbs);
        deniedActs = SenseKeys.deniedActs(this, deniedVerbs);
        stances = Stances.of(reading, clauses);
        anaphora = AnaphoricArgument.of(reading, facts.lead());
        holds = ClaimHolds.of(this);
    }

    /**
     * Features read back from a stored form ({@link StoredFeatures}), field by field in the order {@link #writeTo} wrote them;
     * what is made from the fields (the signals' {@link #holds}) is made again.
     */
    ClaimFeatures(ClaimFacts facts, FeatureStream.Reader in) throws java.io.IOException {
        this.facts = facts;
        reading = facts.reading();
        words = in.strings();
        wordTags = java.util.Arrays.stream(in.strings().toArray(String[]::new)).toList();
        nouns = in.strings();
        negated = in.strings();
        scoped = in.strings();
        undenied = in.strings();
        supposed = in.strings();
        oppositesByPrefix = in.strings();
        negationCue = in.string();
        revisedDenial = in.bool();
        negationAt = in.integer();
        negatesAReport = in.bool();
        quantities = in.list(r -> new Quantity(r.string(), r.string(), r.real(), r.real(), r.string(), r.integer()));
        countsParts = in.bool();
        opposables = in.list(r -> new WordSenses.Opposable(r.string(), StoredFeatures.pos(r.integer()), r.strings(), r.string()));
        weekdays = in.ints();
        dates = in.ints();
        timesOfDay = in.list(r -> new TimeOfDay(r.string(), r.integer(), r.integer(), r.string()));
        statuses = in.list(r -> new Status(Factuality.values()[r.integer()], r.string(), r.string(), r.strings()));
        immediate = in.string();
        condition = in.string();
        openCondition = in.bool();
        sequence = in.string();
        extents = in.list(r -> new Extent(r.string(), r.string(), r.bool()));
        unrestricted = in.string();
        onlyOnCondition = in.string();
        coordinated = in.strings();
        compounds = in.strings();
        targets = in.strings();
        judgementWords = in.string();
        judged = in.list(r -> new JudgementTargets.Judged(r.string(), r.real(), r.string()));
        aboutTheEvent = in.bool();
        namesTheEvent = in.bool();
        // The records' "none" values are the same objects as where they were read (Mediation asks "this != NONE").
        String through = in.string();
        String direct = in.string();
        mediation = through == null && direct == null ? Mediation.NONE : new Mediation(through, direct);
        Aspect read = new Aspect(in.strings(), in.strings(), in.strings(), in.strings());
        aspect = read.equals(Aspect.NONE) ? Aspect.NONE : read;
        Focus said = new Focus(in.string(), in.string(), in.strings());
        focus = said.equals(Focus.NONE) ? Focus.NONE : said;
        eventKeys = in.strings();
        specificKeys = in.strings();
        elsewhen = in.bool();
        List<String> fixed = in.strings();
        List<String> contingent = in.strings();
        shares = fixed.isEmpty() && contingent.isEmpty() ? ContingentShares.Shares.NONE : new ContingentShares.Shares(fixed, contingent);
        event = facts.event().strip().toLowerCase(Locale.ROOT).intern();
        contrast = in.string();
        contrastDistance = in.integer();
        deniedVerbs = in.strings();
        affirmedVerbs = in.strings();
        deniedActs = in.strings();
        List<String> demanded = in.strings();
        String demandCue = in.string();
        List<String> refused = in.strings();
        String refusalCue = in.string();
        Stances st = new Stances(demanded, demandCue, refused, refusalCue);
        stances = st.equals(Stances.NONE) ? Stances.NONE : st;
        AnaphoricArgument.Reading anaphor = new AnaphoricArgument.Reading(in.string(), in.string(), in.strings());
        anaphora = anaphor.equals(AnaphoricArgument.Reading.NONE) ? AnaphoricArgument.Reading.NONE : anaphor;
        holds = ClaimHolds.of(this);
    }

    /** The part of speech of a lemma's first token ("" if it has none). */
    String tagOf(String lemma) {
        for (int i = 0; i < reading.size(); i++) {
            if (reading.lemma(i).equals(lemma)) {
                return reading.tag(i);
            }
        }
        return "";
    }

    /** The head of the claim's first noun phrase: the last noun of its first run of nouns ("the phone conversation": conversation). */
    private String firstNoun() {
        for (int i = 0; i < reading.size(); i++) {
            if (reading.is(i, "NOUN")) {
                while (i + 1 < reading.size() && reading.is(i + 1, "NOUN")) {
                    i++;
                }
                return reading.lemma(i);
            }
        }
        return null;
    }

    private static String first(Pattern p, String t) {
        Matcher m = p.matcher(t);
        return m.find() ? m.group().strip() : null;
    }

    /** Whether the claim speaks of a lemma (any of its content lemmas). */
    boolean has(String lemma) {
        return words.contains(lemma);
    }
}
