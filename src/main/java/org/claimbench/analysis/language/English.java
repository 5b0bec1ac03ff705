package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/**
 * Sentences, tokens, parts of speech and lemmas of English text: the one face of Apache OpenNLP
 * 2.5 and its UD English 1.3.0 models in Claimbench.
 *
 * <p><b>Loading.</b> The models (about 2 MB of jars, a few tens of MB of heap) are read once per
 * process, on the first call that needs them, or by {@link #load()}; call {@code load()} from a
 * background thread before the user waits, never from the JavaFX thread.
 *
 * <p><b>Threads.</b> Every method may be called from any number of threads at once: the models are
 * shared (OpenNLP models are thread-safe) and each thread gets its own tagger, tokenizer, sentence
 * detector and lemmatizer (OpenNLP's {@code *ME} classes are not thread-safe).
 *
 * <p><b>Offsets.</b> Every offset is a UTF-16 index ({@code String} index) into the text passed in;
 * spans are half-open. A line break always ends a sentence (headlines, captions and paragraphs are
 * lines of their own); within a line OpenNLP's sentence model decides, with the AP Stylebook's
 * abbreviations ("Sen.", "Gov.", "Jan.") and a middle initial ("Ana B. Ruiz": {@link NameInitials})
 * not ending a sentence, and a piece that starts with a small letter joined to the sentence before it
 * (“What a night!” and said … is one sentence).
 *
 * <p><b>Tags and lemmas.</b> Tags are UD UPOS; lemmas are lower case (see {@link Token}).
 */
public final class English {

    private static final English SHARED = new English();

