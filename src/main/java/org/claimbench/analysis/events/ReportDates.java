package org.claimbench.analysis.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.analysis.attribution.CueLexicon;
import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;

/**
 * Whether a day the lead names dates the report of an event rather than the event: news dates the statement it quotes
 * ("a Houthi official said on Monday", "Akazawa told NHK in an interview on Saturday", "the Kremlin on Tuesday confirmed"),
 * and that day is the reaction's or the interview's, not the day of the call or the deal the statement speaks of (the
 * reporting clause and its adjuncts, Quirk et al. 1985, 14.29-14.33 and 8.54; the time adjunct is the reporting verb's).
 * Only dates of the reported act ("met on Monday", "agreed on Monday", "signed on Monday") or of a meeting noun date the
 * event. A verb of saying is a member of the attribution lexicon's verbs of communication (VerbNet 3.4 class 37) or of
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
        List<String> words = WORD.matcher(before.substring(from)).results().map(java.util.regex.MatchResult::group).toList();
        if (toThePress(words)) {
            return true;
        }
        for (int i = words.size() - 1; i >= Math.max(0, words.size() - REACH); i--) {
            Optional<Boolean> saying = verbOfSaying(words.get(i));
            if (saying.isPresent()) {
                return saying.get();
            }
        }
        String after = lead.substring(t.end(), Math.min(lead.length(), t.end() + 30));
        Matcher next = NEXT_WORD.matcher(after);
        // Only a finite verb reports there ("Trump on Monday said"); a participle opens a clause of its own ("signed the deal on
        // Monday, promising …": an adverbial participle clause, Quirk et al. 1985, 15.58).
        return next.find() && !next.group(1).toLowerCase(java.util.Locale.ROOT).endsWith("ing") && verbOfSaying(next.group(1)).orElse(false);
    }

    /**
     * The collective nouns of the news media, in WordNet 3.1 "press" (the print media) and "media" (mass media); a person of
     * the trade is a kind of WordNet's "communicator" ("reporter", "journalist", "correspondent", "broadcaster").
     */
    private static final java.util.Set<String> THE_MEDIA = java.util.Set.of("press", "media");

    /**
     * Whether the words before a day talk to the press: an inflected verb, "to" or "with", perhaps "the", and a noun of the
     * news media ("spoke to reporters Thursday", "talked with the press on Monday"). Talking together is the event ("spoke on
     * Monday"), but talking to reporters is a statement about it: the press is the audience, not a party (the recipient of
     * a verb of communication, VerbNet talk-37.5's Recipient, here the medium that reports it).
     */
    private static boolean toThePress(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.get(i).toLowerCase(java.util.Locale.ROOT);
            if (!w.equals("to") && !w.equals("with")) {
                continue;
            }
            int n = i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("the") ? i + 2 : i + 1;
            if (n < words.size() && ofTheMedia(words.get(n)) && verbOfSaying(words.get(i - 1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun (perhaps plural) names the news media or a person of that trade (see {@link #THE_MEDIA}). */
    private static boolean ofTheMedia(String noun) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        String one = n.endsWith("s") && !n.endsWith("ss") ? n.substring(0, n.length() - 1) : n;
        WordNet wn = WordNet.shared();
        return THE_MEDIA.contains(n) || wn.kindWithin(one, "communicator", WordNet.Pos.NOUN) || wn.kindWithin(n, "communicator", WordNet.Pos.NOUN);
    }

    /**
     * For an inflected verb form, whether it is a verb of saying; empty for a word that is no inflected verb (a noun, a name,
     * a preposition, a base form, which news rarely writes as the finite verb of a report).
     */
    private static Optional<Boolean> verbOfSaying(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (w.length() < 3 || w.endsWith("'s")) {
            return Optional.empty();
        }
        List<String> bases = WordForms.verbBaseForms(w);
        if (bases.isEmpty() || bases.contains(w)) {
            return Optional.empty();
        }
        CueLexicon cues = CueLexicon.standard();
        for (String base : bases) {
            Optional<CueLexicon.Cue> cue = cues.verb(base);
            boolean saying = cue.isPresent() && (cues.communicates(base) || cues.reportsSpeech(base) || cue.get().source().contains("indicate-78"))
                    && !cue.get().source().contains("talk-37.5") && EventNouns.kindOf(base).isEmpty();
            if (saying) {
                return Optional.of(true);
            }
        }
        return Optional.of(false);
    }
}
