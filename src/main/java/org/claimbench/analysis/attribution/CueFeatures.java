package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * The features the {@link CueModel} reads for one candidate cue of a sentence (a verb, a noun or an adjective): single
 * lemmas, parts of speech and shapes of the word and the words around it, never a phrase or a sentence of any text. A
 * feature is a short string ("l=argue", "n1t=SCONJ", "wn=verb.communication", "subj=PROPN"); a few pair two of them
 * ("wn=verb.cognition&n1=that"). A noun's or an adjective's carry its tag ("NOUN:l=warning", "ADJ:before=be").
 * The same features are read for training ({@link CueModelTraining}) and for finding cues ({@link SentenceAttributions}).
 */
final class CueFeatures {

    private CueFeatures() {
    }

    /**
     * The features of the candidate ({@link #candidate}) at token {@code i} of a sentence.
     *
     * @param text   the article's text (token offsets are UTF-16 indices into it)
     * @param t      the sentence's tokens, after {@link NameTags} and {@link VerbTags}
     * @param quotes the article's quotations
     * @param cues   the cue lexicon (whether it knows the lemma is a feature)
     */
    static String[] of(String text, List<Token> t, int i, Quotations quotes, CueLexicon cues) {
        Token x = t.get(i);
        WordNet.Pos pos = x.is("NOUN") ? WordNet.Pos.NOUN : x.is("ADJ") ? WordNet.Pos.ADJECTIVE : WordNet.Pos.VERB;
        String lemma = x.lemma().toLowerCase(Locale.ROOT);
        String w = Phrases.lower(x);
        List<String> f = new ArrayList<>(40);
        f.add("bias");
        f.add("l=" + lemma);
        f.add("shape=" + (w.endsWith("ing") ? "ing" : w.endsWith("ed") ? "ed" : w.endsWith("s") && !w.equals(lemma) ? "s"
                : w.equals(lemma) ? "base" : "other"));
        f.add("lex=" + (cues.verb(lemma).isPresent() ? "verb" : cues.phrasal(lemma, i + 1 < t.size() ? Phrases.lower(t.get(i + 1)) : "").isPresent()
                ? "phrasal" : cues.noun(lemma).isPresent() ? "noun" : "none"));
        f.add("speech=" + cues.reportsSpeech(lemma));
        String wn = WordNet.shared().lexicographerFile(lemma, pos);
        f.add("wn=" + (wn.isEmpty() ? "none" : wn));
        if (pos != WordNet.Pos.VERB) {
            // What stands before a noun or an adjective: a possessive ("her warning"), a form of "be" ("is confident").
            f.add("before=" + before(t, i));
        }
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int k = i + d;
            String name = d < 0 ? "p" + (-d) : "n" + d;
            if (k < 0 || k >= t.size()) {
                f.add(name + "t=EDGE");
                continue;
            }
            Token y = t.get(k);
            f.add(name + "t=" + (markOf(text, y, quotes) ? "QUOTE" : y.tag()));
            if (!y.is("PROPN") && !y.is("NUM")) {
                f.add(name + "=" + y.lemma().toLowerCase(Locale.ROOT));
            }
        }
        String next = i + 1 < t.size() ? Phrases.lower(t.get(i + 1)) : "";
        String nextTag = i + 1 < t.size() ? t.get(i + 1).tag() : "EDGE";
        f.add("wn=" + wn + "&n1t=" + nextTag);
        f.add("l=" + lemma + "&n1t=" + nextTag);
        if (next.equals("that") || next.equals(":") || next.equals(",")) {
            f.add("wn=" + wn + "&n1=" + next);
        }
        f.add("subj=" + subject(t, i));
        f.add("l=" + lemma + "&subj=" + subject(t, i));
        f.add("thatSoon=" + within(t, i + 1, 6, "that"));
        f.add("colonSoon=" + within(t, i + 1, 3, ":"));
        f.add("quoteNear=" + quoteNear(text, t, i, quotes));
        f.add("sentenceQuotes=" + sentenceQuotes(text, t, quotes));
        f.add("at=" + (i == 0 ? "first" : i * 3 < t.size() ? "early" : i * 3 < 2 * t.size() ? "middle" : "late"));
        f.add("commaBefore=" + (i > 0 && t.get(i - 1).text().equals(",")));
        f.add("toBefore=" + (i > 0 && Phrases.lower(t.get(i - 1)).equals("to")));
        if (pos != WordNet.Pos.VERB) {
            // A noun's or an adjective's features are its part of speech's own ("NOUN:l=warning", "ADJ:bias"), weighed by
            // the nominal model of CueModel.
            f.replaceAll(feature -> x.tag() + ":" + feature);
        }
        return f.toArray(String[]::new);
    }

    /**
     * Whether a word is a candidate cue the model weighs: a verb, a noun ("her warning that …", "the group's criticism of …")
     * or an adjective ("is confident that …").
     */
    static boolean candidate(Token x) {
        return x.is("VERB") || x.is("NOUN") || x.is("ADJ");
    }

    /** What stands before a noun or an adjective, adverbs and adjectives skipped: "possessive", "be", "det", "other" or "edge". */
    private static String before(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).is("ADV") || t.get(k).is("ADJ"))) {
            k--;
        }
        if (k < 0) {
            return "edge";
        }
        Token y = t.get(k);
        return Phrases.possessive(y) || Phrases.possessiveEnding(y) || y.text().endsWith("'s") || y.text().endsWith("’s") ? "possessive"
                : y.is("AUX") && y.lemma().equals("be") ? "be" : y.is("DET") ? "det" : "other";
    }

    /** The part of speech of the nearest word before the verb that can be its subject, or "none" ("PROPN", "PRON", "NOUN"). */
    private static String subject(List<Token> t, int i) {
        // Counted up by the distance back, not down to a limit: a call starting at the limit traps the compiled code (docs/speed.md,
        // speed round 34).
        for (int d = 1; d <= i && d <= 4; d++) {
            Token y = t.get(i - d);
            if (y.is("PROPN") || y.is("PRON") || y.is("NOUN")) {
                return y.tag();
            }
            if (!(y.is("ADV") || y.is("AUX") || y.is("PART"))) {
                return "none";
            }
        }
        return "none";
    }

    private static boolean within(List<Token> t, int from, int n, String word) {
        for (int k = from; k < Math.min(t.size(), from + n); k++) {
            if (Phrases.lower(t.get(k)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** "before", "after" or "none": a quotation mark among the three words before or after the verb. */
    private static String quoteNear(String text, List<Token> t, int i, Quotations quotes) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (markOf(text, t.get(k), quotes)) {
                return "before";
            }
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
            if (markOf(text, t.get(k), quotes)) {
                return "after";
            }
        }
        return "none";
    }

    private static boolean sentenceQuotes(String text, List<Token> t, Quotations quotes) {
        for (Token y : t) {
            if (markOf(text, y, quotes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean markOf(String text, Token y, Quotations quotes) {
        return y.is("PUNCT") && (quotes.openingAt(y.start()) != null || quotes.closingAt(y.end()) != null || "\"“”«»".contains(y.text()));
    }
}