    private final Object loadLock = new Object();
    private volatile Models models;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(models()));
    private final LemmaCache lemmaCache = new LemmaCache();

    private English() {
    }

    /** The process's one instance (nothing is loaded until it is first used). */
    public static English shared() {
        return SHARED;
    }

    /**
     * Loads the models now if they are not loaded yet, and returns what the one load cost. Blocks
     * while another thread loads them. Throws IllegalStateException when a model jar is missing.
     */
    public ModelLoad load() {
        return models(false).load;
    }

    /**
     * As {@link #load()}, and if this call is the one that loads the models, measures the heap they
     * hold ({@link ModelLoad#heapBytes()}): a full garbage collection before and after, which stops
     * every thread for 100-250 ms. For benchmarks; the app calls {@link #load()}.
     */
    public ModelLoad loadMeasuringHeap() {
        return models(true).load;
    }

    /** Whether the models are in memory already (so a call will not wait for them). */
    public boolean loaded() {
        return models != null;
    }

    /** The sentences of a text, in order, without tokenising them. */
    public List<SentenceSpan> sentences(String text) {
        Tools t = tools.get();
        List<SentenceSpan> out = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (!blank(text, lineStart, lineEnd)) {
                int lineFirst = out.size();
                for (Span s : t.sentences.sentPosDetect(text.substring(lineStart, lineEnd))) {
                    int start = lineStart + s.getStart();
                    int end = lineStart + s.getEnd();
                    if (out.size() > lineFirst && startsLowerCase(text, start, end)) {
                        // No sentence starts with a small letter: “What a night!” and said … is one sentence.
                        start = out.remove(out.size() - 1).start();
                    } else if (out.size() > lineFirst && AcronymSentenceEnds.goesOn(text, out.get(out.size() - 1).start(), start)
                            && !holdsVerb(text, out.get(out.size() - 1).start(), start)) {
                        // "Mayor Ana Ruiz and U.S. Senator Tom Berg met …": a stretch with no verb is no sentence; the acronym
                        // is inside the noun phrase that goes on after it.
                        start = out.remove(out.size() - 1).start();
                    } else if (out.size() > lineFirst && NameInitials.goesOn(text, out.get(out.size() - 1).start(), start, AcronymSentenceEnds.OPENERS)) {
                        // "… FBI Director Ana B. Ruiz said …": a middle initial's full stop ends no sentence.
                        start = out.remove(out.size() - 1).start();
                    }
                    for (int split : AcronymSentenceEnds.splits(text, start, end)) {
                        // "… more routes to the U.S. They hope …": the acronym's full stop ends the sentence too.
                        add(text, start, split, paragraph, out);
                        start = split;
                    }
                    add(text, start, end, paragraph, out);
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Every sentence of a text with its tokens, tags and lemmas. */
    public List<AnalysedSentence> analyse(String text) {
        List<SentenceSpan> spans = sentences(text);
        List<AnalysedSentence> out = new ArrayList<>(spans.size());
        for (SentenceSpan s : spans) {
            out.add(analyse(text, s));
        }
        return out;
    }

    /** One sentence of {@link #sentences(String)} with its tokens, tags and lemmas. */
    public AnalysedSentence analyse(String text, SentenceSpan sentence) {
        return new AnalysedSentence(sentence.start(), sentence.end(), sentence.paragraph(),
                text.substring(sentence.start(), sentence.end()), tokens(text, sentence.start(), sentence.end()));
    }

    /**
     * Any range of a text (a claim, a clause) read as one sentence: its tokens, tags and lemmas,
     * offsets into the whole text. Throws IndexOutOfBoundsException for a range outside the text.
     */
    public AnalysedSentence analyseRange(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside a text of " + text.length() + " characters");
        }
        return new AnalysedSentence(start, end, 0, text.substring(start, end), tokens(text, start, end));
    }

    /**
     * The lemmatizer's three best readings of a token, best first, each once (the first is
     * {@link Token#lemma()}): for a lookup that should not fail on the model's first guess ("joked"
     * read as "jok", then "joke").
     */
    public List<String> lemmaReadings(Token token) {
        return lemmaCache.readings(tools.get().lemmas, token.text().replace('’', '\'').replace('‘', '\''), token.tag());
    }

    private List<Token> tokens(String text, int start, int end) {
        Tools t = tools.get();
        String piece = text.substring(start, end);
        // The models learnt English from text with straight apostrophes: "he’s" read as one piece of punctuation.
        // A curly apostrophe is read as a straight one (one character for one: offsets and token text stay the text's own).
        String read = piece.indexOf('’') >= 0 || piece.indexOf('‘') >= 0 ? piece.replace('’', '\'').replace('‘', '\'') : piece;
        Span[] spans = joinHyphenated(read, t.tokens.tokenizePos(read));
        String[] forms = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            forms[i] = read.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = t.tags.tag(forms);
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String lemma = lemmaCache.lemma(t.lemma, forms[i], tags[i]);
            out.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), piece.substring(spans[i].getStart(), spans[i].getEnd()),
                    tags[i], lemma));
        }
        return out;
    }

    /**
     * The tokenizer model splits some hyphenated words after their first part and keeps the hyphen on the second
     * ("Ruiz-Berg" as "Ruiz" and "-Berg", which the tagger then reads as punctuation, or as "Ruiz-" and "Berg"), where it
     * keeps others whole ("anti-immigrant"), or splits them in three ("self", "-", "made"): pieces written together with a
     * hyphen between letters are joined into one word (a range of numbers, "2-3", stays three tokens).
     */
    private static Span[] joinHyphenated(String s, Span[] spans) {
        List<Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            Span x = spans[i];
            Span prev = out == null ? (i > 0 ? spans[i - 1] : null) : (out.isEmpty() ? null : out.get(out.size() - 1));
            boolean glued = prev != null && prev.getEnd() == x.getStart() && (x.length() > 1 && s.charAt(x.getStart()) == '-'
                    && Character.isLetter(s.charAt(x.getStart() + 1)) && Character.isLetterOrDigit(s.charAt(prev.getEnd() - 1))
                    || prev.length() > 1 && s.charAt(prev.getEnd() - 1) == '-' && Character.isLetter(s.charAt(prev.getEnd() - 2))
                    && Character.isLetter(s.charAt(x.getStart()))
                    || x.length() == 1 && s.charAt(x.getStart()) == '-' && Character.isLetter(s.charAt(prev.getEnd() - 1))
                    && x.getEnd() < s.length() && Character.isLetter(s.charAt(x.getEnd())) && i + 1 < spans.length
                    && spans[i + 1].getStart() == x.getEnd());
            if (glued) {
                if (out == null) {
                    out = new ArrayList<>(List.of(spans).subList(0, i));
                }
                out.set(out.size() - 1, new Span(prev.getStart(), x.getEnd()));
            } else if (out != null) {
                out.add(x);
            }
        }
        return out == null ? spans : out.toArray(new Span[0]);
    }

    private Models models() {
        return models(false);
    }

    private Models models(boolean measureHeap) {
        Models m = models;
        if (m == null) {
            synchronized (loadLock) {
                m = models;
                if (m == null) {
                    m = Models.read(measureHeap);
                    models = m;
                }
            }
        }
        return m;
    }

    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? text.length() : n;
    }

    /** Whether the words from {@code from} to {@code to} hold a verb or an auxiliary, as the tagger reads them. */
    private boolean holdsVerb(String text, int from, int to) {
        for (Token t : tokens(text, from, to)) {
            if (t.is("VERB") || t.is("AUX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c) && "\"“‘'(".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(String text, int start, int end, int paragraph, List<SentenceSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new SentenceSpan(start, end, paragraph));
        }
    }
}
