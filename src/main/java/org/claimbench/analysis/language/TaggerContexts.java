package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.postag.POSContextGenerator;

/**
 * The part-of-speech model's scores for a token, summed from its features' predicate numbers, which are looked up once per
 * word form instead of once per token.
 *
 * <p>OpenNLP's context generator for the shipped English model (its {@code ConfigurablePOSContextGenerator} with the
 * model's feature generators) gives each token these features, in this order: "def"; the suffixes and prefixes of up to
 * four characters ("suf=", "pre="); "w=" and the word in lower case; the same word feature of the words before and after
 * ("p1w=", "p2w=", "n1w=", "n2w="); "S=begin", "p1S=begin" or "p2S=begin" for the sentence's first three tokens; the
 * word's class ("wc=") and word and class ("w&amp;c="); the tag before ("t=") and the two before ("t2="). All but the
 * neighbours', the sentence's and the tags' depend on the word form alone, so they are read from the generator once per
 * form (asked about the form as a sentence of one token, whose features are these plus "S=begin"). The sums are added in
 * the generator's order, so they are bit for bit {@link GisScores#sums} of the generator's own context (checked on text by
 * {@code EnglishTest}). A generator that gives another shape is noticed when this is made ({@link #fits}), and the
 * tagger then asks it for every token as before.
 *
 * <p>Not thread-safe: one per tagger, one tagger per thread. It keeps at most {@link #MOST_FORMS} forms (about 600
 * bytes each with the model's 38 tags: at most about 6 MB a thread) and starts again when full.
 */
final class TaggerContexts {

    static final int MOST_FORMS = 10_000;
    private static final String[] NO_TAGS = new String[0];
    private static final String BEGIN = "S=begin";
    private static final int UNREAD = -2;

    /**
     * One word form's features: the sums of its own features that come first (the prior plus "def" to "w=", added in that
     * order: every token's sums start so), its own after the sentence's ("wc=", "w&amp;c="), and its word feature as each
     * neighbour's.
     */
    record Form(double[] first, int[] kind, int asPrevious, int asSecondPrevious, int asNext, int asSecondNext) {
    }

    private final GisScores gis;
    private final POSContextGenerator generator;
    private final String[] outcomes;
    private final Map<String, Form> forms = new HashMap<>();
    private final int[] sentenceStart;
    private final int[] tagBefore;
    private final int[] tagsBefore;
    private final boolean fits;

    TaggerContexts(GisScores gis, POSContextGenerator generator, String[] outcomes) {
        this.gis = gis;
        this.generator = generator;
        this.outcomes = outcomes.clone();
        this.sentenceStart = new int[] {gis.find(BEGIN), gis.find("p1S=begin"), gis.find("p2S=begin")};
        this.tagBefore = new int[outcomes.length];
        this.tagsBefore = new int[outcomes.length * outcomes.length];
        Arrays.fill(tagBefore, UNREAD);
        Arrays.fill(tagsBefore, UNREAD);
        this.fits = probe();
    }

    /** Whether the generator gives the features this reads (checked on three sentences when made). */
    boolean fits() {
        return fits;
    }

    /**
     * Each outcome's log score for token i of a sentence (GisScores#sums of the generator's context), written into out.
     *
     * @param forms the sentence's tokens' forms, from {@link #forms(String[])}
     * @param tags  the outcome numbers of the tags before token i (at least i of them)
     */
    double[] sums(Form[] forms, int i, int[] tags, double[] out) {
        Form w = forms[i];
        System.arraycopy(w.first, 0, out, 0, w.first.length);
        if (i >= 1) {
            gis.add( forms[i - 1].asPrevious, out);
        }
        if (i >= 2) {
            gis.add( forms[i - 2].asSecondPrevious, out);
        }
        if (i + 1 < forms.length) {
            gis.add( forms[i + 1].asNext, out);
        }
        if (i + 2 < forms.length) {
            gis.add( forms[i + 2].asSecondNext, out);
        }
        if (i < sentenceStart.length) {
            gis.add(sentenceStart[i], out);
        }
        for (int p : w.kind) {
            gis.add(p, out);
        }
        if (i >= 1) {
            gis.add(tagBefore(tags[i - 1]), out);
        }
        if (i >= 2) {
            gis.add(tagsBefore(tags[i - 2], tags[i - 1]), out);
        }
        return out;
    }

