package org.claimbench.analysis.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimbench.domain.TextSpan;

/**
 * The attribution metrics of {@code claimbench eval attribution}, on texts whose attributions are
 * known (a PolNeAR split, or any corpus in its layout).
 *
 * <p>Matching: a suggestion and a gold attribution match when the suggestion's span and the gold
 * content span share words at token F1 ≥ 0.5 (tokens: runs of letters and digits, by position);
 * pairs are taken best F1 first, each suggestion and each gold attribution at most once. The
 * figures are those of issue 10, which measured the engine before the attribution rebuild:
 * <ul>
 * <li>statementRecall: gold contents of four words or more matched by a suggestion (any suggestion:
 *     whether it names the right speaker is speakerAccuracy's business), over all such contents;</li>
 * <li>attributedStatementRecall: the same, counting only suggestions attributed to someone (not the
 *     outlet's own assertions);</li>
 * <li>contentRecall: all gold contents, whatever their length, matched by a suggestion;</li>
 * <li>precision: suggestions attributed to someone (not the outlet) that match a gold attribution (matched
 *     among the attributed suggestions alone), over all of them;</li>
 * <li>speakerAccuracy: matched pairs whose suggested speaker shares a content word with the gold source
 *     span, over the matched pairs whose gold source is there and is not a pronoun ("he", "who"); a
 *     suggestion given as the outlet's own assertion names no speaker, so it is wrong here;</li>
 * <li>sourceSpanF1: the mean token F1 of the suggested source span against the gold source span, over
 *     matched pairs with a gold source (a suggestion with no source span scores 0).</li>
 * </ul>
 */
public final class AttributionScores {

    /** The threshold of the issue and of span-overlap metrics in attribution work: half the words, by F1. */
    public static final double MATCH_F1 = 0.5;
    /** A statement: a gold content of this many words or more. */
    public static final int STATEMENT_WORDS = 4;

    /** One text to score: its gold attributions and the engine's suggestions, offsets into {@code text}. */
    public record ScoredText(String name, String publisher, String text, List<GoldAttribution> gold, List<PredictedAttribution> predicted) {
    }

    /**
     * A gold statement no suggestion matched.
     *
     * @param nearestF1      the best token F1 any suggestion reaches on it (below {@link #MATCH_F1}; 0 when none overlaps)
     * @param nearestContent the words of that suggestion, "" when none overlaps
     */
    public record Miss(String text, String source, String cue, String content, double nearestF1, String nearestContent, String category) {
    }

    /** An attributed suggestion that matched no gold attribution. */
    public record Extra(String text, String speaker, String content, String reason) {
    }

    /**
     * A matched pair whose speaker is judged wrong.
     *
     * @param goldCue      the gold cue's words
     * @param sourceSpan   the words of the suggestion's source span ("" when it has none: the outlet's own)
     * @param reason       the suggestion's reason
     * @param category     why, as the {@link Diagnosis} tells
     */
    public record WrongSpeaker(String text, String speaker, String goldSource, String content, String goldCue, String sourceSpan, String reason,
                               String category) {
    }

    /** Names the kind of each error for {@code --details} ({@link ErrorCategories}); {@link #NONE} names none. */
    public interface Diagnosis {

        /** Why a gold statement was missed; {@code nearest} is the suggestion overlapping it most, or null. */
        String ofMiss(ScoredText t, GoldAttribution g, PredictedAttribution nearest);

        /** Why the speaker of the suggestion matched to the gold attribution is judged wrong. */
        String ofWrongSpeaker(ScoredText t, GoldAttribution g, PredictedAttribution p);

        /** No diagnosis: every category is "". */
        Diagnosis NONE = new Diagnosis() {
            @Override
            public String ofMiss(ScoredText t, GoldAttribution g, PredictedAttribution nearest) {
                return "";
            }

            @Override
            public String ofWrongSpeaker(ScoredText t, GoldAttribution g, PredictedAttribution p) {
                return "";
            }
        };
    }

    /** The figures of a set of texts. */
    public record Figures(int texts, int goldAttributions, int goldStatements, int attributedSuggestions, int outletSuggestions,
                          double statementRecall, double attributedStatementRecall, double contentRecall, double precision,
                          double speakerAccuracy, int speakersJudged, double sourceSpanF1, int sourceSpansJudged) {
    }

