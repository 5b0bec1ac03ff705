package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage that is a change, not a level: a figure right after a verb of rising or falling or the adverb "up" or "down"
 * ("shares rose 0.9%", "fell by 3 percent", "closed down 0.2%"; "up" and "down" as {@link #ADVERB} has them). The verbs are Levin's calibratable change-of-state verbs
 * (B. Levin, English Verb Classes and Alternations, 1993, 45.6: climb, decline, decrease, drop, fall, gain, grow, increase,
 * jump, plummet, plunge, rise, rocket, soar, surge, tumble …) whose direction is fixed, less those with none (differ, fluctuate,
 * vary); their extent is the bare percentage or a "by" phrase after them (Levin's "The price fell (by) 10%"). "rose to 19%"
 * gives the level reached, not the change, and stays a level. A change is read as {@link #CHANGE} with its sign (a fall is
 * negative): "up 0.2%" and "down 0.2%" are different changes, and a change is never compared with a level ("a 19% tariff").
 */
final class PercentChanges {

    /** The head of a percentage that is a change of a figure. */
    static final String CHANGE = "change";

    /**
     * "up" and "down" as adverbs of a figure's change: after a comma (a verbless supplement, "closed lower, down 0.2%") or after a
     * verb of being or of a market's session (is, was, closed, ended, opened, finished, traded); elsewhere they may be a particle
     * of a phrasal verb ("grants make up 3 percent of the budget": a part, no change; Quirk et al. 1985, 16.2 on particles).
     */
    private static final String ADVERB = "(?<=(?:,|\\b(?:is|are|was|were|be|been|closed|ended|finished|opened|traded|trading|stood|now))\\s{1,3})";
    /** The rising verbs of Levin 45.6 (all their forms), and "up" as {@link #ADVERB} has it. */
    private static final String RISE_VERBS = "ris(?:e|es|ing|en)|rose|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|grow(?:s|ing|n)?|grew"
            + "|increas(?:e|es|ed|ing)|jump(?:s|ed|ing)?|rocket(?:s|ed|ing)?|skyrocket(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
            + "|balloon(?:s|ed|ing)?|mushroom(?:s|ed|ing)?|appreciat(?:e|es|ed|ing)";
    private static final String RISE = ADVERB + "up|" + RISE_VERBS;
    /** The falling verbs of Levin 45.6 (all their forms), and "down" as {@link #ADVERB} has it. */
    private static final String FALL_VERBS = "fall(?:s|en|ing)?|fell|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|drop(?:s|ped|ping)?"
            + "|plummet(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|diminish(?:es|ed|ing)?|depreciat(?:e|es|ed|ing)";
    private static final String FALL = ADVERB + "down|" + FALL_VERBS;
    /** A form of a rising or falling verb of Levin 45.6 alone ("rose", "declined"), or "lost" (a fall told as a loss). */
    private static final Pattern CHANGE_VERB = Pattern.compile("(?i)(?:" + RISE_VERBS + "|" + FALL_VERBS + "|lost)");
    /** The direction word just before a figure (its hedge included in the figure), with an optional "by". */
    private static final Pattern DIRECTION = Pattern.compile("(?i)\\b(?:(" + RISE + ")|(" + FALL + "))\\s+(?:by\\s+)?$");

    private PercentChanges() {
    }

    /** Whether a word is a form of a verb of change in amount ("rose", "fell", "increased"): it tells a change, not an act. */
    static boolean changeVerb(String word) {
        return CHANGE_VERB.matcher(word).matches();
    }

    /** The quantities read from text, each percentage that is a change given the head {@link #CHANGE} and its sign. */
    static List<Quantity> withChanges(List<Quantity> read, String text) {
        List<Quantity> out = null;
        for (int i = 0; i < read.size(); i++) {
            Quantity q = read.get(i);
            // A change is told in percent or in percentage points ("rose 2 percentage points": QuantityReader#POINTS).
            if (!(q.dimension().equals("percent") || q.dimension().equals("points")) || !q.head().isEmpty()) {
                continue;
            }
            int from = Math.max(0, q.start() - 30);
            Matcher m = DIRECTION.matcher(text.substring(from, q.start()));
            if (!m.find()) {
                continue;
            }
            out = out == null ? new ArrayList<>(read) : out;
            boolean fall = m.group(2) != null;
            // The words shown start at the direction ("down 0.2%"): the sign alone would not say which way.
            int start = from + m.start();
            out.set(i, new Quantity(q.dimension(), CHANGE, fall ? -q.high() : q.low(), fall ? -q.low() : q.high(),
                    text.substring(start, q.start()) + q.words(), start));
        }
        return out == null ? read : out;
    }
}
