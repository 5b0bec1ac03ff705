package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Five contacts between the same two governments months apart ({@link SameSidesCoverage}): the articles are grouped into
 * the events they report, whether dated by a dateline, by their publication date or not at all.
 */
class ContactsOfTheSameSidesTest {

    private final Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(SameSidesCoverage.inputs());
    private final List<SameSidesCoverage.Article> articles = SameSidesCoverage.articles();

    private String label(long id) {
        return events.get(id).label();
    }

    private void sameEvent(long a, long b, String why) {
        assertFalse(label(a).isEmpty(), "article " + a + " has an event");
        assertEquals(label(a), label(b), why + " (" + a + ", " + b + ")");
    }

    @Test
    void datedReportsOfOneContactAreOneEvent() {
        sameEvent(1, 2, "a dateline's Tuesday and a publication date's Tuesday: the March call");
        sameEvent(4, 5, "the second call, by dateline and by 'Thursday's call'");
        sameEvent(6, 7, "the Sarnholm summit, by dateline and by its name and Saturday");
        sameEvent(9, 10, "the call a week after the summit, 'on Friday' and 'Friday's phone call'");
    }

    @Test
    void undatedReactionsJoinTheContactTheySpeakOf() {
        sameEvent(3, 1, "the hauliers' reaction to the March call's ferry promise");
        sameEvent(8, 6, "the opposition's reaction to the Sarnholm summit");
        sameEvent(13, 12, "the mayors' regret that the Dravik summit will not take place");
    }

    @Test
    void contactsMonthsApartAreDifferentEvents() {
        for (SameSidesCoverage.Article a : articles) {
            for (SameSidesCoverage.Article b : articles) {
                if (a.id() < b.id() && !a.event().equals(b.event())) {
                    assertNotEquals(label(a.id()), label(b.id()), "articles " + a.id() + " (" + a.event() + ") and " + b.id() + " ("
                            + b.event() + ")");
                }
            }
        }
    }

    @Test
    void anArticleRecallingAnEarlierContactInPassingKeepsItsOwnEvent() {
        assertNotEquals(label(5), label(1), "the May call's report recalls March's two hours");
        assertNotEquals(label(9), label(6), "the call a week after the summit names the summit");
        assertNotEquals(label(12), label(6), "the Dravik summit called off recalls the Sarnholm summit");
        // A meeting recalled after "after" is the time of another event, not a name of this one.
        assertFalse(events.get(9L).keys().contains("meeting@sarnholm"), "the call after the summit: " + events.get(9L).keys());
        assertTrue(label(9).startsWith("call"), "a call, though its headline names the summit it follows: " + label(9));
        assertFalse(events.get(12L).keys().contains("meeting@sarnholm"), "the Dravik summit: " + events.get(12L).keys());
    }

    @Test
    void aMeetingNamedAsAnotherEventsTimeIsNotTheArticlesOwn() {
        EventInference inference = new EventInference();
        java.util.Optional<java.time.LocalDate> october = java.util.Optional.of(java.time.LocalDate.of(2026, 10, 5));
        assertEquals(java.util.Set.of(), inference.infer("The mayors spoke by phone two days after the summit in Brevik.", october).names(),
                "a span before 'after'");
        assertEquals(java.util.Set.of(), inference.infer("The mayors spoke by phone, their first call since the talks in Brevik.",
                october).names(), "'since'");
        assertEquals(java.util.Set.of(), inference.infer("The mayors will speak again ahead of the summit in Brevik.", october).names(),
                "'ahead of'");
        assertEquals(java.util.Set.of(), inference.infer("Fares rose, weeks after the summit in Brevik.", october).names(),
                "a span without a number");
        assertEquals(java.util.Set.of(), inference.infer("Fares rose after the summit in Brevik in June.", october).names(),
                "a month of its own before the text's");
        assertEquals(java.util.Set.of("meeting@brevik"), inference.infer("Fares will fall, the mayors announced after the summit in Brevik.",
                october).names(), "the outcome announced after a meeting is that meeting's news");
        assertEquals(java.util.Set.of("meeting@brevik"), inference.infer("Fares will fall, the mayors announced after the summit in Brevik "
                + "in October.", october).names(), "the text's own month");
        assertEquals(java.util.Optional.of("call"), inference.infer("Mayors speak a week after the summit\n\nThe two mayors spoke by "
                + "phone on Friday. The call was short.", october).kind(), "the headline's summit is the call's time");
    }
}