    /** The figures over all texts and by publisher, and what --details lists. */
    public record Result(Figures all, Map<String, Figures> byPublisher, List<Miss> misses, List<Extra> extras, List<WrongSpeaker> wrongSpeakers) {

        /** How many misses each category of the diagnosis holds, most first. */
        public Map<String, Integer> missCategories() {
            return counts(misses.stream().map(Miss::category).toList());
        }

        /** How many wrong speakers each category of the diagnosis holds, most first. */
        public Map<String, Integer> wrongSpeakerCategories() {
            return counts(wrongSpeakers.stream().map(WrongSpeaker::category).toList());
        }

        private static Map<String, Integer> counts(List<String> categories) {
            Map<String, Integer> counts = new TreeMap<>();
            categories.stream().filter(c -> !c.isEmpty()).forEach(c -> counts.merge(c, 1, Integer::sum));
            Map<String, Integer> out = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }

    private AttributionScores() {
    }

    public static Result score(List<ScoredText> texts) {
        return score(texts, Diagnosis.NONE);
    }

    /** The figures, each miss and wrong speaker named by the diagnosis. */
    public static Result score(List<ScoredText> texts, Diagnosis diagnosis) {
        Tally all = new Tally();
        Map<String, Tally> byPublisher = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();
        List<WrongSpeaker> wrong = new ArrayList<>();
        for (ScoredText t : texts) {
            Tally one = new Tally();
            scoreText(t, one, misses, extras, wrong, diagnosis);
            all.add(one);
            byPublisher.computeIfAbsent(t.publisher(), k -> new Tally()).add(one);
        }
        Map<String, Figures> pub = new LinkedHashMap<>();
        byPublisher.forEach((k, v) -> pub.put(k, v.figures()));
        return new Result(all.figures(), pub, misses, extras, wrong);
    }

