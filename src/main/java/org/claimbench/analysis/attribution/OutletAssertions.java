package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Token;
import org.claimbench.domain.TextSpan;

/**
 * The outlet's own assertions: sentences that state something and that no attribution gives to
 * someone else. Left out, by the genre's conventions: questions; someone's speech with no one named
 * (a sentence that opens a quotation, or speaks in the first person outside quotation marks); lines
 * with no closing punctuation after the first line (subheadings, captions, bylines, web boilerplate);
 * and fragments with no verb or under five words, an "according to" phrase standing alone among them.
 */
public final class OutletAssertions {

    /** A sentence given as the outlet's own, and why. */
    public record Assertion(TextSpan span, String reason) {
    }

    /** First-person pronouns (a closed class): outside quotation marks they are someone speaking, not the outlet reporting. */
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "we", "us", "our", "ours");

    private OutletAssertions() {
    }

    public static List<Assertion> find(String text, List<AnalysedSentence> sentences, List<Attribution> attributions) {
        Quotations quotes = Quotations.of(text);
        List<Assertion> out = new ArrayList<>();
        int headline = headline(text, sentences);
        for (int i = 0; i < sentences.size(); i++) {
            AnalysedSentence s = sentences.get(i);
            if (attributed(s, attributions) || !statement(text, s, quotes, i == headline)) {
                continue;
            }
            TextSpan span = Spans.trimmed(text, s.start(), s.end());
            if (span != null) {
                out.add(new Assertion(new TextSpan(s.start(), span.end() < s.end() && text.charAt(span.end()) == '.' ? span.end() + 1 : s.end()),
                        i == headline ? "the headline: the outlet's own summary of the story" : "an assertion no one else is said to make: the outlet's own"));
            }
        }
        return out;
    }

    /**
     * The index of the headline: the first sentence, or the first after the web page's labels above it (lines of one to three
     * words each, alone on their line, with no closing punctuation: "NEWS", "Skip to content", a section's name). A page saved
     * as text keeps its site's navigation and section labels above the headline; none of them is a sentence or a headline.
     */
    static int headline(String text, List<AnalysedSentence> sentences) {
        int i = 0;
        while (i + 1 < sentences.size() && label(text, sentences.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean label(String text, AnalysedSentence s) {
        long words = s.tokens().stream().filter(x -> !x.is("PUNCT")).count();
        String last = s.tokens().isEmpty() ? "" : s.tokens().get(s.tokens().size() - 1).text();
        return words >= 1 && words <= 3 && !".!?".contains(last) && Spans.aloneOnLine(text, s.start(), s.end());
    }

    private static boolean attributed(AnalysedSentence s, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.content().start() < s.end() && s.start() < a.content().end() || a.cue().start() >= s.start() && a.cue().end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean statement(String text, AnalysedSentence s, Quotations quotes, boolean first) {
        List<Token> t = s.tokens();
        int words = 0;
        boolean verb = false;
        for (int k = 0; k < t.size(); k++) {
            Token x = t.get(k);
            if (!x.is("PUNCT")) {
                words++;
            }
            verb |= (x.is("VERB") || x.is("AUX") || AdverbTags.verbReadAsAdverb(t, k)) && !accordingTo(t, k);
            if (FIRST_PERSON.contains(Phrases.lower(x)) && !quotes.inside(x.start())) {
                return false;
            }
        }
        boolean aloneOnLine = Spans.aloneOnLine(text, s.start(), s.end());
        // A headline (the first line, standing alone) need not have a verb the tagger sees: headline grammar drops them.
        if (words < 5 || !(verb || first && aloneOnLine) || quotes.around(s.start()) != null || quotes.inside(s.start())) {
            return false;
        }
        String last = lastNonQuote(t);
        if (last.equals("?")) {
            return false;
        }
        boolean punctuated = last.equals(".") || last.equals("!");
        return punctuated || (first && aloneOnLine);
    }

    /**
     * Whether the token is the "according" of an "according to" that opens the sentence ("According to a harbour official."):
     * the UD tagger reads it as a verb, but the phrase is a preposition (Quirk et al. 1985, 9.10), and a sentence with it and
     * no other verb attributes what came before; it asserts nothing of its own.
     */
    private static boolean accordingTo(List<Token> t, int k) {
        return k + 1 < t.size() && Phrases.lower(t.get(k)).equals("according") && Phrases.lower(t.get(k + 1)).equals("to")
                && (k == 0 || k == 1 && t.get(0).is("PUNCT"));
    }

    private static String lastNonQuote(List<Token> t) {
        for (int i = t.size() - 1; i >= 0; i--) {
            if (!"\"“”«»'".contains(t.get(i).text()) && !t.get(i).text().equals(")")) {
                return t.get(i).text();
            }
        }
        return "";
    }
}
