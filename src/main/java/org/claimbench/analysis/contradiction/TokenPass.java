package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one pass of {@link ClaimFeatures} over a claim's tokens: its content lemmas, the negation and its scope, the statuses
 * it states, its extent words, coordinated and compound nouns, and its judgements. Each of these is read by a method of its
 * own, and the pass is a class of its own, so that the JIT compiles them apart from the features' constructor: a trap in one
 * part (round 27: a loop check in {@link Veridicality}) throws away that part's code, not the whole constructor's
 * (docs/speed.md, round 28). The lists are mutable and in text order; {@link ClaimFeatures} copies what it keeps.
 */
final class TokenPass {

    private final ClaimReading reading;
    private final Clauses clauses;
    private final boolean notYet;
    private final Map<String, Double> valence = Lexicons.valence();
    /** Per token: inside a conditional's antecedent, an indirect question, a demand or an uncommitted report (see Veridicality). */
    final boolean[] supposedAt;
    /** Per token: inside what a report that did not happen would have said (see Veridicality.uncommitted). */
    final boolean[] uncommittedAt;
    final List<String> words = new ArrayList<>();
    final List<String> nouns = new ArrayList<>();
    final List<String> negated = new ArrayList<>();
    final List<String> scoped = new ArrayList<>();
    /** Content lemmas after a denial verb's recipient or participant ("denied the entry of the ferries": ferry), which it does not deny. */
    final List<String> undenied = new ArrayList<>();
    final List<ClaimFeatures.Status> statuses = new ArrayList<>();
    final List<ClaimFeatures.Extent> extents = new ArrayList<>();
    final List<String> coordinated = new ArrayList<>();
    final List<String> compounds = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> prefixed = new ArrayList<>();
    /** Content lemmas found only where nothing is asserted (filled by {@link #run}; the asserted ones taken out). */
    final List<String> supposedOnly = new ArrayList<>();
    private final List<String> assertedToo = new ArrayList<>();
    final StringBuilder judgedWords = new StringBuilder();
    final List<JudgementTargets.Judged> byTarget = new ArrayList<>(1);
    /** The first negation cue ("+not" spelled " not"), null without one, and its token index (-1 without one). */
    String cue;
    int cueAt = -1;
    /** The last negation's scope: its end (exclusive) and where what it denies starts. */
    int scopeEnd = -1;
    private int scopeStart = -1;
    /** The first negation's scope end (exclusive; -1 without one). */
    private int firstScopeEnd = -1;
    /** Whether the first negation is bounded to an earlier time and revised later in the claim ({@link RevisedDenial}). */
    boolean revisedDenial;

    /**
     * Reads the tokens of one claim.
     *
     * @param notYet whether the claim says something has not happened yet (a negated status reads as pending then)
     * @param text the claim's text (a present "has to" told from a past "had to": {@link Veridicality#demanded})
     */
    TokenPass(ClaimReading reading, Clauses clauses, boolean notYet, String text) {
        this.reading = reading;
        this.clauses = clauses;
        this.notYet = notYet;
        supposedAt = Veridicality.supposed(reading, clauses);
        // What a modal of obligation demands is neither affirmed nor denied either (see Veridicality.demanded).
        boolean[] demandedAt = Veridicality.demanded(reading, clauses, text);
        // Nor what a negative undertaking rules out ("agreed not to target each other": Veridicality.undertaken).
        boolean[] undertakenAt = Veridicality.undertaken(reading, clauses);
        for (int i = 0; i < supposedAt.length; i++) {
            supposedAt[i] |= demandedAt[i] || undertakenAt[i];
        }
        // What a report that did not happen would have said is neither affirmed nor denied (see Veridicality.uncommitted).
        uncommittedAt = Veridicality.uncommitted(reading, clauses);
        for (int i = 0; i < supposedAt.length; i++) {
            supposedAt[i] |= uncommittedAt[i];
        }
        run();
    }

