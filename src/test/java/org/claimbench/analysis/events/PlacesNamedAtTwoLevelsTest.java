package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 55 of issue 11: one place named at two levels ("talks in Switzerland", "talks in Geneva") is one place, by WordNet's
 * part holonyms; two places within one country are two. Sentences written for this test (real places, since WordNet must
 * know them).
 */
class PlacesNamedAtTwoLevelsTest {

    private final EventInference inference = new EventInference();

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        return NamedMeetingsAndRelativeDaysTest.assign(texts);
    }

    @Test
    void aCityAndItsCountryNameOneMeetingAndTwoCitiesOfOneCountryDoNot() {
        assertTrue(EventNouns.oneEvent("meeting@geneva", "meeting@switzerland"));
        assertTrue(EventNouns.oneEvent("meeting@switzerland", "meeting@geneva"));
        assertFalse(EventNouns.oneEvent("meeting@geneva", "meeting@zurich"), "two cities of one country are two places");
        assertFalse(EventNouns.oneEvent("meeting@geneva", "meeting@austria"), "a city and another country");
        assertFalse(EventNouns.oneEvent("call@geneva", "meeting@switzerland"), "two kinds of event");
    }

    @Test
    void talksInACountryAndTalksInOneOfItsCitiesAreLikelyOneEvent() {
        EventProfile country = inference.infer("Fishing ministers will hold talks in Switzerland on the cod quotas.", Optional.empty());
        EventProfile city = inference.infer("The talks in Geneva on the cod quotas ended without a deal.", Optional.empty());
        EventProfile otherCity = inference.infer("The talks in Zurich on the cod quotas ended without a deal.", Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, country.relation(city));
        assertEquals(EventProfile.Relation.LIKELY_SAME, city.relation(country));
        assertNotEquals(EventProfile.Relation.LIKELY_SAME, city.relation(otherCity), "Geneva is not Zurich");
    }

    @Test
    void reportsOfTalksNamedInTheCountryAndInTheCityAreGroupedAsOneEvent() {
        List<String> labels = assign(
                "Talks in Switzerland between the fishing ministry and the trawler owners ended the quarrel over cod quotas, a "
                        + "spokesman for the owners said.",
                "The trawler owners keep their cod quotas for another year, the fishing ministry announced after the talks in Geneva.",
                "Talks in Austria between the rail union and the transport ministry broke down over pensions.")
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> e.getValue().label()).toList();
        assertEquals(List.of("meeting in Switzerland", "meeting in Switzerland", "meeting in Austria"), labels,
                "one meeting named at two levels, with the same particulars; talks in another country about another matter apart");
    }

    /** Other stories of the same days, so that the names the two reports share are not names most leads use. */
    private static final String[] OTHER_STORIES = {
        "Flooding along the Danube closed the port of Vukovar, the mayor Ivana Horvat said on Monday.",
        "The Portuguese striker Rui Matos signed for a club in Seville after a long dispute with his agent.",
        "Farmers in Normandy blocked roads near Caen over milk prices, the union leader Paul Girard said.",
        "A volcano on Iceland's Reykjanes peninsula erupted again, the meteorological office in Reykjavik said."};

    @Test
    void theAnnouncementOfTalksAndTheTalksNamedByPlaceAndParticipantsAreOneEvent() {
        // The announcement speaks of who asked for the talks; the report of the talks of what was agreed: few words in common
        // but the place (at two levels) and the people.
        String announcement = "Officials said on Tuesday that Halvorsen asked for talks in Norway with Lindqvist on the fishing "
                + "quotas, and that Lindqvist will attend \"without conditions\".";
        String talks = "On Sunday Lindqvist and Halvorsen agreed at the talks in Bergen to halve the herring catch for two "
                + "years.";
        String elsewhere = "On Sunday Lindqvist and Halvorsen agreed at the talks in Uppsala to halve the herring catch for two "
                + "years.";
        Map<Long, EventGroups.Assigned> one = assign(announcement, talks, OTHER_STORIES[0], OTHER_STORIES[1], OTHER_STORIES[2],
                OTHER_STORIES[3]);
        assertFalse(one.get(2L).label().isEmpty());
        assertEquals(one.get(2L).label(), one.get(1L).label(), "talks in Bergen, announced as talks in Norway, with the same people");
        Map<Long, EventGroups.Assigned> two = assign(announcement, elsewhere, OTHER_STORIES[0], OTHER_STORIES[1], OTHER_STORIES[2],
                OTHER_STORIES[3]);
        assertNotEquals(two.get(2L).label(), two.get(1L).label(), "Uppsala is not in Norway: the same people, another meeting");
    }
}
