package org.claimbench.analysis.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.attribution.CueLexicon;
import org.claimbench.analysis.language.WordNet;

/**
 * Whether a day the lead names dates the report of an event rather than the event: news dates the statement it quotes
 * ("a Houthi official said on Monday", "Akazawa told NHK in an interview on Saturday", "the Kremlin on Tuesday confirmed"),
 * and that day is the reaction's or the interview's, not the day of the call or the deal the statement speaks of (the
 * reporting clause and its adjuncts, Quirk et al. 1985, 14.29-14.33 and 8.54; the time adjunct is the reporting verb's).
 * So does a verb that judges or rejects the event (VerbNet judgment-33.1, reject-77.2: "on Thursday dismissed the call"): the
 * reaction's day. Only dates of the reported act ("met on Monday", "agreed on Monday", "signed on Monday") or of a meeting noun
 * date the event. A verb of saying is a member of the attribution lexicon's verbs of communication (VerbNet 3.4 class 37) or of
 * indicate-78 ("confirm", "state"), known by its inflected form (WordNet's morphology: "told", "said"); not a verb of
 * talking together (VerbNet talk-37.5: "spoke on Monday" is the call) nor one that names the event itself ("called").
 * Stateless and thread-safe.
 */
final class ReportDates {

    /** How many words before the day the reporting verb may stand ("told NHK in an interview on Saturday"). */
    private static final int REACH = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    /** A clause or phrase boundary the reporting verb's reach stops at. */
    private static final Pattern BOUNDARY = Pattern.compile("[.;:!?\"“”\\n(]|\\b(?:that|and|but|who|which|when|after|before|as)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The word right after the day, past a comma ("Trump on Monday said"). */
    private static final Pattern NEXT_WORD = Pattern.compile("^[,\\s]*([\\p{L}]+)");

    private ReportDates() {
    }

    /**
     * Whether the day at [t.start, t.end) of the lead dates a statement: the nearest inflected verb in the few words before it
     * (with its object and adjuncts between, no clause boundary) is a verb of saying, or a finite one right after it is ("Trump
     * on Monday said").
     */
    static boolean datesAReport(String lead, TimeMention t) {
        String before = lead.substring(Math.max(0, t.start() - 80), t.start());
        Matcher b = BOUNDARY.matcher(before);
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        int offset = Math.max(0, t.start() - 80) + from;
        List<java.util.regex.MatchResult> words = WORD.matcher(before.substring(from)).results().toList();
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - REACH); i--) {
            Optional<Boolean> saying = verbOfSaying(words.get(i).group(), lead.substring(offset + words.get(i).end()));
            if (saying.isPresent()) {
                return saying.get();
            }
        }
        String after = lead.substring(t.end(), Math.min(lead.length(), t.end() + 30));
        Matcher next = NEXT_WORD.matcher(after);
        // Only a finite verb reports there ("Trump on Monday said"); a participle opens a clause of its own ("signed the deal on
        // Monday, promising …": an adverbial participle clause, Quirk et al. 1985, 15.58).
        return next.find() && !next.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                && verbOfSaying(next.group(1), lead.substring(t.end() + next.end(1))).orElse(false);
    }

    /**
     * Whether a verb judges or rejects what it takes as its object (VerbNet 3.4 judgment-33.1, reject-77.2: "welcomed", "criticized",
     * "dismissed", "rejected" the call or the other side's account of it): a reaction, whose day is the reaction's, not the event's.
     * A verb whose first WordNet sense is a physical act (verb.competition, verb.contact, verb.motion: "attacked", "assaulted") is
     * left out: news writes it of strikes as often as of words.
     */
    private static boolean judges(String base, CueLexicon.Cue cue) {
        if (!cue.source().contains("judgment-33.1") && !cue.source().contains("reject-77.2")) {
            return false;
        }
        String first = WordNet.shared().lexicographerFile(base, WordNet.Pos.VERB);
        return !PHYSICAL.contains(first);
    }

    /**
     * Whether the noun phrase after a verb (the day and its preposition skipped, up to a clause boundary or a preposition other than
     * "of") names a call or a meeting ({@link EventNouns}): "dismissed the telephone call between …", "rejected Ostrana's account of
     * Tuesday's call", not "welcomed Varga to the summit" (a person welcomed: the summit's own act) nor "criticised the tolls".
     */
    private static boolean objectIsTheEvent(String following) {
        String window = following.substring(0, Math.min(following.length(), 100));
        Matcher end = OBJECT_END.matcher(window);
        if (end.find()) {
            window = window.substring(0, end.start());
        }
        return EventNouns.firstKind(window).isPresent();
    }

    /** Where a verb's object ends: a clause boundary, or a preposition other than "of" after the object's first word. */
    private static final Pattern OBJECT_END = Pattern.compile("[.;:!?\"“”\\n(,]|(?<=\\p{L}\\s)\\b(?:to|in|at|for|with|by|from|during|after|before"
            + "|into|over|about|as|under|since|ahead|while|that|and|but|who|which)\\b", Pattern.CASE_INSENSITIVE);

    /** WordNet's lexicographer files of physical acts (Miller et al. 1990, "Introduction to WordNet", the verb files). */
    private static final java.util.Set<String> PHYSICAL = java.util.Set.of("verb.competition", "verb.contact", "verb.motion");

    /**
     * For an inflected verb form, whether it is a verb of saying; empty for a word that is no inflected verb (a noun, a name,
     * a preposition, a base form, which news rarely writes as the finite verb of a report).
     */
    private static Optional<Boolean> verbOfSaying(String word, String following) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (w.length() < 3 || w.endsWith("'s")) {
            return Optional.empty();
        }
        List<String> bases = WordNet.shared().verbBaseForms(w);
        if (bases.isEmpty() || bases.contains(w)) {
            return Optional.empty();
        }
        CueLexicon cues = CueLexicon.standard();
        for (String base : bases) {
            Optional<CueLexicon.Cue> cue = cues.verb(base);
            boolean saying = cue.isPresent() && (cues.communicates(base) || cues.reportsSpeech(base) || cue.get().source().contains("indicate-78")
                    || judges(base, cue.get()) && objectIsTheEvent(following)) && !cue.get().source().contains("talk-37.5") && EventNouns.kindOf(base).isEmpty();
            if (saying) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
