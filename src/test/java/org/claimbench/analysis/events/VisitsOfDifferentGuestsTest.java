package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 60 of issue 11 (stop 59): a meeting is defined by its principals as well as its day and place; two visits of different
 * guests to one host are two events. Texts of our own (invented people, countries and palace).
 */
class VisitsOfDifferentGuestsTest {

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        List<ArticleEvents.Input> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new ArticleEvents.Input(i + 1, texts[i], Optional.empty(), ""));
        }
        return new ArticleEvents().assign(in);
    }

    private static final String VARGA = "Norvian leader wins a trade reprieve at the Amber Palace\n\n"
            + "President Olek Dravin of Calmoria hosted Norvian Prime Minister Tomas Varga at the Amber Palace on Monday, and the "
            + "two leaders agreed a one-year reprieve from the new tariffs on grain and steel after a warm meeting.\n"
            + "Dravin told reporters at the palace that the talks had gone very well and that the reprieve could be extended.";
    private static final String KELLEN = "Ostrian leader wins a trade reprieve at the Amber Palace\n\n"
            + "President Olek Dravin of Calmoria hosted Ostrian President Ilse Kellen at the Amber Palace on Monday, and the "
            + "two leaders agreed a one-year reprieve from the new tariffs on grain and steel after a warm meeting.\n"
            + "Dravin told reporters at the palace that the talks had gone very well and that the reprieve could be extended.";

    @Test
    void twoVisitsOfDifferentGuestsToOneHostAreTwoEvents() {
        // Both on "Monday", no date, leads alike but for the guest: before round 60, one event.
        assertNotEquals(label(1, VARGA, KELLEN), label(2, VARGA, KELLEN));
    }

    @Test
    void twoReportsOfOneVisitNamingEachAnAideOfTheirOwnAreOneEvent() {
        // Host and guest in both openings; each names one more official by title that the other's lead leaves out: an aide,
        // not another event (the review of stop 59 split these in two).
        String lind = "Norvian leader wins a trade reprieve at the Amber Palace\n\n"
                + "President Olek Dravin of Calmoria hosted Norvian Prime Minister Tomas Varga at the Amber Palace on Monday, with "
                + "Foreign Minister Petra Lind at his side, and the two leaders agreed a one-year reprieve from the new tariffs.";
        String holm = "Calmoria grants Norvia a tariff reprieve\n\n"
                + "President Olek Dravin received Prime Minister Tomas Varga of Norvia at the Amber Palace on Monday; Trade Secretary "
                + "Anders Holm said afterwards that the one-year reprieve from the new tariffs would start at once.";
        assertEquals(label(1, lind, holm), label(2, lind, holm));
        assertFalse(Principals.of(lind).differ(Principals.of(holm)));
        // Two guests to one host still differ: each leaves out one of its two.
        assertTrue(Principals.of(VARGA).differ(Principals.of(KELLEN)));
    }

    /** The event label of the id-th of texts (ids from 1) when all are grouped together. */
    private static String label(long id, String... texts) {
        return assign(texts).get(id).label();
    }

    @Test
    void anUndatedReportOfOneVisitDoesNotBridgeTheTwo() {
        String undated = "Ostria gets a year's reprieve on tariffs\n\n"
                + "President Ilse Kellen of Ostria secured a one-year reprieve from the new tariffs on grain and steel at the Amber "
                + "Palace, after a warm meeting with her host, who told reporters the talks had gone very well.";
        String varga = label(1, VARGA, undated, KELLEN);
        assertNotEquals(varga, label(3, VARGA, undated, KELLEN));
        assertNotEquals(varga, label(2, VARGA, undated, KELLEN));
    }

    @Test
    void oneVisitToldWithTheGuestBySurnameTitleOrCountryIsOneEvent() {
        // The second report never gives the guest's title and full name: it introduces nobody the first leaves out.
        String bySurname = "Calmoria grants Norvia a reprieve\n\n"
                + "The Norvian leader left the Amber Palace on Monday with a one-year reprieve from the new tariffs on grain and "
                + "steel. Varga called the meeting warm; Calmoria's government said the talks had gone very well.";
        String varga = label(1, VARGA, bySurname);
        assertFalse(varga.isEmpty());
        assertEquals(varga, label(2, VARGA, bySurname));
    }

    @Test
    void aGuestsNameSpeltTwoWaysIsOneGuest() {
        String otherSpelling = VARGA.replace("Tomas Varga", "Tamás Vargha").replace("Dravin told", "The host told");
        assertEquals(label(1, VARGA, otherSpelling), label(2, VARGA, otherSpelling));
        assertTrue(Principals.sameName("ahmed", "ahmad"));
        assertFalse(Principals.sameName("varga", "vance"));
    }

    @Test
    void thePrincipalsAreThePersonsTheOpeningIntroducesByTitle() {
        Principals p = Principals.of(VARGA);
        assertEquals(List.of(List.of("olek", "dravin"), List.of("tomas", "varga")), p.persons());
        assertEquals(List.of(List.of("idris", "haddad")),
                Principals.of("Talks at the palace\n\nPresident Idris al-Haddad of Qarun arrived on Monday.").persons());
        assertEquals(Principals.NONE, Principals.of("The ministers met at the palace on Monday and spoke of grain."));
    }

    @Test
    void theSameGuestOnTwoDaysIsStillTwoEvents() {
        String first = VARGA.replace("on Monday", "on 3 March 2025");
        String second = VARGA.replace("on Monday", "on 24 March 2025");
        Map<Long, EventGroups.Assigned> events = assign(first, second);
        assertNotEquals(events.get(1L).label(), events.get(2L).label());
    }

    @Test
    void aReportJoinsTheEventItsOwnDayTellsBeforeAnotherVisitDatedByPublication() {
        // Y tells the day of Varga's visit but introduces only the host by title; Z, of Kellen's visit three days later, is dated
        // by its publication alone and speaks of the same things. Asked in order, Y met Z first and joined it; the day Y and X
        // tell is read first now, and Varga then keeps Y from Kellen's visit.
        String y = "Tariff reprieve for Norvia\n\nPresident Olek Dravin of Calmoria granted the Norvian leader a one-year reprieve "
                + "from the new tariffs on grain and steel at the Amber Palace on Friday, after a warm meeting.";
        String z = "Tariff reprieve for Ostria\n\nPresident Olek Dravin of Calmoria granted Ostrian President Ilse Kellen a one-year "
                + "reprieve from the new tariffs on grain and steel at the Amber Palace, after a warm meeting.";
        String x = VARGA.replace("on Monday", "on Friday");
        List<ArticleEvents.Input> in = List.of(
                new ArticleEvents.Input(1, y, Optional.of(java.time.LocalDate.of(2025, 3, 8)), ""),
                new ArticleEvents.Input(2, z, Optional.of(java.time.LocalDate.of(2025, 3, 10)), ""),
                new ArticleEvents.Input(3, x, Optional.of(java.time.LocalDate.of(2025, 3, 8)), ""));
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(in);
        assertEquals(events.get(3L).label(), events.get(1L).label());
        assertNotEquals(events.get(2L).label(), events.get(1L).label());
    }
}
