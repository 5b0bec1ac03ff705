package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern EVENT_NOUN = JudgementTargets.EVENT_NOUN;
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(not yet|no date|yet to be)\\b");
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
    final String negationCue;
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
    /** What it holds that some signal needs before it can fire ({@link ClaimHolds}): read last, from the features above. */
    final ClaimHolds holds;
    /** The claim just before this one in its article, among the claims being compared (set by the suggester); 0 if none. */
    long previousId;

    ClaimFeatures(ClaimFacts facts, QuantityReader reader) {
        this.facts = facts;
        String t = facts.text();
        reading = facts.reading().present() ? facts.reading() : ClaimReading.read(t);
        Clauses clauses = new Clauses(reading);
        List<String> w = new ArrayList<>();
        List<String> n = new ArrayList<>();
        List<String> neg = new ArrayList<>();
        List<String> scope = new ArrayList<>();
        List<Status> st = new ArrayList<>();
        List<Extent> ext = new ArrayList<>();
        List<String> coord = new ArrayList<>();
        List<String> comp = new ArrayList<>();
        List<String> prefixed = new ArrayList<>();
        String cue = null;
        int cueAt = -1;
        int scopeEnd = -1;
        int scopeStart = -1;
        StringBuilder judgedWords = new StringBuilder();
        List<JudgementTargets.Judged> byTarget = new ArrayList<>(1);
        Map<String, Double> valence = Lexicons.valence();
        boolean notYet = NOT_YET.matcher(t).find();
        boolean[] supposedAt = Veridicality.supposed(reading, clauses);
        // What a report that did not happen would have said is neither affirmed nor denied (see Veridicality.uncommitted).
        boolean[] uncommittedAt = Veridicality.uncommitted(reading, clauses);
        for (int i = 0; i < supposedAt.length; i++) {
            supposedAt[i] |= uncommittedAt[i];
        }
        List<String> supposedOnly = new ArrayList<>();
        List<String> assertedToo = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            String lemma = reading.lemma(i);
            // An adverb made from an adjective ("directly", "indirectly") speaks of the thing as its adjective does.
            boolean content = (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ") || reading.is(i, "PROPN")
                    || (reading.is(i, "ADV") && lemma.endsWith("ly") && lemma.length() > 5))
                    && lemma.length() > 2 && !LIGHT.contains(lemma) && Character.isLetter(lemma.charAt(0));
            boolean denialVerb = reading.is(i, "VERB") && Lexicons.DENIALS.contains(lemma);
            if ((Lexicons.NEGATORS.contains(lemma) || lemma.endsWith("+not") || denialVerb) && !supposedAt[i]
                    && !Veridicality.imperative(reading, i)) {
                if (cue == null) {
                    cueAt = i;
                }
                cue = cue == null ? lemma.replace("+not", " not") : cue;
                scopeEnd = clauses.clauseEnd(i + 1);
                scopeStart = clauses.presupposedEnd(i, scopeEnd);
                String focus = clauses.focus(i, scopeEnd);
                if (focus != null && !neg.contains(focus)) {
                    neg.add(focus);
                }
                // "The union is willing, but the board is not.": the left-out predicate's status, negated, for the parties of the
                // negator's own clause; what it is about is the clause before's, so it is named no more than a pronoun names it.
                int left = clauses.elided(i, scopeEnd);
                java.util.Optional<Factuality> leftOut = left < 0 ? java.util.Optional.empty()
                        : Factuality.of(reading.lemma(left)).flatMap(v -> v.negated(notYet));
                if (leftOut.isPresent()) {
                    st.add(new Status(leftOut.get(), "not " + reading.lemma(left), "", clauses.partiesBefore(i)));
                }
            }
            boolean inScope = i < scopeEnd && cue != null;
            if (inScope && i != cueAt && i >= scopeStart && !uncommittedAt[i] && (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ")) && lemma.length() > 2
                    && !LIGHT.contains(lemma) && lemma.chars().allMatch(Character::isLetter) && !scope.contains(lemma) && !denialVerb) {
                scope.add(lemma);
            }
            if (content) {
                String base = Lexicons.unprefixed(lemma, reading.is(i, "ADJ") || reading.is(i, "ADV"));
                if (base != null && !prefixed.contains(base)) {
                    prefixed.add(base);
                }
                if (!w.contains(lemma)) {
                    w.add(lemma);
                }
                List<String> kind = supposedAt[i] ? supposedOnly : assertedToo;
                if (!kind.contains(lemma)) {
                    kind.add(lemma);
                }
                if (reading.is(i, "NOUN") && !n.contains(lemma)) {
                    n.add(lemma);
                }
            }
            Factuality f = Factuality.of(lemma).orElse(null);
            // "in favour of" is a stance as "favour" is (FrameNet's Taking_sides, "in favor").
            boolean inFavour = reading.is(i, "NOUN") && i > 0 && reading.lemma(i - 1).equals("in");
            boolean statusWord = f != null && (reading.is(i, "AUX") || reading.is(i, "ADJ") || reading.is(i, "ADV") || reading.is(i, "VERB")
                    || (inFavour && Factuality.stance(lemma)))
                    && !(lemma.equals("rule") && !nextLemma(i).equals("out")) && !(lemma.equals("turn") && !nextLemma(i).equals("down"));
            if (statusWord && !supposedAt[i]) {
                // A verb of denial is a cue of its own scope, not in it ("rejected it": rejected, not "not rejected").
                boolean negated = inScope && !denialVerb;
                java.util.Optional<Factuality> value = negated ? f.negated(notYet) : java.util.Optional.of(f);
                String target = clauses.target(i);
                if (value.isPresent() && target != null) {
                    // A verb with its particle is named whole ("turn down", "rule out").
                    String said = lemma.equals("turn") || lemma.equals("rule") ? lemma + " " + nextLemma(i) : lemma;
                    st.add(new Status(value.get(), negated ? "not " + said : said, target, clauses.agents(i)));
                }
            }
            // A status named by a noun ("the approval of the lease", "no decision to hold talks"), read as its verb's.
            if (f == null && reading.is(i, "NOUN") && !supposedAt[i]) {
                Factuality nominal = Factuality.ofNominal(lemma).orElse(null);
                String target = nominal == null ? null : clauses.nominalTarget(i);
                java.util.Optional<Factuality> value = target == null || target.isEmpty() ? java.util.Optional.empty()
                        : inScope ? nominal.negated(notYet) : java.util.Optional.of(nominal);
                if (value.isPresent()) {
                    st.add(new Status(value.get(), inScope ? "not " + lemma : lemma, target, clauses.agents(i)));
                }
            }
            if ((Lexicons.UNIVERSAL.contains(lemma) || Lexicons.RESTRICTED.contains(lemma)) && !inScope) {
                String noun = nextNoun(i);
                if (noun != null) {
                    ext.add(new Extent(lemma, noun, Lexicons.UNIVERSAL.contains(lemma)));
                }
            }
            if (reading.is(i, "NOUN") && i + 2 < reading.size() && reading.lemma(i + 1).equals("and") && reading.is(i + 2, "NOUN")) {
                coord.add(lemma + "+" + reading.lemma(i + 2));
            }
            if (reading.is(i, "NOUN") && i + 1 < reading.size() && reading.is(i + 1, "NOUN")) {
                comp.add(lemma + "+" + reading.lemma(i + 1));
            }
            // Adjectives and adverbs judge ("productive", "very well"), and verbs of social behaviour ("fail", "succeed":
            // WordNet's verb.social); a noun's valence and other verbs' are mostly their topic's ("kill", "fire", "war": tried on
            // the development corpus, verbs of acts put reports of strikes among the judgements).
            // An adjective that begins a name judges nothing ("United States", "Royal Geographical Society"), nor one of a run
            // of adjectives before a name ("Grand Old Opera House": the tagger reads "Old" as an adjective too).
            boolean inName = (i + 1 < reading.size() && reading.is(i + 1, "PROPN")) || (reading.is(i, "ADJ") && beginsAName(i));
            boolean judging = reading.is(i, "ADJ") || reading.is(i, "ADV")
                    || (reading.is(i, "VERB") && valence.containsKey(lemma) && WordSenses.judgingVerb(lemma));
            if (judging && !inName) {
                Double v = Valences.at(reading, i).orElse(null);
                if (v != null && Math.abs(v) >= 1.0) {
                    // Only what the negation denies is turned ("not productive"), not every word after it ("has not shifted from
                    // his ambitious goals").
                    boolean denied = inScope && neg.contains(lemma);
                    judgedWords.append(judgedWords.length() > 0 ? ", " : "").append(denied ? "not " : "").append(lemma);
                    JudgementTargets.add(byTarget, JudgementTargets.of(reading, clauses, i), denied ? -0.74 * v : v, (denied ? "not " : "") + lemma);
                }
            }
        }
        words = List.copyOf(w);
        wordTags = words.stream().map(this::tagOf).toList();
        nouns = List.copyOf(n);
        negated = List.copyOf(neg);
        scoped = List.copyOf(scope);
        supposedOnly.removeAll(assertedToo);
        supposed = List.copyOf(supposedOnly);
        oppositesByPrefix = List.copyOf(prefixed);
        negationCue = cue;
        negationAt = cueAt;
        negatesAReport = cueAt >= 0 && cueAt + 1 < uncommittedAt.length && firstUncommittedInScope(uncommittedAt, cueAt, scopeEnd);
        // Kept for every claim of a workspace: held as compact lists (most are empty; an empty one is shared).
        quantities = List.copyOf(DurationHeads.withHeads(reader.read(t), firstNoun(), reading));
        countsParts = !quantities.isEmpty() && QuantitySignal.PARTITIVE.matcher(t).find();
        opposables = WordSenses.opposables(reading, clauses, scoped);
        weekdays = WordSenses.weekdays(reading);
        // The days it names are read once, for its dates and its event keys.
        List<org.claimbench.analysis.events.TimeMention> days = EventKeys.timeMentions(t);
        dates = WordSenses.dates(days);
        timesOfDay = TimeOfDay.read(t);
        statuses = List.copyOf(st);
        immediate = Timing.immediacy(t);
        condition = Timing.condition(t, reading);
        openCondition = Timing.openCondition(reading);
        // The pattern runs only where one of its words is (most claims set no order).
        sequence = t.contains("ollowed by") || t.contains("fter which") || t.contains("hereafter") || t.contains("ubsequently")
                || t.contains("then") || TIMETABLE_STEP.matcher(t).find() ? first(SEQUENCE, t) : null;
        extents = List.copyOf(ext);
        unrestricted = first(Lexicons.UNRESTRICTED, t);
        onlyOnCondition = first(Lexicons.ONLY_ON_CONDITION, t);
        coordinated = List.copyOf(coord);
        compounds = List.copyOf(comp);
        judgementWords = judgedWords.toString();
        judged = List.copyOf(byTarget);
        String subject = firstNoun();
        aboutTheEvent = subject == null || EVENT_NOUN.matcher(subject).matches();
        namesTheEvent = aboutTheEvent || n.stream().anyMatch(x -> EVENT_NOUN.matcher(x).matches());
        mediation = Mediation.of(reading, scoped);
        aspect = Aspect.of(reading, scoped);
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

    /** Whether the first content word after the negator at {@code cue} in its scope stands in an uncommitted report. */
    private boolean firstUncommittedInScope(boolean[] uncommitted, int cue, int end) {
        for (int i = cue + 1; i < Math.min(end, uncommitted.length); i++) {
            if (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ")) {
                return uncommitted[i];
            }
        }
        return false;
    }

    /** Whether the adjectives from token i on end in a proper noun (a name they belong to). */
    private boolean beginsAName(int i) {
        int j = i + 1;
        while (j < reading.size() && reading.is(j, "ADJ")) {
            j++;
        }
        return j < reading.size() && reading.is(j, "PROPN");
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

    private String nextLemma(int i) {
        return i + 1 < reading.size() ? reading.lemma(i + 1) : "";
    }

    /** The first noun within three tokens after i ("partial 10-day strike", "all water pumps"). */
    private String nextNoun(int i) {
        for (int j = i + 1; j < Math.min(reading.size(), i + 5); j++) {
            if (reading.is(j, "NOUN")) {
                // The head of a compound is its last noun ("rail freight charges": charges).
                int k = j;
                while (k + 1 < reading.size() && reading.is(k + 1, "NOUN")) {
                    k++;
                }
                return reading.lemma(k);
            }
            if (reading.is(j, "VERB") || reading.is(j, "PUNCT")) {
                return null;
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
