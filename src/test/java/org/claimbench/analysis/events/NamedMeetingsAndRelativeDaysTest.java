package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Events told by their relative day or their meeting's name, in articles written for this test. */
class NamedMeetingsAndRelativeDaysTest {

    private final EventInference inference = new EventInference();

    /** Each text's event as {@link ArticleEvents} groups them, by article id (1 for the first text); no dates, no user's events. */
    static Map<Long, EventGroups.Assigned> assign(String... texts) {
        List<ArticleEvents.Input> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new ArticleEvents.Input(i + 1, texts[i], Optional.empty(), ""));
        }
        return new ArticleEvents().assign(in);
    }

    @Test
    void yesterdayAndLastWeekAreResolvedAgainstTheDateline() {
        EventProfile yesterday = inference.infer("Dockers return to work\n14 March 2024\n\nThe dockers of Tarnby ended their walkout "
                + "yesterday after a vote.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 13)), yesterday.day());
        assertFalse(yesterday.dayFromPublication(), "yesterday is one day");
        EventProfile lastWeek = inference.infer("Dockers return to work\n14 March 2024\n\nThe dockers of Tarnby ended their walkout "
                + "last week after a vote.", Optional.empty());
        LocalDate day = lastWeek.day().orElseThrow();
        assertTrue(!day.isBefore(LocalDate.of(2024, 3, 4)) && !day.isAfter(LocalDate.of(2024, 3, 10)), "within the week before: " + day);
        assertTrue(lastWeek.dayFromPublication(), "last week only places the event within a few days");
        assertEquals(EventProfile.Relation.DIFFERENT, yesterday.relation(lastWeek), "last week is not yesterday");
    }

    @Test
    void aMeetingNamedAtTheStartOfASentenceKeepsItsName() {
        // The capital of "Talks" is the sentence's; "Halvik" still names the meeting.
        assertEquals(Set.of("meeting@halvik"), inference.infer("Talks in Halvik ended late on the second day.", Optional.empty()).names());
        assertEquals(Set.of("meeting@halvik"), inference.infer("The ferry crews walked out of talks in Halvik.", Optional.empty()).names());
        assertEquals(Set.of("meeting@halvik"), inference.infer("After the Halvik talks, the crews went home.", Optional.empty()).names());
    }

    @Test
    void twoUndatedArticlesNamingOneMeetingAreOneEventAndAnotherMeetingStaysApart() {
        Map<Long, EventGroups.Assigned> events = assign(
                "Talks in Halvik between the harbour authority and the ferry crews ended the walkout over night shifts, a union "
                        + "spokeswoman said.",
                "The ferry crews will be paid extra for night shifts, the harbour authority announced after the Halvik talks.",
                "Talks in Brevik between the orchestra and the city council ended without a deal on the concert hall's rent.");
        assertFalse(events.get(1L).label().isEmpty());
        assertEquals(events.get(1L).label(), events.get(2L).label(), "one meeting, named in two ways, with the same particulars");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "talks elsewhere about another matter");
    }

    /**
     * Review of round 11: a month or a weekday after "talks in" is when, not where ("Talks in March", "the talks in Halvik
     * Tuesday"): two articles about talks in March were one named meeting, and a day after the place made another. And
     * "The talks in Halvik" names Halvik: "The" before "talks", read as a place and refused, used up the noun.
     */
    /** Round 16: a name before or after a meeting noun is a place only if WordNet files it as one or does not know it. */
    @Test
    void aNameIsAPlaceOnlyIfItMayBeOne() {
        assertEquals(Set.of("meeting@vienna"), inference.infer("The Vienna talks ended late.", Optional.empty()).names());
        assertEquals(Set.of(), inference.infer("After an Oval Office meeting the envoy flew home.", Optional.empty()).names(),
                "an office is no place");
        assertEquals(Set.of(), inference.infer("The Putin meeting was short.", Optional.empty()).names(), "a person is no place");
        assertEquals(Set.of(), inference.infer("The Kremlin talks ended late.", Optional.empty()).names(), "a building is no place");
    }

    @Test
    void aMonthOrADayIsNoPlaceOfAMeeting() {
        assertEquals(Set.of(), inference.infer("Talks in March ended without a deal on the rent.", Optional.empty()).names());
        assertEquals(Set.of(), inference.infer("The crews walked out of talks in January.", Optional.empty()).names());
        assertEquals(Set.of("meeting@halvik"), inference.infer("The talks in Halvik Tuesday ended late.", Optional.empty()).names());
        assertEquals(Set.of("meeting@port louis"), inference.infer("The talks in Port Louis ended late.", Optional.empty()).names());
    }
}
