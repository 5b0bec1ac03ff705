package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 74 of issue 11 (stop 64): an agreement concluded and the same agreement signed weeks later are two events; the act a
 * report's headline and lead tell done decides, not a signing it puts in the future or a conclusion it recalls. Texts of our
 * own (invented countries, leaders and a pact).
 */
class AgreementConclusionAndSigningTest {

    @Test
    void theActTheHeadlineAndLeadTellDoneIsRead() {
        assertEquals(AgreementActs.Act.CONCLUDED, AgreementActs.of("Velmaria and Ostria agree fisheries pact\n\nThe two governments "
                + "said they had agreed on a long-awaited fisheries agreement after two years of talks."));
        assertEquals(AgreementActs.Act.CONCLUDED, AgreementActs.of("Ostria announced the conclusion of the fisheries treaty with "
                + "Velmaria on Monday."));
        assertEquals(AgreementActs.Act.CONCLUDED, AgreementActs.of("The fisheries deal was struck late at night in Tarnholm."));
        assertEquals(AgreementActs.Act.SIGNED, AgreementActs.of("Holm and Kellen sign fisheries pact\n\nThe two leaders signed the "
                + "fisheries agreement at a ceremony in the old harbour."));
        assertEquals(AgreementActs.Act.SIGNED, AgreementActs.of("The fisheries treaty signed in Tarnholm today opens the banks to "
                + "both fleets."));
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("Fishermen in both countries asked what the quotas would mean for them."));
    }

    @Test
    void aSigningStillToComeAtNoFixedTimeIsNoSigningReported() {
        // The headline's "sign" is a loose word: the lead says the signing is still months away, so the report tells the conclusion.
        assertEquals(AgreementActs.Act.CONCLUDED, AgreementActs.of("Velmaria, Ostria sign fisheries pact\n\nThe two governments "
                + "welcomed the conclusion of a broad fisheries agreement. Holm and Kellen plan to sign the pact at a summit "
                + "later in the year."));
        // A signing on a day the sentence names is that day's event, which the report previews; the conclusion it recalls is not its act.
        assertEquals(AgreementActs.Act.SIGNED, AgreementActs.of("Holm and Kellen will sign the fisheries agreement on "
                + "Thursday by the old harbour, ending two years of talks."));
    }

    @Test
    void anIntendedOrPossibleActIsNotToldDone() {
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("Both sides have agreed to strike the deal in side letters later."));
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("Officials said the two governments could seal an accord on quotas."));
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("Velmaria has agreed to negotiate a separate convention on pensions."));
    }

    @Test
    void anActDeniedIsNotToldDone() {
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("The leaders praised their teams' progress, though no fisheries deal has "
                + "been signed yet."));
        assertEquals(AgreementActs.Act.NONE, AgreementActs.of("The fisheries accord was not signed at the harbour, officials said."));
        assertEquals(AgreementActs.Act.SIGNED, AgreementActs.of("The fisheries accord was signed at the harbour, officials said."));
    }

    @Test
    void anActDoesNotPartReportsWhoseTimesMakeThemOneEvent() {
        // A call reported on its day (Monday) mentions an accord reached; another report, dated by publication that Monday, tells
        // a pact signed: the weekday and the publication date relate them before any act is weighed.
        EventProfile weekday = profile("Holm said on Monday that the two governments had signed the fisheries pact.");
        EventProfile published = new EventInference().infer("Kellen said the two governments reached an important agreement on fish.",
                Optional.of(LocalDate.of(2031, 3, 10)));
        assertEquals(LocalDate.of(2031, 3, 10).getDayOfWeek(), java.time.DayOfWeek.MONDAY);
        assertNotEquals(EventProfile.Relation.DIFFERENT, weekday.relation(published));
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(
                "Holm and Kellen speak by phone\n\nHolm said on Monday that the two governments had signed the fisheries pact "
                        + "during a long phone call with Kellen about cod, herring and the northern banks.",
                "Kellen and Holm hold phone call\n\nKellen said the two governments reached an important agreement on cod, herring "
                        + "and the northern banks during a long phone call with Holm."),
                Arrays.asList(Optional.empty(), Optional.of(LocalDate.of(2031, 3, 10))));
        assertEquals(events.get(1L).label(), events.get(2L).label());
    }

    @Test
    void aLeadThatTellsBothActsDoneSetsItselfApartFromNeither() {
        EventProfile both = profile("Holm and Kellen agreed the fisheries pact and signed the agreement in the same hour.");
        assertEquals(AgreementActs.Act.BOTH, both.act());
        assertNotEquals(EventProfile.Relation.DIFFERENT, both.relation(profile("The two leaders signed the fisheries agreement.")));
        assertNotEquals(EventProfile.Relation.DIFFERENT, both.relation(profile("The two governments agreed a fisheries deal.")));
    }

    @Test
    void undatedReportsOfTheConclusionAndOfTheSigningAreTwoEventsAndOfOneActLikelyOne() {
        EventProfile concluded = profile("The two governments agreed a fisheries deal after years of talks.");
        EventProfile concludedToo = profile("Velmaria and Ostria have concluded the fisheries agreement, their ministers said.");
        EventProfile signed = profile("The two leaders signed the fisheries agreement at the old harbour.");
        assertEquals(EventProfile.Relation.DIFFERENT, concluded.relation(signed));
        assertEquals(EventProfile.Relation.LIKELY_SAME, concluded.relation(concludedToo));
        assertEquals(EventProfile.Relation.UNKNOWN, concluded.relation(profile("The two leaders discussed fishing quotas.")),
                "no act told: nothing relates them");
    }

    @Test
    void daysStillDecideBetweenTwoDatedReports() {
        // Concluded and signed on one day: the days make one event whatever acts the leads tell.
        LocalDate day = LocalDate.of(2031, 5, 14);
        EventProfile concluded = new EventInference().infer("The two governments agreed a fisheries deal today.", Optional.of(day));
        EventProfile signed = new EventInference().infer("The two leaders signed the fisheries agreement today.", Optional.of(day));
        assertEquals(EventProfile.Relation.SAME, concluded.relation(signed));
    }

    /** The reports of the conclusion (undated, two of them) and of the signing weeks later (one dated, one undated). */
    private static final String[] REPORTS = """
            Velmaria and Ostria agree fisheries pact

            Velmaria and Ostria on Tuesday announced the conclusion of a fisheries agreement after years of talks between \
            their ministers, who settled the quotas for cod and herring in a late-night session.
            ===
            Fisheries pact agreed after years of talks

            The fisheries agreement agreed by the ministers of Velmaria and Ostria after years of talks settles the quotas \
            for cod and herring; the two leaders plan to sign the pact at a summit later in the year.
            ===
            Holm and Kellen sign fisheries pact at the old harbour

            Velmarian Prime Minister Anders Holm and Ostrian President Ilse Kellen on Thursday signed the fisheries agreement \
            at a ceremony by the old harbour of Tarnholm, where skippers of both fleets watched from their boats.
            ===
            What the fisheries pact means for skippers

            The fisheries agreement signed by Holm and Kellen at the ceremony in Tarnholm's old harbour gives skippers of \
            both fleets licences to fish the northern banks.""".split("\n===\n");

    @Test
    void reportsOfTheConclusionAndOfTheSigningAreGroupedApart() {
        Map<Long, EventGroups.Assigned> events = UndatedReportOfASplitEventTest.assign(List.of(REPORTS),
                Arrays.asList(Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2031, 7, 24)), Optional.empty()));
        assertEquals(events.get(1L).label(), events.get(2L).label(), "two reports of the conclusion");
        assertEquals(events.get(3L).label(), events.get(4L).label(), "two reports of the signing");
        assertNotEquals(events.get(1L).label(), events.get(3L).label());
        assertNotEquals(events.get(2L).label(), events.get(4L).label());
    }

    @Test
    void theUsersEventStillWinsOverTheActs() {
        List<ArticleEvents.Input> in = List.of(new ArticleEvents.Input(1, REPORTS[0], Optional.empty(), "Fisheries pact"),
                new ArticleEvents.Input(2, REPORTS[2], Optional.of(LocalDate.of(2031, 7, 24)), "Fisheries pact"));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertEquals("Fisheries pact", events.get(1L).label());
        assertEquals("Fisheries pact", events.get(2L).label());
    }

    @Test
    void withoutTheActsNothingSetsTheReportsApart() {
        // The negative: the same reports with "agreement", "pact" and "deal" swapped for a word that names no agreement tell no
        // act, and nothing of their times sets an undated report of either part apart from the dated one.
        List<String> noActs = Arrays.stream(REPORTS).map(r -> r.replace("agreement", "plan").replace("pact", "plan")
                .replace("the deal", "it")).toList();
        EventInference inference = new EventInference();
        EventProfile dated = inference.infer(noActs.get(2), Optional.of(LocalDate.of(2031, 7, 24)));
        for (int undated : new int[] {0, 1, 3}) {
            assertNotEquals(EventProfile.Relation.DIFFERENT, inference.infer(noActs.get(undated), Optional.empty()).relation(dated));
        }
        EventProfile withActs = inference.infer(REPORTS[2], Optional.of(LocalDate.of(2031, 7, 24)));
        assertEquals(EventProfile.Relation.DIFFERENT, inference.infer(REPORTS[1], Optional.empty()).relation(withActs));
    }

    private static EventProfile profile(String text) {
        return new EventInference().infer(text, Optional.empty());
    }
}