    private void run() {
        for (int i = 0; i < reading.size(); i++) {
            String lemma = reading.lemma(i);
            boolean denialVerb = reading.is(i, "VERB") && Lexicons.DENIALS.contains(lemma) && !ParticipialAdjective.attributive(reading, i);
            negation(i, lemma, denialVerb);
            boolean inScope = i < scopeEnd && cue != null;
            scope(i, lemma, inScope, denialVerb);
            content(i, lemma);
            Factuality f = Factuality.of(lemma).orElse(null);
            status(i, lemma, f, inScope, denialVerb);
            nominalStatus(i, lemma, f, inScope);
            shapes(i, lemma, inScope);
            judgement(i, lemma, inScope);
        }
        supposedOnly.removeAll(assertedToo);
        revisedDenial = RevisedDenial.of(reading, cueAt, firstScopeEnd);
    }

    /** A negation cue at i: the first one is the claim's cue; each sets the scope, its focus, and an elided predicate's status. */
    private void negation(int i, String lemma, boolean denialVerb) {
        // "without delay", "without preconditions": an adjunct of manner, no negation (Clauses.mannerWithout).
        if ((Lexicons.NEGATORS.contains(lemma) || lemma.endsWith("+not") || denialVerb) && !supposedAt[i]
                && !Veridicality.imperative(reading, i) && !clauses.mannerWithout(i)) {
            if (cue == null) {
                cueAt = i;
            }
            cue = cue == null ? lemma.replace("+not", " not") : cue;
            // Nor past a finite adverbial clause ("knew nothing of it as the budget was announced": FiniteAdverbialClause),
            // whose own words the denial asserts, not denies.
            scopeEnd = clauses.clauseEnd(i + 1);
            int adverbial = FiniteAdverbialClause.scopeEnd(reading, i + 1, scopeEnd);
            if (adverbial < scopeEnd) {
                FiniteAdverbialClause.addOwnWords(reading, i + 1, adverbial, clauses.clauseEnd(adverbial + 1), undenied);
                scopeEnd = adverbial;
            }
            // A thing refused to someone ("denied entry to the chartered ferries") denies nothing of the recipient.
            // So does an act's participant named by its definite object ("denied the landing of the chartered ferries").
            int recipient = !denialVerb ? -1
                    : Math.max(DenialRecipient.recipientAt(reading, i, scopeEnd), DenialRecipient.participantAt(reading, i, scopeEnd));
            for (int k = Math.max(recipient, 0); recipient > 0 && k < scopeEnd; k++) {
                String l = reading.lemma(k);
                if ((reading.is(k, "NOUN") || reading.is(k, "PROPN") || reading.is(k, "VERB") || reading.is(k, "ADJ")) && !undenied.contains(l)) {
                    undenied.add(l);
                }
            }
            scopeEnd = recipient > 0 ? recipient : scopeEnd;
            firstScopeEnd = firstScopeEnd < 0 ? scopeEnd : firstScopeEnd;
            scopeStart = clauses.presupposedEnd(i, scopeEnd);
            String focus = clauses.focus(i, scopeEnd);
            if (focus != null && !negated.contains(focus)) {
                negated.add(focus);
            }
            // "The union is willing, but the board is not.": the left-out predicate's status, negated, for the parties of the
            // negator's own clause; what it is about is the clause before's, so it is named no more than a pronoun names it.
            int left = clauses.elided(i, scopeEnd);
            Optional<Factuality> leftOut = left < 0 ? Optional.empty()
                    : Factuality.of(reading.lemma(left)).flatMap(v -> v.negated(notYet));
            if (leftOut.isPresent()) {
                statuses.add(new ClaimFeatures.Status(leftOut.get(), "not " + reading.lemma(left), "", ClauseParties.partiesBefore(reading, i)));
            }
        }
    }