    private static void scoreText(ScoredText t, Tally tally, List<Miss> misses, List<Extra> extras, List<WrongSpeaker> wrong, Diagnosis diagnosis) {
        WordTokens words = new WordTokens(t.text());
        List<GoldAttribution> gold = t.gold().stream().filter(g -> !g.content().isEmpty()).toList();
        int[][] goldTokens = new int[gold.size()][];
        for (int j = 0; j < gold.size(); j++) {
            goldTokens[j] = words.within(gold.get(j).content());
        }
        List<PredictedAttribution> all = t.predicted();
        int[][] allTokens = all.stream().map(p -> words.within(List.of(p.content()))).toArray(int[][]::new);
        int[] goldMatch = match(allTokens, goldTokens);
        // Precision is the attributed suggestions' alone: matched among themselves, so an outlet's suggestion takes none of their gold.
        List<Integer> attributed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).byOutlet()) {
                attributed.add(i);
            }
        }
        int[] goldMatchAttributed = match(attributed.stream().map(i -> allTokens[i]).toArray(int[][]::new), goldTokens);

        tally.texts++;
        tally.gold += gold.size();
        tally.attributed += attributed.size();
        tally.outlet += all.size() - attributed.size();
        for (int j = 0; j < gold.size(); j++) {
            GoldAttribution g = gold.get(j);
            boolean statement = goldTokens[j].length >= STATEMENT_WORDS;
            if (statement) {
                tally.statements++;
                if (goldMatchAttributed[j] >= 0) {
                    tally.statementsFoundAttributed++;
                }
            }
            int i = goldMatch[j];
            if (i < 0) {
                if (statement) {
                    int nearest = -1;
                    double best = 0;
                    for (int k = 0; k < all.size(); k++) {
                        double f = WordTokens.f1(allTokens[k], goldTokens[j]);
                        if (f > best) {
                            best = f;
                            nearest = k;
                        }
                    }
                    misses.add(new Miss(t.name(), covered(t.text(), g.source()), covered(t.text(), g.cue()), covered(t.text(), g.content()),
                            Math.round(best * 1000) / 1000.0, nearest < 0 ? "" : covered(t.text(), List.of(all.get(nearest).content())),
                            diagnosis.ofMiss(t, g, nearest < 0 ? null : all.get(nearest))));
                }
                continue;
            }
            tally.contentsFound++;
            if (statement) {
                tally.statementsFound++;
            }
            PredictedAttribution p = all.get(i);
            if (!g.source().isEmpty()) {
                String goldSource = covered(t.text(), g.source());
                tally.sourceSpansJudged++;
                tally.sourceSpanF1 += p.source().map(s -> WordTokens.f1(words.within(List.of(s)), words.within(g.source()))).orElse(0.0);
                if (!WordTokens.pronoun(goldSource)) {
                    tally.speakersJudged++;
                    java.util.Set<String> shared = p.byOutlet() ? new java.util.HashSet<>() : WordTokens.contentWords(p.speaker());
                    shared.retainAll(WordTokens.contentWords(goldSource));
                    if (!shared.isEmpty()) {
                        tally.speakersRight++;
                    } else {
                        wrong.add(new WrongSpeaker(t.name(), p.byOutlet() ? "the outlet" : p.speaker(), goldSource,
                                covered(t.text(), List.of(p.content())), covered(t.text(), g.cue()),
                                p.source().map(s -> covered(t.text(), List.of(s))).orElse(""), p.reason(), diagnosis.ofWrongSpeaker(t, g, p)));
                    }
                }
            }
        }
        boolean[] precise = new boolean[attributed.size()];
        for (int m : goldMatchAttributed) {
            if (m >= 0) {
                precise[m] = true;
            }
        }
        for (int k = 0; k < attributed.size(); k++) {
            if (precise[k]) {
                tally.precise++;
            } else {
                PredictedAttribution p = all.get(attributed.get(k));
                extras.add(new Extra(t.name(), p.speaker(), covered(t.text(), List.of(p.content())), p.reason()));
            }
        }
    }

    /** For each gold item, the predicted item it is matched with (or -1): pairs at F1 ≥ 0.5, best first, each item once. */
    static int[] match(int[][] predicted, int[][] gold) {
        record Pair(int p, int g, double f1) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < predicted.length; i++) {
            for (int j = 0; j < gold.length; j++) {
                double f = WordTokens.f1(predicted[i], gold[j]);
                if (f >= MATCH_F1) {
                    pairs.add(new Pair(i, j, f));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::f1).reversed().thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        int[] goldMatch = new int[gold.length];
        java.util.Arrays.fill(goldMatch, -1);
        boolean[] used = new boolean[predicted.length];
        for (Pair p : pairs) {
            if (goldMatch[p.g()] < 0 && !used[p.p()]) {
                goldMatch[p.g()] = p.p();
                used[p.p()] = true;
            }
        }
        return goldMatch;
    }

    private static String covered(String text, List<TextSpan> fragments) {
        StringBuilder sb = new StringBuilder();
        for (TextSpan f : fragments) {
            if (sb.length() > 0) {
                sb.append(" … ");
            }
            sb.append(text, f.start(), f.end());
        }
        return sb.toString().replace('\n', ' ');
    }

    private static final class Tally {
        int texts;
        int gold;
        int statements;
        int statementsFound;
        int statementsFoundAttributed;
        int contentsFound;
        int attributed;
        int outlet;
        int precise;
        int speakersJudged;
        int speakersRight;
        int sourceSpansJudged;
        double sourceSpanF1;

        void add(Tally o) {
            texts += o.texts;
            gold += o.gold;
            statements += o.statements;
            statementsFound += o.statementsFound;
            statementsFoundAttributed += o.statementsFoundAttributed;
            contentsFound += o.contentsFound;
            attributed += o.attributed;
            outlet += o.outlet;
            precise += o.precise;
            speakersJudged += o.speakersJudged;
            speakersRight += o.speakersRight;
            sourceSpansJudged += o.sourceSpansJudged;
            sourceSpanF1 += o.sourceSpanF1;
        }

        Figures figures() {
            return new Figures(texts, gold, statements, attributed, outlet, ratio(statementsFound, statements), ratio(statementsFoundAttributed, statements),
                    ratio(contentsFound, gold), ratio(precise, attributed), ratio(speakersRight, speakersJudged), speakersJudged,
                    round(sourceSpansJudged == 0 ? 0 : sourceSpanF1 / sourceSpansJudged), sourceSpansJudged);
        }

        private static double ratio(int a, int b) {
            return round(b == 0 ? 0 : (double) a / b);
        }

        private static double round(double d) {
            return Math.round(d * 1000) / 1000.0;
        }
    }
}
