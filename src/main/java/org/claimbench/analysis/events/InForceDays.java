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

    private InForceDays() {
    }

    static Set<DayOfWeek> of(String lead, List<TimeMention> mentions) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (Matcher m = IN_FORCE.matcher(lead); m.find(); ) {
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
}
