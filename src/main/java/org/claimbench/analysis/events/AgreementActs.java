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
 * act told wins, except that a text which puts the signing of an agreement still to come at no fixed time ("plan to sign the
 * pact at a summit later in the year") has not reported a signing, whatever word it used before; a signing to come on a day
 * the clause that governs the agreement noun names ("will sign the agreement on Thursday") is that day's event, which the
 * report previews. An act counts only where its verb governs an agreement noun within one clause, told done by the report of
 * its own event: not in a relative clause, not with a past time of its own, not denied, not in the generic present outside the
 * headline (review of round 74, stop 64). A lead that
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
    /**
     * A determiner opens the noun phrase (Quirk et al. 1985, 5.10–5.15; "such a" 5.17): none again among the premodifiers, so
     * "signed a letter opposing the deal" governs "letter", not "deal".
     */
    private static final String DETERMINER = "(?:(?:the|a|an|their|its|this|that|such\\s+an?)\\s+)?";
    /**
     * Up to eight premodifiers between the determiner and the noun ("ambitious and mutually beneficial free trade"): words of one
     * clause (no "." or clause punctuation), none a determiner, preposition, relative, auxiliary or "no" (which end the noun
     * phrase or deny it: Quirk et al. 1985, 17.2–17.10, premodification).
     */
    private static final String PREMODIFIERS = "(?:(?!(?:to|of|off|up|out|on|in|at|by|for|from|with|into|about|as|than|that|which|who"
            + "|where|when|whom|is|was|were|are|be|been|has|have|had|will|would|but|or|if|no|not|the|a|an|this|these|those|its|their"
            + "|his|her|our|such)\\b)[\\p{L}\\d'’%&–-]+\\s+){0,8}?";
    private static final String SIGN = "(?:sign(?:s|ed)?|ink(?:s|ed)?)";
    private static final String CONCLUDE = "(?:conclu(?:de[sd]?|sion\\s+of)|agree[sd]?(?:\\s+(?:on|upon))?|reach(?:es|ed)?"
            + "|strikes?|struck|finali[sz]e[sd]?|seal(?:s|ed)?|clinch(?:es|ed)?)";
    private static final String CONCLUDED = "(?:concluded|agreed|reached|struck|finali[sz]ed|sealed|clinched)";
    private static final String AUXILIARY = "(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)";
    /**
     * The noun after the verb ("signed a free trade agreement"; groups 1 and 2), or the verb after the noun ("the deal was
     * struck"), past an appositive ("the deal, agreed in May, was signed"; the auxiliary group 3, the verbs groups 4 and 5).
     */
    private static final Pattern ACT = Pattern.compile("(?iU)\\b(?:(" + SIGN + ")|(" + CONCLUDE + "))\\s+" + DETERMINER
            + PREMODIFIERS + NOUN + "|\\b" + NOUN + "(?:,[^,.;:!?\\n]{1,40},|,)?\\s+(" + AUXILIARY + "\\s+)?(?:\\p{L}+ly\\s+)?"
            + "(?:(signed|inked)|(" + CONCLUDED + "))\\b");
    /** The bare present of an act: headlines tell past events in it (AP Stylebook, "headlines"); in running text it is generic. */
    private static final Pattern PRESENT = Pattern.compile("(?i)(?:sign|signs|ink|inks|conclude|concludes|agree|agrees|reach|reaches"
            + "|strike|strikes|finali[sz]es?|seal|seals|clinch|clinches)(?:\\s+(?:on|upon))?");
    /** A signing still to come that governs an agreement noun: "will sign the deal", "expected to sign a pact", "the deal will be signed". */
    private static final Pattern SIGNING_TO_COME = Pattern.compile("(?iU)\\b(?:will|shall|to)\\s+sign\\s+" + DETERMINER + PREMODIFIERS
            + NOUN + "|\\b" + NOUN + "\\s+(?:will|shall|(?:is|are)(?:\\s+\\p{L}+)?\\s+to)\\s+be\\s+signed\\b");
    /** "The first country to sign such a deal": an infinitive after an ordinal or "only" tells an act done (Quirk et al. 1985, 17.30). */
    private static final Pattern AFTER_ORDINAL = Pattern.compile("(?i)\\b(?:first|second|third|last|only|latest)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}$");
    /** A day that fixes a signing to come: a weekday, a written date, today or tomorrow. */
    private static final Pattern NAMED_DAY = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|today|tomorrow|tonight)\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:" + org.claimbench.domain.MonthNames.PATTERN + ")|(?-i:"
            + org.claimbench.domain.MonthNames.PATTERN + ")\\s+\\d{1,2}\\b");

    private AgreementActs() {
    }

    /** The act the headline and lead tell of an agreement. */
    public static Act of(String lead) {
        int headline = headlineEnd(lead);
        boolean signingToCome = false;
        boolean signingOnADay = false;
        for (Matcher m = SIGNING_TO_COME.matcher(lead); m.find(); ) {
            if (AFTER_ORDINAL.matcher(lead.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            // The day must be the signing's: in the clause that governs the noun, not a statement's ("…, officials said on Monday").
            if (NAMED_DAY.matcher(lead.substring(m.start(), clauseEnd(lead, m.end()))).find()) {
                signingOnADay = true;
            } else {
                signingToCome = true;
            }
        }
        Act first = signingOnADay ? Act.SIGNED : Act.NONE;
        boolean concluded = false;
        boolean signed = signingOnADay;
        for (Matcher m = ACT.matcher(lead); m.find(); ) {
            boolean signing = m.group(1) != null || m.group(4) != null;
            if (signing && signingToCome || !toldDone(lead, m, headline)) {
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

    /** Whether the act matched is told done by the report, of its own event (review of round 74, findings 3, 4 and 9). */
    private static boolean toldDone(String lead, Matcher m, int headline) {
        String verb = m.group(1) != null ? m.group(1) : m.group(2);
        String before = lead.substring(Math.max(0, m.start() - 40), m.start());
        if (verb != null && (NOT_DONE.matcher(before).find() || RELATIVE.matcher(before).find() || PREPOSITION.matcher(before).find()
                || m.start() >= headline && PRESENT.matcher(verb).matches() || IDIOM.matcher(m.group()).find())) {
            return false;
        }
        // "Reached" and "sealed" after their noun are an act only in the passive ("the deal was reached"), not "the treaty reached
        // parliament"; a headline drops the auxiliary ("Ferry deal reached": AP Stylebook, "headlines").
        if (m.start() >= headline && m.group(5) != null && m.group(3) == null && m.group(5).toLowerCase(java.util.Locale.ROOT).matches("reached|sealed")) {
            return false;
        }
        String after = lead.substring(m.end(), Math.min(clauseEnd(lead, m.end()), m.end() + 40));
        return !OWN_PAST.matcher(after).find() && !EARLIER.matcher(m.group()).find() && !denied(lead, m);
    }

    /** The end of the headline: its first line when it ends before any sentence does; 0 when the text has none. */
    private static int headlineEnd(String text) {
        int line = text.indexOf('\n');
        return line > 0 && line <= 200 && text.substring(0, line).indexOf(". ") < 0 ? line : 0;
    }

    /** The end of the clause from a position: the next clause punctuation, or a full stop that ends a sentence (not "Sept. 15"). */
    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 200);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (",;:!?\n".indexOf(c) >= 0 || c == '.' && (i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(i + 2)))) {
                return i;
            }
        }
        return limit;
    }

    /**
     * A verb after "to" or a modal ("agreed to strike the deal", "could seal an accord") is an infinitive: the act is intended,
     * possible or to come, not told done (Quirk et al. 1985, 4.49–4.58, 15.15); a verb after the noun ("the deal struck")
     * never is.
     */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:to|will|would|could|can|may|might|should|shall|must)\\s+$");
    /** An act in a relative clause ("Mott, who signed the pact"; "nations that strike deals") tells of its subject, not the event. */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|that|which)\\s+(?:(?:has|have|had)\\s+)?(?:\\p{L}+ly\\s+)?$");
    /** A nominal act after a preposition ("ahead of the conclusion of the deal") is named, not told done. */
    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(?:of|before|after|from|against|for|since|without|until)\\s+(?:the\\s+)?$");
    /** "Agreed on a great deal": the quantifier, not an agreement (Quirk et al. 1985, 5.25). */
    private static final Pattern IDIOM = Pattern.compile("(?i)\\b(?:great|good)\\s+deal$");
    /**
     * An act with a past time of its own ("signed in 2020", "agreed in May", "struck last year", "earlier") is one the report
     * recalls: the lead's own event is told with its day or none (the inverted pyramid; AP Stylebook, "lead").
     */
    private static final Pattern OWN_PAST = Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,3}?(?:in\\s+(?:(?:early|late|mid)[- ]?)?(?:\\d{4}\\b|(?-i:"
            + org.claimbench.domain.MonthNames.PATTERN + "))|last\\s+(?:year|month|week|spring|summer|autumn|fall|winter)\\b"
            + "|earlier\\b|previously\\b|(?:years|months)\\s+ago\\b)");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:earlier|previous|former|existing|original)\\b");

    /** Whether two reports tell two acts of an agreement (one its conclusion, the other its signing). */
    public static boolean apart(Act a, Act b) {
        return a == Act.CONCLUDED && b == Act.SIGNED || a == Act.SIGNED && b == Act.CONCLUDED;
    }

    /** Whether two reports tell the same one act of an agreement. */
    public static boolean same(Act a, Act b) {
        return a == b && (a == Act.CONCLUDED || a == Act.SIGNED);
    }

    /**
     * "No deal has been signed", "the accord was not signed": an act denied, by "not" in its verb phrase or by "no" before its
     * noun (a negative determiner: Quirk et al. 1985, 10.54–10.59), is not told done.
     */
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:not|never|no|yet\\s+to\\s+be)\\b");
    private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\bno\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private static boolean denied(String lead, Matcher act) {
        return DENIED.matcher(act.group()).find() || NO_BEFORE.matcher(lead.substring(Math.max(0, act.start() - 30), act.start())).find();
    }
}
