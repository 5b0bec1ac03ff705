package org.claimbench.analysis.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekdays a lead gives an agreement's coming into force: a day named within the same sentence after "take effect", "come
 * into force", "go into effect" or "in effect" in any tense ("set to take effect at 4 a.m. on Wednesday", "a ceasefire that
 * came into force on Wednesday", "in effect from 04:00 on November 27", a written date read as its weekday). The entry into
 * force is the legal term of an agreement's start (Vienna Convention on the Law of Treaties 1969, art. 24; Merriam-Webster,
 * take effect, "to become operative"), a day every report of that agreement tells alike, ahead of it and after it (round 75,
 * kept in round 78).
 */
final class InForceDays {

    private static final Pattern IN_FORCE = Pattern.compile("(?i)\\b(?:(?:take|takes|took|taken|taking)\\s+effect|(?:come|comes|came"
            + "|coming)\\s+into\\s+(?:force|effect)|(?:go|goes|went|gone|going)\\s+into\\s+(?:force|effect)|in\\s+effect|in\\s+force)\\b");
    /** How far after the phrase its day may stand, in UTF-16 units: one clause of time ("at 4 a.m. local time in Lebanon on"). */
    private static final int REACH = 60;
    /**
     * Text between the phrase and its day that stays inside one sentence: no end mark, except the points of "a.m." and "p.m.",
     * which are abbreviations and end no sentence (Chicago Manual of Style, 17th ed., 10.41 on a.m. and p.m.).
     */
    private static final Pattern ONE_SENTENCE = Pattern.compile("(?:[^.!?\\n]|(?i:\\b[ap]\\.m\\.))*");

    /**
     * The nouns of what may take effect, agreements first: a day of effect anchors an agreement's reports only when the
     * nearest such noun before the phrase in its sentence names an agreement ("the ceasefire is set to take effect", "the
     * agreement, expected to take effect"). A tariff, a duty or a law takes effect on a day many deals share (a schedule of
     * duties that every trading partner faces), so "a 20% tariff set to take effect on August 1" anchors no deal. The nouns
     * of agreement are those of Merriam-Webster's synonyms of "agreement" and of the law of treaties (Vienna Convention 1969,
     * art. 2: "treaty" whatever its designation); the measures, the nouns of what a government imposes (Merriam-Webster,
     * tariff, duty, levy, sanction).
     */
    private static final Pattern THING = Pattern.compile("(?i)\\b(?:(agreements?|deals?|accords?|cease-?fires?|truces?|armistices?"
            + "|treat(?:y|ies)|pacts?)|tariffs?|dut(?:y|ies)|tax(?:es)?|lev(?:y|ies)|bans?|laws?|rules?|sanctions?|measures?|fees?"
            + "|regulations?|curbs?|quotas?)\\b");

    private InForceDays() {
    }

    static Set<DayOfWeek> of(String lead, List<TimeMention> mentions) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (Matcher m = IN_FORCE.matcher(lead); m.find(); ) {
            if (!ofAnAgreement(lead, m.start())) {
                continue;
            }
            for (TimeMention t : mentions) {
                if (t.start() >= m.end() && t.start() - m.end() <= REACH && !t.approximate()
                        && ONE_SENTENCE.matcher(lead.substring(m.end(), t.start())).matches()) {
                    t.weekday().or(() -> t.day().map(LocalDate::getDayOfWeek)).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the character at i ends a sentence: an end mark or a line break, not a point of "a.m." or "p.m.". */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?') {
            return true;
        }
        return c == '.' && !AM_PM.matcher(text.substring(Math.max(0, i - 3), Math.min(text.length(), i + 3))).find();
    }

    private static final Pattern AM_PM = Pattern.compile("(?i)\\b[ap]\\.m\\.");

    /** Whether the nearest noun of a thing that takes effect before the phrase, in its sentence, names an agreement. */
    private static boolean ofAnAgreement(String lead, int phrase) {
        int from = phrase;
        while (from > 0 && !endsSentence(lead, from - 1)) {
            from--;
        }
        boolean agreement = false;
        for (Matcher t = THING.matcher(lead).region(from, phrase); t.find(); ) {
            agreement = t.group(1) != null;
        }
        return agreement;
    }
}
