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
        if (!(first && aloneOnLine) && afterASentenceOnItsLine(text, s.start()) && nonFinite(t)) {
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
     * Whether a sentence's verbs are all non-finite: no auxiliary, and every verb an -ing participle ({@link #ingForm}) or an infinitive after "to". A finite verb phrase is what makes a clause independent; a clause with none
     * is non-finite and dependent (Quirk et al. 1985, 3.52-3.54, 14.5), and standing alone it is a fragment of the writer's
     * style, a nonsentence (11.41 ff), which asserts nothing a reader could check ("Buying time to keep on building.").
     * Only a sentence that opens with its non-finite verb counts ("To keep …", "Buying …"): where a subject comes first, a
     * finite verb the tagger read as a noun ("The minister plans to …") is more likely than a fragment. A headline is left to
     * its own grammar ({@link #statement}), and so is a line of its own ({@link #afterASentenceOnItsLine}).
     */
    static boolean nonFinite(List<Token> t) {
        int first = 0;
        while (first < t.size() && t.get(first).is("PUNCT")) {
            first++;
        }
        // An -ing form opening the sentence may be tagged a noun (a gerund at a capital: "Buying time …"); any finite verb
        // after it still makes the sentence one ("Housing costs climbed.").
        boolean ing = first < t.size() && (t.get(first).is("VERB") || t.get(first).is("NOUN")) && ingForm(Phrases.lower(t.get(first)));
        if (first >= t.size() || !(ing || t.get(first).is("VERB") || Phrases.lower(t.get(first)).equals("to") && first + 1 < t.size() && t.get(first + 1).is("VERB"))) {
            return false;
        }
        boolean verb = false;
        for (int k = 0; k < t.size(); k++) {
            Token x = t.get(k);
            if (x.is("AUX") || AdverbTags.verbReadAsAdverb(t, k)) {
                return false;
            }
            if (!x.is("VERB")) {
                continue;
            }
            verb = true;
            String w = Phrases.lower(x);
            boolean participle = ingForm(w);
            boolean infinitive = k > 0 && Phrases.lower(t.get(k - 1)).equals("to");
            if (!participle && !infinitive) {
                return false;
            }
        }
        return verb;
    }

    /**
     * Whether a lower-case word is an -ing form: the suffix after a stem with a vowel of its own ("gaining", "occupying",
     * "dying"), not the letters of a root ("bring", "sing", "string"). By spelling: the lemmatizer leaves some -ing forms as
     * they are ("occupying").
     */
    private static boolean ingForm(String w) {
        return w.endsWith("ing") && w.substring(0, w.length() - 3).matches(".*[aeiouy].*");
    }

    /**
     * Whether another sentence stands before offset {@code at} (UTF-16) on the same line. A non-finite phrase on a line of its
     * own is an item of a list ("Cutting fees for small ports." under "The plan includes:"), whose items PolNeAR annotates as
     * contents of the report that introduces them; so is one after a colon earlier on its line, which introduces a list run
     * into the paragraph ("Its record: Cutting fees. Selling the pier."; Quirk et al. 1985, Appendix III, the colon that introduces a list).
     * One that follows a sentence in running prose is the writer's comment on that sentence, punctuated apart (11.41 ff).
     */
    private static boolean afterASentenceOnItsLine(String text, int at) {
        String before = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
        return !before.isBlank() && before.indexOf(':') < 0;
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