    /** The forms of a sentence's tokens, for {@link #sums}. */
    Form[] forms(String[] tokens) {
        Form[] out = new Form[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = form(tokens[i]);
        }
        return out;
    }

    private Form form(String token) {
        Form f = forms.get(token);
        if (f == null) {
            f = read(token);
            if (forms.size() >= MOST_FORMS) {
                forms.clear();
            }
            forms.put(token, f);
        }
        return f;
    }

    private Form read(String token) {
        String[] context = generator.getContext(0, new String[] {token}, NO_TAGS, null);
        int begin = Arrays.asList(context).indexOf(BEGIN);
        String word = null;
        for (int k = 0; k < begin; k++) {
            if (context[k].startsWith("w=")) {
                word = context[k].substring(2);
            }
        }
        if (begin < 0 || word == null) {
            return null;
        }
        double[] first = gis.prior(new double[outcomes.length]);
        for (int p : ids(context, 0, begin)) {
            gis.add(p, first);
        }
        return new Form(first, ids(context, begin + 1, context.length), gis.find("p1w=" + word),
                gis.find("p2w=" + word), gis.find("n1w=" + word), gis.find("n2w=" + word));
    }

    private int[] ids(String[] context, int from, int to) {
        List<Integer> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            int p = gis.find(context[k]);
            if (p >= 0) {
                out.add(p);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private int tagBefore(int t) {
        int p = tagBefore[t];
        if (p == UNREAD) {
            p = gis.find("t=" + outcomes[t]);
            tagBefore[t] = p;
        }
        return p;
    }

    private int tagsBefore(int t2, int t1) {
        int k = t2 * outcomes.length + t1;
        int p = tagsBefore[k];
        if (p == UNREAD) {
            p = gis.find("t2=" + outcomes[t2] + "," + outcomes[t1]);
            tagsBefore[k] = p;
        }
        return p;
    }

    /**
     * Whether the generator's contexts of a few sentences are what this reads: the same features in the same order as
     * {@link #sums} adds them (compared as strings, every feature, known to the model or not).
     */
    private boolean probe() {
        String[][] sentences = {{"Ada", "said", "the", "U.S.-led", "talks", "ran", "late", "."}, {"Yes", "!"}, {"3,000"}};
        for (String[] tokens : sentences) {
            for (String t : tokens) {
                if (read(t) == null) {
                    return false;
                }
            }
            String[] tags = new String[tokens.length];
            Arrays.fill(tags, outcomes[0]);
            for (int i = 0; i < tokens.length; i++) {
                List<String> expected = Arrays.asList(generator.getContext(i, tokens, Arrays.copyOf(tags, i), null));
                if (!expected.equals(features(tokens, i, tags))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The feature strings {@link #sums} stands for at token i, in its order (for {@link #probe}). */
    private List<String> features(String[] tokens, int i, String[] tags) {
        String[] own = generator.getContext(0, new String[] {tokens[i]}, NO_TAGS, null);
        int begin = Arrays.asList(own).indexOf(BEGIN);
        List<String> out = new ArrayList<>(Arrays.asList(own).subList(0, begin));
        String[] names = {"p1w=", "p2w=", "n1w=", "n2w="};
        int[] at = {i - 1, i - 2, i + 1, i + 2};
        for (int k = 0; k < 4; k++) {
            if (at[k] >= 0 && at[k] < tokens.length) {
                out.add(names[k] + word(tokens[at[k]]));
            }
        }
        if (i < 3) {
            out.add(i == 0 ? BEGIN : "p" + i + BEGIN);
        }
        out.addAll(Arrays.asList(own).subList(begin + 1, own.length));
        if (i >= 1) {
            out.add("t=" + tags[i - 1]);
        }
        if (i >= 2) {
            out.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        }
        return out;
    }

    private String word(String token) {
        for (String f : generator.getContext(0, new String[] {token}, NO_TAGS, null)) {
            if (f.startsWith("w=")) {
                return f.substring(2);
            }
        }
        return "";
    }
}
