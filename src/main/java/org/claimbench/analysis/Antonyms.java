package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opposite words for the same thing: willing against refusing, concessions against not budging,
 * game-changing against no major impact, pushing for against passive, agreed against rejected.
 * Each group has a positive and a negative side; a claim is on one side when it has words of that
 * side and none of the other (the negative side is read first, so "not willing" is not "willing").
 */
final class Antonyms {

    /** A group of opposite words; its cues are lower-case fragments, one of which any of its words contains. */
    record Group(String label, Pattern positive, Pattern negative, List<String> cues) {
    }

    /** Which side of a group a claim is on, with the words that put it there. */
    record Side(Group group, String positive, String negative) {
    }

    static final List<Group> GROUPS = List.of(
            new Group("willingness",
                    Pattern.compile("(?i)\\b(willing|ready to|in favou?r of|open to|prepared to|eager to)\\b"),
                    Pattern.compile("(?i)\\b(unwilling|not willing|isn't willing|is not willing|not ready|not prepared|refus\\w*|no intention)\\b"),
                    List.of("willing", "ready", "favo", "open to", "prepared", "eager", "refus", "intention")),
            new Group("movement",
                    Pattern.compile("(?i)\\b(concessions?|significant steps|made progress|softened|moved closer)\\b"),
                    Pattern.compile("(?i)\\b(not budged|not budge|hasn't budged|has not shifted|not shifted|unmoved|no concessions?"
                            + "|few concessions|hardened|stalling)\\b"),
                    List.of("concession", "steps", "progress", "soften", "closer", "budge", "shifted", "unmoved", "harden", "stalling")),
            new Group("impact",
                    Pattern.compile("(?i)\\b(game-?chang\\w*|decisive|major impact|significant impact|turning point)"),
                    Pattern.compile("(?i)\\b((not|no|little|hardly)\\b[^.;]{0,30}\\b(impact|effect|difference)|marginal|insignificant)\\b"),
                    List.of("game", "decisive", "impact", "turning point", "effect", "difference", "marginal", "insignificant")),
            new Group("stance",
                    Pattern.compile("(?i)\\b(pushed for|pushes for|pressed for|pressing for|urged|demanded|insisted on)\\b"),
                    Pattern.compile("(?i)\\b(passive|inaction|inactive|did nothing|idle|indifferen\\w*)\\b"),
                    List.of("push", "press", "urged", "demanded", "insisted", "passive", "inaction", "inactive", "did nothing", "idle",
                            "indifferen")),
            new Group("agreement",
                    Pattern.compile("(?i)\\b(agreed|accepted|reached an? (agreement|deal)|signed)\\b"),
                    Pattern.compile("(?i)\\b(no agreement|not agreed|not been agreed|has not accepted|not accepted|hasn't accepted"
                            + "|rejected|failed to (agree|reach))\\b"),
                    List.of("agree", "accepted", "reached", "signed", "rejected", "failed to")));

    private Antonyms() {
    }

    /**
     * The groups a text takes a side in, each with its words. The patterns run only for the groups
     * whose cues the text contains (plain substring search: claims are read by the hundred thousand).
     */
    static List<Side> sides(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Side> out = List.of();
        for (Group g : GROUPS) {
            if (g.cues().stream().noneMatch(lower::contains)) {
                continue;
            }
            Side s = side(g, text);
            if (s != null) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(s);
            }
        }
        return out;
    }

    private static Side side(Group g, String text) {
        Matcher neg = g.negative().matcher(text);
        String negative = neg.find() ? neg.group().strip() : null;
        String rest = neg.replaceAll(" ");
        Matcher pos = g.positive().matcher(rest);
        String positive = pos.find() ? pos.group().strip() : null;
        return positive == null && negative == null ? null : new Side(g, positive, negative);
    }
}
