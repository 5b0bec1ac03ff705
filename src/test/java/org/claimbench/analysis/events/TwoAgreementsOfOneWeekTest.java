package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Stop 65, review mends of round 78 (must-fix 1 and 2): a shared weekday of effect, or one leader named in both, lets two
 * groups pass over the principals rule only when their leads name the same participants and places
 * ({@link EventGroups#NAMED}); two agreements of one week, or of one mediator, stay apart. Texts of our own.
 */
class TwoAgreementsOfOneWeekTest {

    /** A Sudan truce, told on a Tuesday, that takes effect on Friday. */
    private static final String SUDAN = """
            Sudan army agrees truce with paramilitaries

            President Omar Hadi of Sudan said the truce with the paramilitary forces in Khartoum and Darfur takes effect \
            on Friday and would let aid convoys reach the besieged cities.""";

    /** A Gaza ceasefire, told the next day, that also takes effect on Friday: other leaders, other places. */
    private static final String GAZA = """
            Israel and Hamas agree Gaza ceasefire

            Prime Minister Avi Lerner of Israel said the ceasefire with Hamas in Gaza takes effect on Friday and would let aid \
            convoys reach the besieged cities.""";

    @Test
    void twoAgreementsTakingEffectOnOneFridayWithOtherLeadersAndPlacesStayApart() {
        // 4 March 2031 is a Tuesday: the two reports are a day apart, each telling the same Friday.
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(SUDAN, GAZA),
                List.of(Optional.of(LocalDate.of(2031, 3, 4)), Optional.of(LocalDate.of(2031, 3, 5))));
        assertNotEquals("", events.get(1L).label());
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "one Friday, two agreements of different sides");
    }

    /** The river truce's mediator announces it, a day of effect told. */
    private static final String RIVER_TRUCE = """
            Velmar and Ostria agree river truce

            NORLAND, 13 March 2031 - President Ida Marrow of Norland announced on Thursday that Velmar and Ostria had agreed a \
            truce along the Sava river front, set to take effect at 6 a.m. on Friday, ending months of shelling.""";

    /** A party's leader recalls the day the river truce came into force. */
    private static final String RIVER_RECALLED = """
            Velmar premier sends troops to river towns

            Prime Minister Lars Eke of Velmar urged Ostria to respect the truce along the Sava river front that came into force \
            on Friday, after months of shelling.""";

    /** Another truce the same mediator brokered elsewhere: it introduces her and another country's leader. */
    private static final String HILL_TRUCE = """
            Tarn and Kessel agree hill truce

            President Ida Marrow of Norland and Governor Mira Tal of Tarn hailed a truce between Tarn and Kessel along the \
            hill front, ending months of shelling of the hill towns.
            """;

    /**
     * Reports of other events, undated: the names measure leaves out names in more than half the leads (they tell no event
     * apart), so a set of two or three reports of one truce needs others beside it for their shared names to count, as in
     * any real coverage.
     */
    private static final List<String> OTHERS = List.of("""
            Flood closes Brenn valley road

            Mayor Tomas Holt of Brenn said the valley road would stay closed until the floodwater drains from the mill district.""",
            """
            Court upholds Corla port fine

            Judge Ana Serr of the Corla high court upheld the fine on the port operator for dumping ballast in the bay.""",
            """
            Lind wins cup final

            Coach Pia Rand of Lind praised her defenders after the cup final in Ostby went to extra time and penalties.""",
            """
            Vessa opens new rail bridge

            Minister Karl Dorn of Vessa opened the rail bridge over the Amber river, cutting the trip to the coast by an hour.""",
            """
            Strike shuts Pell mines

            Union leader Edda Voss said miners in Pell would stay out until the owners restore the night shift bonus.""");

    /** The articles given, then {@link #OTHERS}, all undated: ids 1, 2, … in that order. */
    static Map<Long, EventGroups.Assigned> assignAmongOthers(List<String> texts) {
        List<String> all = new ArrayList<>(texts);
        all.addAll(OTHERS);
        return UndatedReportOfASplitEventTest.assign(all, all.stream().map(t -> Optional.<LocalDate>empty()).toList());
    }

    @Test
    void anotherAgreementIntroducingOneSharedLeaderDoesNotJoinAnAgreementsGroup() {
        Map<Long, EventGroups.Assigned> events = assignAmongOthers(List.of(RIVER_TRUCE, RIVER_RECALLED, HILL_TRUCE));
        assertNotEquals("", events.get(1L).label());
        assertEquals(events.get(1L).label(), events.get(2L).label(), "the mediator's and a party's reports of one truce");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "the mediator's other accord, other places and parties");
    }

    private final EventInference inference = new EventInference();

    private EventProfile profile(String lead) {
        return inference.infer("Truce news\n\n" + lead, Optional.empty());
    }

    @Test
    void aDayOfEffectOutranksNoOrdinalAndIsNoTimeToldAsOne() {
        EventProfile third = profile("The envoys said the truce agreed at the third round of talks takes effect on Friday.");
        EventProfile fourth = profile("The envoys said the truce agreed at the fourth round of talks takes effect on Friday.");
        assertEquals(EventProfile.Relation.DIFFERENT, third.relation(fourth), "two rounds' truces, one weekday of effect");
        EventProfile announced = profile("The mediator said the truce between the two armies takes effect on Friday.");
        EventProfile recalled = profile("The premier urged the rebels to respect the truce that came into force on Friday.");
        assertNotEquals(EventProfile.Relation.DIFFERENT, announced.relation(recalled), "one weekday of effect, nothing apart");
        assertEquals(false, EventGroups.toldAsOneTime(announced, recalled), "but it is no time told as one, joined first");
    }
}