    /** A common noun, verb or adjective in the negation's scope (not the cue, not what it presupposes). */
    private void scope(int i, String lemma, boolean inScope, boolean denialVerb) {
        if (inScope && i != cueAt && i >= scopeStart && !uncommittedAt[i] && (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ")) && lemma.length() > 2
                && !ClaimFeatures.LIGHT.contains(lemma) && lemma.chars().allMatch(Character::isLetter) && !scoped.contains(lemma) && !denialVerb) {
            scoped.add(lemma);
        }
    }

    /** A content lemma: its word, its noun, its base under a negating prefix, and whether it is asserted anywhere. */
    private void content(int i, String lemma) {
        // An adverb made from an adjective ("directly", "indirectly") speaks of the thing as its adjective does.
        boolean content = (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ") || reading.is(i, "PROPN")
                || (reading.is(i, "ADV") && lemma.endsWith("ly") && lemma.length() > 5))
                && lemma.length() > 2 && !ClaimFeatures.LIGHT.contains(lemma) && Character.isLetter(lemma.charAt(0));
        if (content) {
            String base = Lexicons.unprefixed(lemma, reading.is(i, "ADJ") || reading.is(i, "ADV"));
            if (base != null && !prefixed.contains(base)) {
                prefixed.add(base);
            }
            if (!words.contains(lemma)) {
                words.add(lemma);
            }
            List<String> kind = supposedAt[i] ? supposedOnly : assertedToo;
            if (!kind.contains(lemma)) {
                kind.add(lemma);
            }
            if (reading.is(i, "NOUN") && !nouns.contains(lemma)) {
                nouns.add(lemma);
            }
        }
    }

    /** A status word (a verb, auxiliary, adjective or adverb of factuality, or a stance noun after "in") and what it is said of. */
    private void status(int i, String lemma, Factuality f, boolean inScope, boolean denialVerb) {
        // "on hold" defers; "drop" with an act, a message or a thought for its object gives it up (Factuality.onHold, abandoned).
        boolean onHold = Factuality.onHold(reading, i);
        boolean drop = f == null && reading.is(i, "VERB") && lemma.equals("drop");
        f = onHold ? Factuality.DEFERRED : drop ? Factuality.NOT : f;
        // "in favour of" is a stance as "favour" is (FrameNet's Taking_sides, "in favor").
        boolean inFavour = reading.is(i, "NOUN") && i > 0 && reading.lemma(i - 1).equals("in");
        boolean statusWord = f != null && (reading.is(i, "AUX") || reading.is(i, "ADJ") || reading.is(i, "ADV") || reading.is(i, "VERB")
                || (inFavour && Factuality.stance(lemma)) || onHold)
                && !(lemma.equals("rule") && !nextLemma(i).equals("out")) && !(lemma.equals("turn") && !nextLemma(i).equals("down"));
        if (statusWord && !supposedAt[i]) {
            // A verb of denial is a cue of its own scope, not in it ("rejected it": rejected, not "not rejected").
            boolean negatedHere = inScope && !denialVerb;
            Optional<Factuality> value = negatedHere ? f.negated(notYet) : Optional.of(f);
            String target = clauses.target(i);
            if (value.isPresent() && target != null && (!drop || Factuality.abandoned(lemma, target))) {
                // A verb with its particle is named whole ("turn down", "rule out").
                String said = lemma.equals("turn") || lemma.equals("rule") ? lemma + " " + nextLemma(i) : lemma;
                String cueSaid = negatedHere ? "not " + said : said;
                List<String> agents = ClauseParties.agents(reading, i);
                statuses.add(new ClaimFeatures.Status(value.get(), cueSaid, target, agents));
                // A threat or a promise given a status gives it to what it is of ("dropped its levy threats": the levies).
                String content = target.isEmpty() ? null : commitmentAfter(i, target);
                if (content != null) {
                    statuses.add(new ClaimFeatures.Status(value.get(), cueSaid, content, agents));
                }
            }
        }
    }

    /** The thing a commissive noun that is a status's target is of ({@link Factuality#commitment}), looked for in the status's clause. */
    private String commitmentAfter(int i, String target) {
        for (int j = i + 1; j < Math.min(reading.size(), i + 8); j++) {
            if (reading.lemma(j).equals(target)) {
                return Factuality.commitment(reading, j);
            }
        }
        for (int back = 1; back <= Math.min(i, 6); back++) {
            if (reading.lemma(i - back).equals(target)) {
                return Factuality.commitment(reading, i - back);
            }
        }
        return null;
    }

    /** A status named by a noun ("the approval of the lease", "no decision to hold talks"), read as its verb's. */
    private void nominalStatus(int i, String lemma, Factuality f, boolean inScope) {
        if (f == null && reading.is(i, "NOUN") && !supposedAt[i]) {
            Factuality nominal = Factuality.ofNominal(lemma).orElse(null);
            String target = nominal == null ? null : clauses.nominalTarget(i);
            Optional<Factuality> value = target == null || target.isEmpty() ? Optional.empty()
                    : inScope ? nominal.negated(notYet) : Optional.of(nominal);
            if (value.isPresent()) {
                statuses.add(new ClaimFeatures.Status(value.get(), inScope ? "not " + lemma : lemma, target, ClauseParties.agents(reading, i)));
            }
        }
    }

    /** An extent word and its noun, nouns coordinated by "and", and a compound of two nouns. */
    private void shapes(int i, String lemma, boolean inScope) {
        if ((Lexicons.UNIVERSAL.contains(lemma) || Lexicons.RESTRICTED.contains(lemma)) && !inScope) {
            String noun = nextNoun(i);
            if (noun != null) {
                extents.add(new ClaimFeatures.Extent(lemma, noun, Lexicons.UNIVERSAL.contains(lemma)));
            }
        }
        if (reading.is(i, "NOUN") && i + 2 < reading.size() && reading.lemma(i + 1).equals("and") && reading.is(i + 2, "NOUN")) {
            coordinated.add(lemma + "+" + reading.lemma(i + 2));
        }
        if (reading.is(i, "NOUN") && i + 1 < reading.size() && reading.is(i + 1, "NOUN")) {
            compounds.add(lemma + "+" + reading.lemma(i + 1));
        }
        // A noun and the head of its "on" or "against" phrase, what the act is aimed at ("strikes on power plants": strike>plant).
        if (reading.is(i, "NOUN") && i + 2 < reading.size() && (reading.lemma(i + 1).equals("on") || reading.lemma(i + 1).equals("against"))) {
            String head = null;
            for (int j = i + 2; j < reading.size() && (reading.is(j, "NOUN") || reading.is(j, "ADJ") || reading.is(j, "DET")); j++) {
                head = reading.is(j, "NOUN") ? reading.lemma(j) : head;
            }
            if (head != null) {
                targets.add(lemma + ">" + head);
            }
        }
    }

    /** An evaluative word at i: its VADER valence, turned if the negation denies it, by what it is said of. */
    private void judgement(int i, String lemma, boolean inScope) {
        // Adjectives and adverbs judge ("productive", "very well"), and verbs of social behaviour ("fail", "succeed":
        // WordNet's verb.social); a noun's valence and other verbs' are mostly their topic's ("kill", "fire", "war": tried on
        // the development corpus, verbs of acts put reports of strikes among the judgements).
        // An adjective that begins a name judges nothing ("United States", "Royal Geographical Society"), nor one of a run
        // of adjectives before a name ("Grand Old Opera House": the tagger reads "Old" as an adjective too).
        boolean inName = (i + 1 < reading.size() && reading.is(i + 1, "PROPN")) || (reading.is(i, "ADJ") && beginsAName(i));
        boolean judging = reading.is(i, "ADJ") || reading.is(i, "ADV")
                || (reading.is(i, "VERB") && valence.containsKey(lemma) && WordSenses.judgingVerb(lemma));
        int producer = ResultObject.verbOf(reading, i, valence);
        if (producer >= 0 && !asked(i)) {
            judgeResult(i, lemma, inScope, producer);
            return;
        }
        if (judging && !inName && !asked(i)) {
            Double v = Valences.at(reading, i).orElse(null);
            if (v != null && Math.abs(v) >= 1.0) {
                // Only what the negation denies is turned ("not productive"), not every word after it ("has not shifted from
                // his ambitious goals").
                boolean denied = inScope && negated.contains(lemma);
                judgedWords.append(judgedWords.length() > 0 ? ", " : "").append(denied ? "not " : "").append(lemma);
                JudgementTargets.add(byTarget, JudgementTargets.of(reading, clauses, i), denied ? -0.74 * v : v, (denied ? "not " : "") + lemma);
            }
        }
    }

    /** A result noun at i of the verb at {@code producer} ("produced no progress"): its valence, turned if denied, said of the verb's subject. */
    private void judgeResult(int i, String lemma, boolean inScope, int producer) {
        ResultObject.Said said = ResultObject.said(reading, i, producer);
        // An aim, a hope or a supposition is no result; nor is what a party (not a meeting) achieved a judgement of the meeting.
        String producedBy = JudgementTargets.subjectOf(reading, clauses, producer);
        if (said == ResultObject.Said.NEITHER || supposedAt[producer] || producedBy == null) {
            return;
        }
        double v = valence.get(lemma);
        // "did not produce progress" denies the verb, "produced no progress" the noun, "produced little progress" and "failed to
        // produce progress" too: each denies the result.
        boolean denied = said == ResultObject.Said.DENIED || inScope && (negated.contains(lemma) || negated.contains(reading.lemma(producer)));
        judgedWords.append(judgedWords.length() > 0 ? ", " : "").append(denied ? "not " : "").append(lemma);
        JudgementTargets.add(byTarget, producedBy, denied ? -0.74 * v : v,
                (denied ? "not " : "") + lemma);
    }

    /** Verbs of asking, which take a dependent yes-no question after "if" (VerbNet 3.4 inquire-37.1.2: ask, inquire, enquire, query; wonder). */
    private static final java.util.Set<String> ASKING = java.util.Set.of("ask", "inquire", "enquire", "query", "wonder");

    /**
     * Whether the word at i stands in a dependent yes-no question ("when asked if he was optimistic", "asked whether the talks
     * were useful"): the question's content is put, not asserted (Quirk et al. 1985, 15.5: dependent interrogative clauses,
     * opened by "whether", or by "if" after a verb of asking), so an evaluative word in it judges nothing. Read back to the
     * opener within the clause (up to a comma, a colon or a quotation mark).
     */
    private boolean asked(int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            String l = reading.lemma(j);
            if (reading.is(j, "PUNCT")) {
                return false;
            }
            if (l.equals("whether") || l.equals("if") && askedBefore(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of asking governs the "if" at j: right before it, or before the person asked, an indirect object of up to
     * four words ("asked the city's mayor if": "ask" takes an indirect object before a dependent question, Quirk et al. 1985,
     * ch. 16 on ditransitive complementation by a wh-clause; Huddleston and Pullum 2002, ch. 11 on interrogative content
     * clauses): a pronoun, or a noun phrase of determiners, adjectives and nouns.
     */
    private boolean askedBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - 5); k--) {
            if ((reading.is(k, "VERB") || k == j - 1) && ASKING.contains(reading.lemma(k))) {
                return true;
            }
            boolean object = reading.is(k, "PRON") && k == j - 1 || reading.is(k, "DET") || reading.is(k, "ADJ") || reading.is(k, "NOUN")
                    || reading.is(k, "PROPN") || reading.lemma(k).equals("'s");
            if (!object) {
                return false;
            }
        }
        return false;
    }

    /** Whether what the first negation cue denies is a report whose content is uncommitted ("made no reference to …"). */
    boolean negatesAReport() {
        return cueAt >= 0 && cueAt + 1 < uncommittedAt.length && firstUncommittedInScope(cueAt, scopeEnd);
    }

    /** Whether the first content word after the negator at {@code cue} in its scope stands in an uncommitted report. */
    private boolean firstUncommittedInScope(int cueIndex, int end) {
        for (int i = cueIndex + 1; i < Math.min(end, uncommittedAt.length); i++) {
            if (reading.is(i, "NOUN") || reading.is(i, "VERB") || reading.is(i, "ADJ")) {
                return uncommittedAt[i];
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
}
