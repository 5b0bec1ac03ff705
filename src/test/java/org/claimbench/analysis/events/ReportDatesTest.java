package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A day that dates a statement about an event places the event only within a few days (round 17 of issue 11). */
class ReportDatesTest {

    private final EventInference inference = new EventInference();
    private final DateReader dates = new DateReader();

    private boolean datesAReport(String lead, String day) {
        TimeMention t = dates.read(lead, Optional.of(LocalDate.of(2024, 6, 14))).stream()
                .filter(m -> lead.substring(m.start(), m.end()).contains(day)).findFirst().orElseThrow();
        return ReportDates.datesAReport(lead, t);
    }

    @Test
    void aDayOfAVerbOfSayingDatesTheStatement() {
        assertTrue(datesAReport("A spokesman for the growers said on Monday that the tariff deal was unfair.", "Monday"));
        assertTrue(datesAReport("The harbour master told a local radio station in an interview on Wednesday that the ferries ran again.",
                "Wednesday"));
        assertTrue(datesAReport("The ministry on Tuesday confirmed that the boards had settled the dispute.", "Tuesday"));
        assertTrue(datesAReport("The mayor announced Thursday that the two towns would share the dam.", "Thursday"));
    }

    @Test
    void talkingToThePressOnADayDatesAStatement() {
        // Round 34: the press is the audience of the talk, not a party to the event (sentences of our own).
        assertTrue(datesAReport("The mayor spoke to reporters Thursday after the dam talks with her neighbour.", "Thursday"));
        assertTrue(datesAReport("The harbour master talked with the press on Monday about the ferry deal.", "Monday"));
        assertTrue(datesAReport("The premier spoke to journalists on Friday about the call.", "Friday"));
        assertFalse(datesAReport("The mayor spoke to her neighbour on Thursday about the dam.", "Thursday"));
        // The dated reaction places the event a few days back, as a publication date does.
        EventProfile reaction = inference.infer("Dam talks\n14 June 2024\n\nThe mayor spoke to reporters on Thursday about her call with "
                + "the neighbouring town.", Optional.empty());
        assertTrue(reaction.dayFromPublication(), reaction.toString());
    }

    @Test
    void aDayOfTheReportedActOrOfTalkingTogetherDatesTheEvent() {
        assertFalse(datesAReport("The two mayors met on Monday and agreed to share the dam, an aide said.", "Monday"));
        assertFalse(datesAReport("The growers said that the boards signed the deal on Tuesday.", "Tuesday"));
        assertFalse(datesAReport("The ministers spoke on Wednesday for an hour.", "Wednesday"));
        assertFalse(datesAReport("The premier called his neighbour on Thursday about the river.", "Thursday"));
        assertFalse(datesAReport("The unions agreed on Friday to end the strike.", "Friday"));
        assertFalse(datesAReport("Talks on Tuesday brought a truce.", "Tuesday"));
        // A participle after the day opens a clause of its own: it is no reporting verb.
        assertFalse(datesAReport("The council signed the ferry deal with the port board of Halvik on Monday, promising three crossings "
                + "a day.", "Monday"));
    }

    @Test
    void aStatementsDayPlacesTheEventAsAPublicationDateDoes() {
        EventProfile report = inference.infer("Ferry deal questioned\n14 June 2024\n\nThe harbour master told a local radio station "
                + "on Wednesday that the ferry deal left the islanders out.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 12)), report.day());
        assertTrue(report.dayFromPublication(), "the interview's day only places the deal");
        EventProfile deal = inference.infer("Ferry deal reached\n10 June 2024\n\nThe two port boards signed a ferry deal on Sunday "
                + "after talks in the harbour.", Optional.empty());
        assertEquals(EventProfile.Relation.SAME, deal.relation(report), "the deal of Sunday 9 June, told of on Wednesday 12 June");
        EventProfile act = inference.infer("Ferry deal reached\n14 June 2024\n\nThe two port boards signed a ferry deal on Wednesday.",
                Optional.empty());
        assertFalse(act.dayFromPublication(), "the day of the act itself is the event's");
    }
}
