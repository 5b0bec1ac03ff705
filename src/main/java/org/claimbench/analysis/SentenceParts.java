package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.TextSpan;

/**
 * The parts of one sentence that are claims of their own, beside or instead of the whole sentence:
 * statements joined in one sentence ("X says A, but Y says B"), several quotations reported with
 * "that" ("said that "A" and that "B""), a quotation in brackets after a speaker's name ("Marco Rubio
 * ("we have no more time")"), a reporting participle (", saying that …"), and the outlet's own aside
 * inside someone else's statement (", the sixth in less than five months,", "that is, Kiev's surrender").
 */
final class SentenceParts {

    private static final Pattern THAT_QUOTE = Pattern.compile("\\bthat\\s*[\"“]");
    private static final Pattern BRACKET_QUOTE = Pattern.compile("^\\s*\\(\\s*[\"“]");
    /** ", the sixth …", ", its eighth …": the outlet counting, set off by commas. */
    private static final Pattern ORDINAL_ASIDE = Pattern.compile(",\\s+((?:the|its|their)\\s+(?:first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d+(?:st|nd|rd|th))\\b[^,.;:\"“”]*)");
    /** ", which are likely unacceptable to Ukraine": the outlet's judgement, hedged, on what someone said. */
    private static final Pattern HEDGED_WHICH = Pattern.compile(",\\s+(which\\s+(?:is|are|was|were|would be|will be)\\s+"
            + "(?:likely|probably|almost certainly|certainly|unlikely|widely seen as|seen as)\\b[^,.;:\"“”]*)");
    /** ", that is, …": the outlet explaining what someone's words mean. */
    private static final Pattern GLOSS = Pattern.compile("(?:^|[,;:\"”]\\s*)that is,\\s+([^;\"“”]+?)[.;]?$");

    private SentenceParts() {
    }

    /**
     * ", but Moscow says …", ", although most …", ", and Putin expressed …": where a sentence may turn to a
     * second statement, often another source's or another speaker's.
     */
    private static final Pattern CLAUSE_TURN = Pattern.compile(",\\s+(?:but|while|whereas|although|though|despite"
            + "|and(?=\\s+\\p{Lu}\\p{L}*\\s+(?i:" + ClaimSuggester.REPORTING.pattern().replace("\\b(", "\\b(?:") + ")))\\s+(\\p{L}+)");
    /** A second statement has a subject of its own: a name, or a noun phrase; a pronoun only continues the first. */
    private static final Pattern OWN_SUBJECT = Pattern.compile("\\p{Lu}\\p{L}*|the|a|an|his|her|its|their|this|these|those|most|many|some|both|all");

    /**
     * A sentence cut where it turns to a second statement with a subject of its own ("X says A,
     * but Moscow says B"), when both parts state something; else the sentence alone.
     */
    static List<Sentence> clauses(Sentence s) {
        String t = s.text();
        Matcher m = CLAUSE_TURN.matcher(t);
        List<Sentence> out = new ArrayList<>(2);
        int from = 0;
        while (m.find()) {
            if (!OWN_SUBJECT.matcher(m.group(1)).matches() || m.group(1).equals("I")) {
                continue;
            }
            String head = t.substring(from, m.start());
            // The second statement starts at its turning word, except a bare "and", which joins rather than turns.
            int tailStart = m.group().endsWith("and " + m.group(1)) ? m.start(1) : m.start() + 1;
            while (Character.isWhitespace(t.charAt(tailStart))) {
                tailStart++;
            }
            String tail = t.substring(tailStart);
            if (Words.count(head) >= 5 && Words.count(tail) >= 5 && SentenceKinds.FINITE_VERB.matcher(head).find() && SentenceKinds.FINITE_VERB.matcher(tail).find()
                    && !inOpenQuote(t, m.start())) {
                out.add(new Sentence(new TextSpan(s.start() + from, s.start() + m.start()), s.paragraph(), head));
                from = tailStart;
            }
        }
        if (from == 0) {
            return List.of(s);
        }
        out.add(new Sentence(new TextSpan(s.start() + from, s.end()), s.paragraph(), t.substring(from)));
        return out;
    }

