package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Round 78 of issue 11 (stop 65): the day an agreement takes effect, told ahead ("to take effect at 6 a.m. on Friday") or after
 * ("a truce that came into force on Friday", "in effect from 06:00 on March 14"), is one anchor of its reports, and the
 * agreement's parties, each introduced by its own side's reports, do not set them apart as different principals. Texts of our
 * own (invented sides and places).
 */
class AgreementInForceDayTest {

    private final EventInference inference = new EventInference();

    private Set<DayOfWeek> inForce(String sentence, Optional<LocalDate> published) {
        return inference.infer("Truce news\n\n" + sentence, published).inForce();
    }

    @Test
    void theDayAnAgreementTakesEffectIsReadAheadAndAfter() {
        assertEquals(Set.of(DayOfWeek.FRIDAY), inForce("The truce is set to take effect at 6 a.m. local time on Friday, the mediator said.",
                Optional.empty()), "the points of 'a.m.' end no sentence");
        assertEquals(Set.of(DayOfWeek.FRIDAY), inForce("The premier urged the army to respect a truce that came into force on Friday.",
                Optional.empty()));
        // 14 March 2031 is a Friday: a written date is read with the year of publication.
        assertEquals(Set.of(DayOfWeek.FRIDAY), inForce("A truce has been in effect since 06:00 on March 14 along the river.",
                Optional.of(LocalDate.of(2031, 3, 18))));
    }

    @Test
    void aDayOutsideTheSentenceOrWithNoPhraseOfEffectIsNotRead() {
        assertEquals(Set.of(), inForce("The truce took effect. On Friday the envoys met again in the capital.", Optional.empty()),
                "a day in the next sentence tells another thing");
        assertEquals(Set.of(), inForce("The premier said on Friday that the truce was holding along the river.", Optional.empty()),
                "a day of a statement is no day of effect");
    }

    @Test
    void aMeasuresDayOfEffectIsNoAgreementsAnchor() {
        assertEquals(Set.of(), inForce("Under the deal, Norland will pay a 15% tariff instead of the 30% duty set to take effect "
                + "on Friday.", Optional.empty()), "a duty's day of effect: a schedule many deals share");
        assertEquals(Set.of(DayOfWeek.FRIDAY), inForce("The tariff talks ended in an accord, which is set to take effect on Friday.",
                Optional.empty()), "the nearest noun before the phrase names the agreement");
    }

    /** The mediator announces the truce the day before it takes effect; his side's leader is introduced. */
    private static final String ANNOUNCED = """
            Velmar and Ostria agree river truce

            NORLAND, 13 March 2031 - President Ida Marrow of Norland announced on Thursday that Velmar and Ostria had agreed a truce along the Sava river \
            front, set to take effect at 6 a.m. on Friday, ending months of shelling of Brod and Mosk.""";

    /**
     * One party's leader, days later, recalls the day it came into force; nobody of the mediator's side is named, but the
     * parties and towns are the announcement's (review of round 78: a day alone joins no two agreements).
     */
    private static final String RECALLED = """
            Velmar premier sends troops to river towns

            Prime Minister Lars Eke of Velmar said troops would guard Brod and Mosk and urged Ostria to respect the truce \
            along the Sava river front that came into force on Friday, after months of shelling.""";

    /** Another leader's truce elsewhere that also took effect on a Friday: its lead shares nothing with the river truce. */
    private static final String OTHER_TRUCE = """
            Harbour strike ends in Tarn

            Governor Mira Tal of Tarn thanked dockers after a wage accord that took effect on Friday reopened the harbour and its \
            grain terminals to shipping.""";

    @Test
    void theReportsOfOneAgreementsDayOfEffectJoinWhateverPartyTheyIntroduce() {
        Map<Long, EventGroups.Assigned> events = TwoAgreementsOfOneWeekTest.assignAmongOthers(List.of(ANNOUNCED, RECALLED, OTHER_TRUCE));
        assertNotEquals("", events.get(1L).label(), "the dated announcement places its event");
        assertEquals(events.get(1L).label(), events.get(2L).label(), "the mediator's and a party's reports of one truce");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "a Friday's accord elsewhere, leads that share nothing");
        assertNotEquals(events.get(2L).label(), events.get(3L).label());
    }

    @Test
    void withoutADayOfEffectTheirPrincipalsStillSetThemApart() {
        String recalledNoDay = RECALLED.replace(" that came into force on Friday", "");
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(ANNOUNCED, recalledNoDay),
                List.of(Optional.empty(), Optional.empty()));
        assertNotEquals("", events.get(1L).label());
        assertNotEquals(events.get(1L).label(), events.get(2L).label(), "round 60's principals rule as before");
    }

    /** The mediator's side again, undated, with no day of effect: it introduces the mediator, not the party. */
    private static final String MEDIATOR_AGAIN = """
            Norland hails river truce

            President Ida Marrow of Norland said the truce between Velmar and Ostria along the Sava river front would let the \
            river towns rebuild after months of shelling, and that Norland monitors would watch it.""";

    /** A report of the river towns that introduces only a minister of a third country, no party to the truce. */
    private static final String OUTSIDER = """
            Tarn offers river towns aid

            Minister Oren Vask of Tarn offered grain and tents to the river towns along the Sava river front after months of \
            shelling, and said the truce between Velmar and Ostria must hold.""";

    @Test
    void aReportThatIntroducesOnePartysPrincipalsJoinsTheAgreementsGroupAThirdCountrysDoesNot() {
        Map<Long, EventGroups.Assigned> events = TwoAgreementsOfOneWeekTest.assignAmongOthers(List.of(ANNOUNCED, RECALLED, MEDIATOR_AGAIN, OUTSIDER));
        assertNotEquals("", events.get(1L).label());
        assertEquals(events.get(1L).label(), events.get(2L).label());
        assertEquals(events.get(1L).label(), events.get(3L).label(), "the mediator introduced again: one of the truce's reports");
        assertNotEquals(events.get(1L).label(), events.get(4L).label(), "a third country's minister: principals of none of them");
    }
}
