package org.claimbench.analysis.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The act a report tells of an agreement: its conclusion (the text "agreed", "concluded", "struck", "finalised") or its
 * signing. The two are separate acts of a treaty's life, often weeks apart: the text is adopted and authenticated when the
 * negotiations conclude, and signed later (Vienna Convention on the Law of Treaties, 1969, arts. 9–12); the news lead
 * tells the newest act it reports (the inverted pyramid: The Associated Press Stylebook, "lead"; Missouri Group, News
 * Reporting and Writing, ch. 5), so a report whose headline and lead tell the conclusion and one whose headline and lead
 * tell the signing report two events unless their days make them one. Read on the headline and lead, in order; the first
 * act told wins, except that a text which puts the signing still to come at no fixed time ("expected to meet in the
 * coming months to sign the deal") has not reported a signing, whatever word it used before; a signing to come on a day the
 * sentence names ("set to sign the agreement on Thursday") is that day's event, which the report previews. A lead that
 * tells both acts done tells them of one occasion ({@link Act#BOTH}), which sets it apart from neither. Stateless,
 * thread-safe.
 */
public final class AgreementActs {

    /** What a report's headline and lead tell done to an agreement. */
    public enum Act {
        /** No act of an agreement told, or none of these two. */
        NONE,
        CONCLUDED,
        SIGNED,
        /** Both told done: one occasion, compatible with either. */
        BOTH
    }

    /** The nouns of an agreement between parties (the act's object); "convention" is left out: it is also a gathering. */
    private static final String NOUN = "(?:agreements?|deals?|treat(?:y|ies)|pacts?|accords?|FTAs?)\\b";
    /** Up to eight premodifiers between the verb and the noun ("an ambitious and mutually beneficial India–UK free trade"), none "to". */
    private static final String PREMODIFIERS = "(?:(?!to\\b)[\\p{L}\\d'’%&.–-]+\\s+){0,8}?";
    private static final String SIGN = "(?:sign(?:s|ed|ing)?|ink(?:s|ed)?)";
    private static final String CONCLUDE = "(?:conclu(?:de[sd]?|ding|sion\\s+of)|agree[sd]?(?:\\s+(?:on|upon))?|reach(?:es|ed)?"
            + "|strikes?|struck|finali[sz](?:e[sd]?|ing)|seal(?:s|ed)?|clinch(?:es|ed)?)";
    private static final String CONCLUDED = "(?:concluded|agreed|reached|struck|finali[sz]ed|sealed|clinched)";
    /** The noun after the verb ("signed a free trade agreement"), or the verb after the noun ("the deal, signed …", "the deal was struck"). */
    private static final Pattern ACT = Pattern.compile("(?iU)\\b(?:(" + SIGN + ")|(" + CONCLUDE + "))\\s+(?:(?:the|a|an|their|its|this)\\s+)?"
            + PREMODIFIERS + NOUN + "|\\b" + NOUN + ",?\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|being)\\s+)?"
            + "(?:\\p{L}+\\s+)?(?:(signed|inked)|(" + CONCLUDED + "))\\b");
    /** A signing still to come: "will sign", "expected to sign", "to be signed". */
    private static final Pattern SIGNING_TO_COME = Pattern.compile("(?i)\\b(?:will|shall|to)\\s+(?:be\\s+signed|sign)\\b");
    /** A day that fixes a signing to come: a weekday, a written date, today or tomorrow. */
    private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|today|tomorrow|tonight)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:" + org.claimbench.domain.MonthNames.PATTERN + ")|(?-i:"
            + org.claimbench.domain.MonthNames.PATTERN + ")\\s+\\d{1,2}\\b");

    private AgreementActs() {
    }

    /** The act the headline and lead tell of an agreement. */
    public static Act of(String lead) {
        boolean signingToCome = false;
        boolean signingOnADay = false;
        for (Matcher m = SIGNING_TO_COME.matcher(lead); m.find(); ) {
            if (NAMED_DAY.matcher(sentence(lead, m.start())).find()) {
                signingOnADay = true;
            } else {
                signingToCome = true;
            }
        }
        Act first = signingOnADay ? Act.SIGNED : Act.NONE;
        boolean concluded = false;
        boolean signed = signingOnADay;
        for (Matcher m = ACT.matcher(lead); m.find(); ) {
            boolean signing = m.group(1) != null || m.group(3) != null;
            if (signing && signingToCome || notDone(lead, m.start()) || denied(lead, m)) {
                continue;
            }
            concluded |= !signing;
            signed |= signing;
            if (first == Act.NONE) {
                first = signing ? Act.SIGNED : Act.CONCLUDED;
            }
        }
        // A signing previewed on its day and a conclusion recalled are still the signing's report ("set to sign on Thursday
        // the deal they struck in May").
        return concluded && signed && !signingOnADay ? Act.BOTH : first;
    }

    /** Whether two reports tell two acts of an agreement (one its conclusion, the other its signing). */
    public static boolean apart(Act a, Act b) {
        return a == Act.CONCLUDED && b == Act.SIGNED || a == Act.SIGNED && b == Act.CONCLUDED;
    }

    /** Whether two reports tell the same one act of an agreement. */
    public static boolean same(Act a, Act b) {
        return a == b && (a == Act.CONCLUDED || a == Act.SIGNED);
    }

    /**
     * A verb after "to" or a modal ("agreed to strike the deal", "could seal an accord") is an infinitive: the act is intended,
     * possible or to come, not told done (Quirk et al. 1985, 4.49–4.58, 15.15); a verb after the noun ("the deal struck")
     * never is.
     */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:to|will|would|could|can|may|might|should|shall|must)\\s+$");

    private static boolean notDone(String lead, int verb) {
        return NOT_DONE.matcher(lead.substring(Math.max(0, verb - 12), verb)).find();
    }

    /**
     * "No deal has been signed", "the accord was not signed": an act denied, by "not" in its verb phrase or by "no" before its
     * noun (a negative determiner: Quirk et al. 1985, 10.54–10.59), is not told done.
     */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:not|never|yet\\s+to\\s+be)\\b");
    private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\bno\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private static boolean denied(String lead, Matcher act) {
        return DENIED.matcher(act.group()).find() || NO_BEFORE.matcher(lead.substring(Math.max(0, act.start() - 30), act.start())).find();
    }

    /** The sentence (or headline line) around a position. */
    private static String sentence(String text, int at) {
        int start = at;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }
}