    /** Whether a position is inside a quotation opened earlier in the sentence (a quoted sentence stays whole). */
    private static boolean inOpenQuote(String t, int at) {
        int straight = 0;
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“' || c == '«') {
                open++;
            } else if (c == '”' || c == '»') {
                open--;
            }
        }
        return straight % 2 == 1 || open > 0;
    }

    private static final Pattern PARTICIPLE = Pattern.compile(",\\s+((?:saying|adding|complaining|insisting|arguing|warning|noting"
            + "|stressing|claiming)\\b)");

    /** The clause a reporting participle opens (", saying that …", ", complaining about …") to the sentence's end, or null. */
    static TextSpan participle(String text, Sentence s) {
        Matcher m = PARTICIPLE.matcher(text.substring(s.start(), s.end()));
        if (!m.find()) {
            return null;
        }
        int start = s.start() + m.start(1);
        return words(text, new TextSpan(start, s.end())) >= 4 ? new TextSpan(start, s.end()) : null;
    }

    /**
     * The quotations of a sentence that each follow "that", when there are two or more of them and
     * each says something (three words or more): a claim per quotation, without its marks.
     */
    static List<TextSpan> reportedQuotes(String text, Sentence s, List<TextSpan> quotes) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan q : quotes) {
            if (q.start() < s.start() || q.end() > s.end()) {
                continue;
            }
            int lookFrom = Math.max(0, q.start() - 8);
            if (!THAT_QUOTE.matcher(text.substring(lookFrom, q.start() + 1)).find()) {
                continue;
            }
            TextSpan inner = inner(text, q);
            if (inner != null && words(text, inner) >= 3) {
                out.add(inner);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The quotation in brackets right after a speaker's name, without its brackets and marks, or null. */
    static TextSpan bracketedQuote(String text, SpeakerMention m, List<TextSpan> quotes) {
        int end = m.span().end();
        int lineEnd = text.indexOf('\n', end);
        String after = text.substring(end, Math.min(lineEnd < 0 ? text.length() : lineEnd, end + 6));
        if (!BRACKET_QUOTE.matcher(after).find()) {
            return null;
        }
        for (TextSpan q : quotes) {
            if (q.start() > end && q.start() <= end + 6 && q.end() < text.length() && text.charAt(q.end()) == ')') {
                TextSpan inner = inner(text, q);
                return inner != null && words(text, inner) >= 3 ? inner : null;
            }
        }
        return null;
    }

    /**
     * The outlet's own aside in a sentence attributed to someone else: a count set off by commas
     * (", the sixth in less than five months,"), a hedged judgement (", which are likely unacceptable
     * to Ukraine") or a gloss ("…," that is, Kiev's virtual surrender.).
     */
    static List<TextSpan> outletAsides(String text, Sentence s) {
        List<TextSpan> out = new ArrayList<>();
        String t = text.substring(s.start(), s.end());
        Matcher m = ORDINAL_ASIDE.matcher(t);
        while (m.find()) {
            if (Words.count(t.substring(m.start(1), m.end(1))) >= 4) {
                out.add(new TextSpan(s.start() + m.start(1), s.start() + m.end(1)));
            }
        }
        Matcher h = HEDGED_WHICH.matcher(t);
        while (h.find()) {
            out.add(new TextSpan(s.start() + h.start(1), s.start() + h.end(1)));
        }
        Matcher g = GLOSS.matcher(t);
        if (g.find() && Words.count(g.group(1)) >= 2) {
            out.add(new TextSpan(s.start() + g.start(1), s.start() + g.end(1)));
        }
        return out;
    }

    /** A quotation without its marks and the punctuation that ends it inside them ("…peace," → "…peace"). */
    private static TextSpan inner(String text, TextSpan q) {
        int start = q.start() + 1;
        int end = q.end() - 1;
        while (end > start && ",;:. ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
    }

    private static int words(String text, TextSpan span) {
        return Words.count(text.substring(span.start(), span.end()));
    }
}
