package org.claimbench.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.TextSpan;

/**
 * The statement of an attributed sentence without the words that attribute it: what follows
 * "Peskov said (that)" or "Trump wrote on Truth Social:", and what comes before ", the White House
 * said" or "…," Vance told reporters. When the attribution sits in the middle of the sentence, or
 * the verb takes an object rather than a statement ("Putin praised Trump as a peacemaker"), the
 * whole sentence is the claim.
 */
final class StatementSpans {

    /**
     * Verbs that report an act with an object ("Trump proposed a 30-day ceasefire", "Putin praised Trump")
     * rather than words: what stands before them is not their statement.
     */
    static final Pattern ACTS = Pattern.compile("(?i)called|calls|accused|accuses|praised|criticized|criticised|congratulated|dismissed"
            + "|declined|offered|proposed|demanded|rejected|refused|ruled out|described|hailed|expressed|agreed|promised|vowed");

    /** Verbs that report a clause directly, with no "that" ("Peskov said the talks were useful"). */
    private static final Set<String> BARE = Set.of("said", "says", "say", "added", "adds", "wrote", "writes", "believes", "thinks");
    /** "said on Friday that", "told reporters that": a few words, none of them a verb of a clause, then "that". */
    private static final Pattern THAT_AFTER = Pattern.compile("^(?:\\s+(?!(?:is|was|were|are|will|would|be)\\b)[\\p{L}’'-]+){0,6}?"
            + "\\s+that\\s+");
    /** "wrote on Truth Social: "…"": a few words, a colon or comma, then the quotation. */
    private static final Pattern QUOTE_AFTER = Pattern.compile("^[^.;\"“”]{0,40}?[:,]?\\s*[\"“]");
    private static final Pattern CLAUSE_START = Pattern.compile(
            "^\\s+(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|its|their|no|\\p{Lu}\\p{L}*)\\b");
    /** What may stand between a statement and the attribution after it: a comma, closing quotation marks, "the". */
    private static final Pattern BEFORE_ATTRIBUTION = Pattern.compile("[,:]?\\s*[\"”’']*\\s*(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** After an attribution that closes a statement: a few words ("bluntly", "at the end of the meeting"), then a comma or the end. */
    private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("^[^,.;\"“”]{0,40}(?:[,.;]|$)");
    /** How far into the sentence an attribution may start and still open it ("Yuri Ushakov, quoted by Reuters, Putin said"). */
    private static final int OPENING = 60;

    private StatementSpans() {
    }

    /**
     * The statement's span; {@code attrStart}..{@code attrEnd} are the attribution's words (the
     * speaker or pronoun and the verb, in either order), {@code verb} the reporting verb.
     */
    static TextSpan of(String text, Sentence s, int attrStart, int attrEnd, String verb) {
        TextSpan before = statementBefore(text, s, attrStart, attrEnd, verb);
        if (before != null) {
            return before;
        }
        if (attrStart - s.start() <= OPENING) {
            TextSpan after = statementAfter(text, s, attrEnd, verb);
            if (after != null) {
                return after;
            }
        }
        return s.span();
    }

    /** "The call was useful, Peskov said." / ""…," Vance told reporters": the statement before the attribution. */
    private static TextSpan statementBefore(String text, Sentence s, int attrStart, int attrEnd, String verb) {
        Matcher tail = ATTRIBUTION_TAIL.matcher(text.substring(attrEnd, s.end()));
        if (attrStart - s.start() < 12 || !tail.find() || tail.group().contains("that") || ACTS.matcher(verb).matches()) {
            return null;
        }
        String head = text.substring(s.start(), attrStart);
        Matcher sep = BEFORE_ATTRIBUTION.matcher(head);
        if (!sep.find() || sep.start() == head.length() || !sep.group().matches("(?is).*[,:\"”’'].*")) {
            return null;
        }
        int start = s.start();
        while (start < attrStart && "\"“'‘ ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return trimmed(text, start, s.start() + sep.start());
    }

    /** "Peskov said (on Friday) (that) …" / "Trump wrote: "…"": the statement after the attribution. */
    private static TextSpan statementAfter(String text, Sentence s, int attrEnd, String verb) {
        if (ACTS.matcher(verb).matches()) {
            return null;
        }
        String rest = text.substring(attrEnd, s.end());
        Matcher that = THAT_AFTER.matcher(rest);
        if (that.find()) {
            return trimmed(text, attrEnd + that.end(), s.end());
        }
        Matcher quote = QUOTE_AFTER.matcher(rest);
        if (quote.find()) {
            // One quotation running to the sentence's end: its words are the statement.
            int start = attrEnd + quote.end();
            int close = Math.max(text.lastIndexOf('"', s.end() - 1), text.lastIndexOf('”', s.end() - 1));
            String inside = text.substring(start, Math.max(start, close));
            boolean one = close > start && inside.indexOf('"') < 0 && inside.indexOf('“') < 0 && inside.indexOf('”') < 0
                    && text.substring(close + 1, s.end()).strip().length() <= 1;
            return one ? trimmed(text, start, close) : null;
        }
        if (BARE.contains(verb.toLowerCase(Locale.ROOT)) && CLAUSE_START.matcher(rest).find()) {
            int start = attrEnd;
            while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            return trimmed(text, start, s.end());
        }
        return null;
    }

    /** The rest of a sentence from an offset ("In the Kremlin's account, | …"); the whole sentence if the rest is too short. */
    static TextSpan after(String text, Sentence s, int from) {
        TextSpan rest = trimmed(text, from, s.end());
        return rest == null ? s.span() : rest;
    }

    /** The part of a sentence inside a quotation, without the quotation marks (the whole sentence if that part is too short). */
    static TextSpan within(String text, Sentence s, TextSpan quote) {
        int start = Math.max(s.start(), quote.start() + 1);
        while (start < s.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        TextSpan inner = trimmed(text, start, Math.min(s.end(), quote.end() - 1));
        return inner == null ? s.span() : inner;
    }

    private static boolean balanced(String t) {
        long straight = t.chars().filter(c -> c == '"').count();
        return straight % 2 == 0 && t.chars().filter(c -> c == '“').count() == t.chars().filter(c -> c == '”').count();
    }

    /** The span without the punctuation it ends on inside quotation marks; null when too short to be a statement. */
    private static TextSpan trimmed(String text, int start, int end) {
        int whole = end;
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "\"“‘«".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && ",;: \"”'’»".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (!balanced(text.substring(start, end))) {
            // A quotation opened inside the statement keeps its closing mark: «Putin was "playing for time."»
            end = whole;
            while (end > start && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return Words.count(text.substring(start, end)) >= 3 ? new TextSpan(start, end) : null;
    }
}
