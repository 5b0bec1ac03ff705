package org.claimbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.claimbench.domain.TextSpan;
import org.claimbench.importing.SampleArticles;

/**
 * Realistic text for benchmarks: the sample articles' sentences, shuffled with a fixed seed into
 * articles of a chosen size, and claim spans laid on word boundaries across them.
 */
final class SyntheticCorpus {

    private final List<String> sentences = new ArrayList<>();
    private final Random random;

    SyntheticCorpus(long seed) {
        random = new Random(seed);
        for (ArticleDraft d : SampleArticles.load()) {
            for (String s : d.text().split("(?<=[.!?])\\s+")) {
                if (s.length() > 30) {
                    sentences.add(s.replace('\n', ' '));
                }
            }
        }
    }

    private List<String> vocabulary;

    /**
     * A claim-like sentence: a sample sentence with some words swapped for others of the samples
     * and, now and then, a figure ("a two-hour call", "the sixth call"), so claims vary as real ones do.
     */
    String claimText() {
        if (vocabulary == null) {
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            sentences.forEach(x -> java.util.Collections.addAll(words, x.split("\\s+")));
            vocabulary = new ArrayList<>(words);
        }
        String[] w = sentences.get(random.nextInt(sentences.size())).split("\\s+");
        int from = random.nextInt(Math.max(1, w.length - 12));
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(w.length, from + 6 + random.nextInt(14)); i++) {
            sb.append(random.nextInt(4) == 0 ? vocabulary.get(random.nextInt(vocabulary.size())) : w[i]).append(' ');
        }
        switch (random.nextInt(8)) {
            case 0 -> sb.append("after a ").append(1 + random.nextInt(3)).append("-hour call");
            case 1 -> sb.append("in the ").append(List.of("fifth", "sixth", "seventh", "eighth").get(random.nextInt(4))).append(" call");
            case 2 -> sb.append("for a ").append(List.of(30, 60, 90).get(random.nextInt(3))).append("-day ceasefire");
            case 3 -> sb.append("and will not accept a ceasefire");
            case 4 -> sb.append("and talks will start immediately");
            default -> { }
        }
        return sb.toString().strip();
    }

    /** An article of about size characters, unique by its first line. */
    ArticleDraft article(int number, int size) {
        StringBuilder sb = new StringBuilder("Generated report ").append(number).append(" on the Putin–Trump calls\n\n");
        int paragraph = 0;
        while (sb.length() < size) {
            sb.append(sentences.get(random.nextInt(sentences.size())));
            sb.append(++paragraph % 4 == 0 ? "\n\n" : " ");
        }
        String text = sb.toString().strip();
        return new ArticleDraft(ArticleMetadata.titled("Generated report " + number), text);
    }

    /** count spans of 20 to 90 characters on word boundaries, spread evenly, none overlapping. */
    List<TextSpan> claimSpans(String text, int count) {
        List<TextSpan> spans = new ArrayList<>(count);
        int step = Math.max(1, text.length() / count);
        for (int i = 0; i < count; i++) {
            int from = wordStart(text, i * step);
            int end = Math.min(text.length(), from + 20 + random.nextInt(Math.max(1, Math.min(70, step - 25))));
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end > from && (spans.isEmpty() || from >= spans.get(spans.size() - 1).end())) {
                spans.add(new TextSpan(from, end));
            }
        }
        return spans;
    }

    private static int wordStart(String text, int at) {
        int i = Math.min(at, text.length() - 1);
        while (i < text.length() - 1 && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
