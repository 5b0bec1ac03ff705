package org.claimbench.analysis.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * How often each lemma is an attribution's cue in an annotated corpus, and in what share of its
 * occurrences: the figures the cue lexicon's "PolNeAR train" entries are chosen by. Each token is
 * read with OpenNLP (lemma, part of speech) and counted under one of three forms:
 * <ul>
 * <li>{@code verb}: a verb in the active voice ("said", "seems");</li>
 * <li>{@code passive}: a past participle after a form of "be", adverbs between ("is expected", "was widely
 *     believed");</li>
 * <li>{@code noun}: a noun ("criticism", "view").</li>
 * </ul>
 * A token is a cue when it lies inside a gold cue span; an attribution counts once for each lemma of its cue.
 * Thread-safe for reading; {@link #add} is not.
 */
public final class CueStatistics {

    /** Figures of one lemma in one form: the attributions it cues, its occurrences and the share that are cues. */
    public record Entry(String lemma, String form, int attributions, int sourced, int cueTokens, int occurrences) {

        /** The share of its attributions whose annotation names a source (PolNeAR leaves it out for "seems", "is expected"). */
        public double sourcedShare() {
            return attributions == 0 ? 0 : (double) sourced / attributions;
        }

        /** Cue tokens over occurrences, 0 to 1. */
        public double share() {
            return occurrences == 0 ? 0 : (double) cueTokens / occurrences;
        }
    }

    private final Map<String, int[]> counts = new HashMap<>();

    /** Counts the cues and tokens of one annotated text. */
    public void add(GoldDocument doc, List<AnalysedSentence> sentences) {
        List<TextSpan> cueSpans = new ArrayList<>();
        List<Boolean> sourced = new ArrayList<>();
        for (GoldAttribution a : doc.attributions()) {
            cueSpans.addAll(a.cue());
            a.cue().forEach(c -> sourced.add(!a.source().isEmpty()));
        }
        Set<String> attributionKeys = new HashSet<>();
        for (AnalysedSentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String form = form(t, i);
                if (form == null) {
                    continue;
                }
                String key = t.get(i).lemma().toLowerCase(java.util.Locale.ROOT) + "\t" + form;
                int[] c = counts.computeIfAbsent(key, k -> new int[4]);
                c[3]++;
                int cue = cueIndex(cueSpans, t.get(i));
                if (cue >= 0) {
                    c[2]++;
                    if (attributionKeys.add(key + "\t" + cueSpans.get(cue).start())) {
                        c[0]++;
                        c[1] += sourced.get(cue) ? 1 : 0;
                    }
                }
            }
        }
    }

    private static int cueIndex(List<TextSpan> cues, Token x) {
        for (int k = 0; k < cues.size(); k++) {
            TextSpan c = cues.get(k);
            if (c.start() <= x.start() && x.end() <= c.end()) {
                return k;
            }
        }
        return -1;
    }

    /** The token's form (verb, passive, noun), or null for any other word. */
    static String form(List<Token> t, int i) {
        Token x = t.get(i);
        if (x.is("NOUN")) {
            return "noun";
        }
        if (!x.is("VERB")) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && t.get(k).is("ADV")) {
            k--;
        }
        String w = x.text().toLowerCase(java.util.Locale.ROOT);
        // The tagger's parts of speech are UD's coarse ones: a verb after "be" that is no "-ing" form is read as a participle.
        return k >= 0 && !w.endsWith("ing") && t.get(k).hasLemma("be") ? "passive" : "verb";
    }

    /** Every lemma and form seen as a cue at least {@code minAttributions} times, most attributions first. */
    public List<Entry> entries(int minAttributions) {
        List<Entry> out = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[0] >= minAttributions) {
                String[] f = key.split("\t");
                out.add(new Entry(f[0], f[1], c[0], c[1], c[2], c[3]));
            }
        });
        out.sort(Comparator.comparingInt(Entry::attributions).reversed().thenComparing(Entry::lemma).thenComparing(Entry::form));
        return out;
    }

    /** The statistics of a corpus, its texts analysed with {@code english}. */
    public static CueStatistics of(List<GoldDocument> docs, English english) {
        CueStatistics s = new CueStatistics();
        for (GoldDocument d : docs) {
            s.add(d, english.analyse(d.text()));
        }
        return s;
    }
}
