package org.claimbench.analysis.contradiction;

import static org.claimbench.analysis.contradiction.SignalFixture.between;
import static org.claimbench.analysis.contradiction.SignalFixture.claim;
import static org.claimbench.analysis.contradiction.SignalFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimeAndOrderSignalsTest {

    @Test
    void clockTimesAndPartsOfTheDayAreReadAsMinutesAfterMidnight() {
        assertEquals(List.of(new TimeOfDay("14:05", 845, 845, "")), TimeOfDay.read("The ferry left the pier at 14:05."));
        assertEquals(21 * 60 + 30, TimeOfDay.read("Voting closed at 9.30 p.m. in the valley").get(0).from());
        assertEquals(List.of(new TimeOfDay("6 am", 360, 360, "lisbon time")), TimeOfDay.read("Trains resume at 6 am Lisbon time"));
        assertEquals("afternoon", TimeOfDay.read("an afternoon meeting of the board").get(0).words());
        assertTrue(TimeOfDay.read("Prices rose 3.5 percent, and 12-hour shifts return; Good Morning Britain aired").isEmpty(),
                "decimals, durations and names are no times of day");
    }

    @Test
    void anAfternoonClockTimeAgainstAnEveningMeetingAreTwoTimesOfDay() {
        List<Signal> s = between(claim(1, "The port envoys spoke by phone at 14:20 about the cargo dispute", "Ministry"),
                claim(2, "An evening phone call between the port envoys settled the cargo dispute", "Press"));
        assertTrue(names(s).contains("different times"), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.explanation().contains("“14:20”") && x.explanation().contains("“evening”")), s.toString());
    }

    @Test
    void timesWithinTheHourOrInOtherZonesOrOfTwoMomentsAreNoConflict() {
        assertFalse(names(between(claim(1, "The port envoys spoke by phone at 17:30 about the cargo dispute", "Ministry"),
                claim(2, "An evening phone call between the port envoys settled the cargo dispute", "Press"))).contains("different times"),
                "17:30 is in the evening");
        assertFalse(names(between(claim(1, "The cargo truce starts at midnight GMT for the port envoys", "Ministry"),
                claim(2, "The cargo truce starts at 3 am Riyadh time for the port envoys", "Press"))).contains("different times"),
                "two zones");
        assertFalse(names(between(claim(1, "The port envoys spoke by phone from 9 am until 4 pm about the cargo", "Ministry"),
                claim(2, "The port envoys spoke by phone at 9 am about the cargo", "Press"))).contains("different times"), "a start and an end");
        assertFalse(names(between(claim(1, "The cargo truce held in the port until 6 pm on the first day", "Ministry"),
                claim(2, "The cargo truce began in the port at 8 am on the first day", "Press"))).contains("different times"),
                "an end against a start");
    }

    @Test
    void aSetOrderAgainstTheSameStepsOnAConditionIsTimingAndCondition() {
        List<Signal> s = between(claim(1, "The north union ends its strike at the docks first, followed by the south union a day later", "Mayor"),
                claim(2, "The north union said ending its strike at the docks depends on the south union ending its strike", "North union"));
        assertTrue(names(s).contains("timing and condition"), s.toString());
        assertTrue(s.get(names(s).indexOf("timing and condition")).explanation().contains("a set order"), s.toString());
    }

    @Test
    void twoOrdersOrTwoConditionsOrAnOrderOfOtherThingsAreNoConflict() {
        assertFalse(names(between(claim(1, "The north union ends its strike at the docks first, followed by the south union", "Mayor"),
                claim(2, "The north union ends its strike at the docks, followed by the south union a day later", "Press")))
                .contains("timing and condition"), "both set an order");
        assertFalse(names(between(claim(1, "The choir sings the anthem first, followed by the mayor's speech", "Mayor"),
                claim(2, "The north union said ending its strike at the docks depends on the south union", "North union")))
                .contains("timing and condition"), "different things");
    }

    @Test
    void aClaimNamingTwoTimesOrAStretchHasNoOneTimeToSetAgainstAnother() {
        assertFalse(names(between(claim(1, "The harbour ferry to the island sails at 9 am and 5 pm each day", "Ministry"),
                claim(2, "The 5 pm harbour ferry to the island sails each day", "Press"))).contains("different times"));
        assertFalse(names(between(claim(1, "The harbour office is open 9 am to 5 pm for the island ferry", "Ministry"),
                claim(2, "The harbour office opened at 5 pm for the island ferry", "Press"))).contains("different times"));
    }

    @Test
    void oneEventAfterAnotherInTimeIsNoSetOrderOfSteps() {
        assertFalse(names(between(claim(1, "The board agreed upon the plan to close the cargo depot", "Mayor"),
                claim(2, "Closing the cargo depot depends on the vote of the board", "Union"))).contains("timing and condition"));
    }

    @Test
    void aStepAtAnOrdinalHourOfATimetableIsASetOrderAgainstACondition() {
        List<Signal> s = between(claim(1, "The hill brigade lays down its guns at dawn and, upon the 6th hour, the river brigade lays down its guns",
                        "Envoy"),
                claim(2, "The river brigade will lay down its guns provided that the hill brigade lays down its guns before dawn", "River brigade"));
        assertTrue(names(s).contains("timing and condition"), s.toString());
        assertTrue(s.get(names(s).indexOf("timing and condition")).explanation().contains("upon the 6th hour"), s.toString());
        assertFalse(names(between(claim(1, "The hill brigade lays down its guns at dawn, and the river brigade lays down its guns too", "Envoy"),
                claim(2, "The river brigade will lay down its guns provided that the hill brigade lays down its guns before dawn",
                        "River brigade"))).contains("timing and condition"), "no timetable: no order");
        assertFalse(names(between(claim(1, "The first hour of the fair was quiet, and the lanterns were lit on the second day", "Envoy"),
                claim(2, "The lanterns will be lit provided that the rain stops", "Mayor"))).contains("timing and condition"),
                "an ordinal day that is no step after another");
    }

    @Test
    void anActNamedByItsNounInOneClaimAndByItsVerbInTheOtherIsTheSameThing() {
        String order = "The truce starts at noon with a cessation of shelling by Tarn, followed by Vell a day later";
        List<Signal> s = between(claim(1, order, "Envoy"),
                claim(2, "Vell said its halt depended on its neighbour ceasing its bombardment", "Vell"));
        assertTrue(names(s).contains("timing and condition"), "cessation / ceasing: " + s);
        assertFalse(names(between(claim(1, order, "Envoy"),
                claim(2, "Vell said its halt depended on its neighbour withdrawing its artillery", "Vell")))
                .contains("timing and condition"), "a condition on another act, no shared noun");
    }

    @Test
    void timesOfDayOnTwoNamedDaysAreTwoMomentsNotOneToldTwoWays() {
        String truce = "The river truce between the valley militias took effect at midnight on Thursday";
        assertFalse(differentTimes(truce, "The valley militias said on Friday morning that the river truce was holding"),
                "midnight of Thursday and the morning of Friday");
        assertTrue(differentTimes(truce, "The river truce between the valley militias took effect on Thursday morning"),
                "midnight and the morning of one Thursday");
    }

    private static boolean differentTimes(String valley, String hill) {
        return names(between(claim(1, valley, "Valley council"), claim(2, hill, "Hill council"))).contains("different times");
    }
}
