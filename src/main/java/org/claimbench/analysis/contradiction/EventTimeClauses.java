package org.claimbench.analysis.contradiction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which event a time phrase of a claim dates, read on the claim's lower-cased text ({@link #lower}: offsets kept): the event noun
 * it modifies or that an occurring verb has (not one an announcing verb governs), the anchor of "N after X" (a noun phrase, not a
 * clause) and the later event such a span leads to. The time words themselves are read by {@link EventTimes}.
 */
final class EventTimeClauses {

    private EventTimeClauses() {
    }

    /**
     * The nouns of events news writing places in time (EventNouns' kinds of contact: calls, meetings, visits, talks); a plural
     * ("calls since February") is several events, not one to place, except the plurale tantum "talks" and "negotiations".
     */
    static final String EVENT = "(?:phone |telephone )?(?<noun>call|conversation|contact|summit|meeting|talks|visit|negotiations)(?<pl>s?)";
    /** Words before an event noun that make it another instance than the one the other account places ("the next meeting"). */
    static final Pattern OTHER_INSTANCE = Pattern.compile("\\b(next|another|previous|earlier|later|upcoming|first|second|third"
            + "|last|future|new|further|follow-up)\\s+(?:[\\p{L}-]+\\s+)?$");
    /** An event noun, or the past tense of the verb it names ("they met": a meeting; TimeML's events are verbs and nouns alike). */
    private static final Pattern NOUN = Pattern.compile("\\b(?:" + EVENT + "|(?<verb>met|visited))\\b");
    /**
     * A sentence's end; not the period of an abbreviation news copy writes before a name or a day (a month's, a title's, an
     * initial's: "Nov. 24", "U.S. President", "Dr. Ortega"; AP Stylebook, "abbreviations and acronyms").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|gen"
            + "|gov|sen|rep|[a-z]))[.;!?]\\s");
    /**
     * Verbs of TimeML's OCCURRENCE class (TimeML Annotation Guidelines 1.2.1, Saurí et al. 2006, 2.3.1): an event noun they take
     * as subject or object happens at the time the clause gives ("talks were held two weeks ago", "the summit will take place
     * later this year").
     */
    private static final Pattern OCCURRING = Pattern.compile("\\b(?:held|hold|holds|holding|took place|take place|takes place|taking place"
            + "|happened|happen|happens|came|come|comes|met|meet|meets|spoke|speak|speaks|talked|talk|talks|visited|called|phoned)\\b");
    /**
     * Verbs of TimeML's REPORTING and I_ACTION classes (the same guidelines, 2.3.1): their time is the report's or the plan's, not
     * the event's ("Trump announced the summit two weeks ago": the announcement two weeks ago), so an event noun they govern is
     * not placed by the clause's time.
     */
    private static final Pattern ANNOUNCING = Pattern.compile("\\b(?:announc|propos|plann|schedul|confirm|arrang|request|suggest|cancel|postpon"
            + "|promis|offer|agreed (?:on|to)|agree (?:on|to)|call(?:s|ed)? for|sought|seek|said|say|says|told|report|urge[sd]?|reject|rul(?:ed|es) out)"
            + "\\w*(?:\\s+[\\p{L}'\"“”-]+){0,3}\\s+$");
    /** A time phrase that modifies the noun before it: right after it, or after one or two phrases of place or company. */
    private static final Pattern MODIFYING = Pattern.compile("[\\s\"”“']*(?:(?:in|at|with|between|to|of)\\s+(?:[\\p{L}'.\"“”-]+\\s+){1,5}){0,2},?\\s*(?:(?:in|on|at|by|during|for)\\s+)?");
    /** A time phrase after an occurring verb of the noun: "the summit will take place (in X) later this year". */
    private static final Pattern OCCURRING_CLAUSE = Pattern.compile("[\\s\"”']*(?:(?:was|were|is|are|will|would|had|has|have|be|been|to)\\s+){0,3}"
            + "(?:held|take place|took place|takes place|taking place|happened|happen|happens|came|come|comes)\\s+"
            + "(?:(?:in|at|with|between|to|on)\\s+(?:[\\p{L}'.-]+\\s+){1,5})?(?:(?:in|on|at|by|during|for)\\s+)?");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that", "their", "his", "her",
            "its", "our", "my", "your");
    /** Words that begin or carry a clause: an anchor phrase holding one is no noun phrase ("after Trump said a meeting …"). */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("said", "says", "say", "told", "would", "will", "was",
            "were", "is", "are", "had", "has", "have", "that", "which", "who", "he", "she", "they", "it", "we", "i", "a", "an", "the");

    /** The text lower-cased char by char: as long as the text, so offsets found in it cut the original. */
    static String lower(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i] == '’' ? '\'' : Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /**
     * Whether the words between "after" ("before") and the anchor noun are the start of its noun phrase: names, then at most one
     * determiner or possessive and the modifiers after it ("the minister's phone", "their harbour", "Trump's"); not a clause
     * ("Trump said a", "he held a lengthy"). Read on the original text: a name is a capitalised word.
     */
    static boolean anchorPhrase(String pre) {
        String[] words = pre.trim().isEmpty() ? new String[0] : pre.trim().split("\\s+");
        int i = 0;
        while (i < words.length && Character.isUpperCase(words[i].charAt(0)) && !DETERMINERS.contains(lower(words[i]))
                && !possessive(words[i])) {
            i++;
        }
        if (i == words.length) {
            return true;
        }
        String w = lower(words[i]);
        if (!DETERMINERS.contains(w) && !possessive(w)) {
            return false;
        }
        for (int j = i + 1; j < words.length; j++) {
            if (CLAUSE_WORDS.contains(lower(words[j]))) {
                return false;
            }
        }
        return words.length - i - 1 <= 3;
    }

    private static boolean possessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'") || word.endsWith("s’");
    }

    /** Where the anchor's phrase ends: the next comma or sentence end after it, else the text's end. */
    static int phraseEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ';' || c == '(' || c == '—' || (c == '.' && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1))))) {
                return i;
            }
        }
        return t.length();
    }

    /**
     * The event a span after (before) an anchor leads to: the event noun nearest before the span in its sentence, else the
     * occurring verb nearest before it ("they spoke by phone … two months after"); for a span that opens its sentence ("Two months
     * after their meeting, they spoke"), the first of either after the anchor's phrase. "" when the clause names none.
     */
    static String reportedEvent(String t, int spanStart, int spanEnd) {
        int from = sentenceStart(t, spanStart);
        String before = t.substring(from, spanStart);
        if (before.replaceAll("[^\\p{L}]", "").isEmpty()) {
            int end = phraseEnd(t, spanEnd);
            int stop = t.indexOf(". ", end);
            String rest = t.substring(end, stop < 0 ? t.length() : stop);
            Matcher n = NOUN.matcher(rest);
            Matcher v = OCCURRING.matcher(rest);
            boolean noun = n.find();
            boolean verb = v.find();
            return !noun && !verb ? "" : noun && (!verb || n.start() < v.start()) ? eventOf(n) : lemma(v.group());
        }
        String found = "";
        for (Matcher n = NOUN.matcher(before); n.find(); ) {
            found = n.group("verb") != null || n.group("pl").isEmpty() ? eventOf(n) : found;
        }
        if (!found.isEmpty()) {
            return found;
        }
        for (Matcher v = OCCURRING.matcher(before); v.find(); ) {
            found = lemma(v.group());
        }
        return found;
    }

    private static String eventOf(Matcher n) {
        return n.group("noun") != null ? noun(n.group("noun")) : n.group("verb").equals("met") ? "meeting" : "visit";
    }

    /** The lemma of an occurring verb, the noun's for those that name an event noun ("met": meeting). */
    private static String lemma(String verb) {
        return switch (verb) {
            case "held", "hold", "holds", "holding" -> "hold";
            case "took place", "take place", "takes place", "taking place" -> "take place";
            case "happened", "happen", "happens" -> "happen";
            case "came", "come", "comes" -> "come";
            case "met", "meet", "meets" -> "meeting";
            case "spoke", "speak", "speaks", "talked", "talk", "talks" -> "speak";
            case "visited" -> "visit";
            default -> "call";
        };
    }

    private static int sentenceStart(String t, int at) {
        int from = 0;
        for (Matcher e = SENTENCE_END.matcher(t.substring(0, at)); e.find(); ) {
            from = e.end();
        }
        return from;
    }

    /**
     * The event noun the time phrase at the given offset dates: the nearest before it in its sentence, within ten words, when the
     * phrase modifies it (right after its noun phrase, or after an occurring verb it is subject of); null when none, a plural,
     * another instance, a verb (not the past of "meet", "visit"), or a noun an announcing or reporting verb governs.
     */
    static String nounBefore(String t, int at) {
        String before = t.substring(sentenceStart(t, at), at);
        String[] words = before.trim().split("\\s+");
        int start = before.length();
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
            start = before.lastIndexOf(words[i], start - 1);
        }
        String near = before.substring(Math.max(0, start));
        int last = -1;
        for (Matcher n = NOUN.matcher(near); n.find(); ) {
            last = n.start();
        }
        if (last < 0) {
            return null;
        }
        Matcher found = NOUN.matcher(near).region(last, near.length());
        if (!found.lookingAt() || found.group("pl") != null && !found.group("pl").isEmpty()) {
            return null;
        }
        // A verb is no event noun: "to visit", "will call" (an infinitive's or a modal's verb; Quirk et al. 1985, 3.21); a
        // negated one did not happen ("hadn't met").
        String lead = near.substring(0, found.start());
        if (lead.matches("(?s).*(?:\\b(?:to|will|would|could|can|shall|should|may|might|must|did|does|do|not)|n't)\\s+$")
                || OTHER_INSTANCE.matcher(lead).find()) {
            return null;
        }
        // A comma may set the time phrase off after the noun's phrase ("our meeting in Velmora, three weeks ago").
        String gap = near.substring(found.end()).replaceFirst(",\\s*$", " ");
        boolean verb = found.group("verb") != null;
        int clause = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'));
        if (!verb && ANNOUNCING.matcher(lead.substring(clause + 1)).find()) {
            return null;
        }
        if (!MODIFYING.matcher(gap).matches() && (verb || !OCCURRING_CLAUSE.matcher(gap).matches())) {
            return null;
        }
        return eventOf(found);
    }

    static String noun(String word) {
        return word.equals("talks") || word.equals("negotiations") ? word.substring(0, word.length() - 1) : word;
    }
}
