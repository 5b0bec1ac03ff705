package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Stop 48: a predicate denied of what one claim names only by an anaphor ("it", "this issue") conflicts with the same
 * predicate affirmed only where the anaphor's antecedent, read in the text before the claim, is what the other speaks of.
 */
class AnaphoricArgumentTest {

    private static final QuantityReader READER = new QuantityReader();

    /** A claim of one source with the text before it in its article. */
    private static ClaimFeatures claim(long id, String lead, String text, String source) {
        return new ClaimFeatures(new ClaimFacts(id, id, lead.length(), lead.length() + text.length(), text, lead, source, "the same event"), READER);
    }

    /** The mayor's spokesman: "it" (the mooring fees, named in the lead) is a matter the councils have not discussed. */
    private static ClaimFeatures feesNotDiscussed() {
        return claim(1, "The port raised the mooring fees for fishing boats on Monday. The fishermen have long opposed those fees. However, ",
                "according to the mayor's spokesman, it is a matter the two councils have not discussed", "Mayor");
    }

    private static boolean denial(ClaimFeatures a, ClaimFeatures b) {
        List<Signal> signals = between(a, b);
        return signals.stream().anyMatch(s -> s.name().equals("denial"));
    }

    @Test
    void readsTheAnaphorAndTheNearestFittingNounBeforeIt() {
        AnaphoricArgument.Reading r = AnaphoricArgument.of(ClaimReading.read("the mayor's spokesman said it is a matter the councils have not discussed"),
                "The port raised the mooring fees for fishing boats on Monday. However, ");
        assertEquals("it", r.anaphor());
        // "spokesman" and "mayor" are persons, "Monday" a time: the fees are the nearest thing before "it".
        assertEquals("boat", r.antecedent());
        AnaphoricArgument.Reading shell = AnaphoricArgument.of(ClaimReading.read("The spokesman said this matter was one of the main points of discussion"),
                "The councils also debated the new ferry timetable. ");
        assertEquals("matter", shell.anaphor());
        assertEquals("timetable", shell.antecedent());
    }

    @Test
    void leavesAloneWhatIsNoAnaphor() {
        // A shell noun with its content after it, and the empty "it" of an extraposed clause.
        assertEquals(-1, AnaphoricArgument.anaphorAt(ClaimReading.read("The councils did not discuss the question of ferry fares")));
        assertEquals(-1, AnaphoricArgument.anaphorAt(ClaimReading.read("It is likely that the councils will discuss ferry fares")));
    }

    @Test
    void aDenialOfAnotherThingNamedByAnAnaphorIsNone() {
        ClaimFeatures fees = feesNotDiscussed();
        ClaimFeatures timetable = claim(2, "The councils also debated the new ferry timetable for the islands. ",
                "The spokesman said this matter was one of the main points of discussion between the two councils", "Mayor");
        assertFalse(denial(fees, timetable));
        // One side only names its topic by an anaphor: the timetable not discussed does not deny the fees discussed.
        ClaimFeatures notDiscussed = claim(3, "The councils also debated the new ferry timetable for the islands. ",
                "The port's spokeswoman said this matter was not discussed by the two councils", "Port");
        ClaimFeatures feesDiscussed = claim(4, "The meeting ended late. ",
                "The mayor's spokesman said the two councils discussed the mooring fees for fishing boats", "Mayor");
        assertFalse(denial(notDiscussed, feesDiscussed));
    }

    @Test
    void aDenialOfTheSameThingNamedByAnAnaphorStaysOne() {
        ClaimFeatures fees = feesNotDiscussed();
        // The other claim speaks of the fees itself, or names them by an anaphor whose antecedent is the fees.
        ClaimFeatures named = claim(2, "The harbour master spoke after the meeting. ",
                "The harbour master said the mooring fees were one of the main points the two councils discussed", "Harbour master");
        assertTrue(denial(fees, named));
        ClaimFeatures resolved = claim(3, "The councils met to talk about the mooring fees for fishing boats. ",
                "The harbour master said this matter was one of the main points the two councils discussed", "Harbour master");
        assertTrue(denial(fees, resolved));
    }
}
