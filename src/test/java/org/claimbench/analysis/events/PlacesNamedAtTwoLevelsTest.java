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
 * Round 55 of issue 11: one place named at two levels ("talks in Switzerland", "talks in Geneva") is one place, by WordNet's
 * part holonyms; two places within one country are two. Sentences written for this test (real places, since WordNet must
 * know them).
 */
class PlacesNamedAtTwoLevelsTest {

    private final EventInference inference = new EventInference();

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        List<ArticleEvents.Input> in = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            in.add(new ArticleEvents.Input(i + 1, texts[i], Optional.empty(), ""));
        }
        return new ArticleEvents().assign(in);
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
        Map<Long, EventGroups.Assigned> events = assign(
                "Talks in Switzerland between the fishing ministry and the trawler owners ended the quarrel over cod quotas, a "
                        + "spokesman for the owners said.",
                "The trawler owners keep their cod quotas for another year, the fishing ministry announced after the talks in Geneva.",
                "Talks in Austria between the rail union and the transport ministry broke down over pensions.");
        assertFalse(events.get(1L).label().isEmpty());
        assertEquals(events.get(1L).label(), events.get(2L).label(), "one meeting named at two levels, with the same particulars");
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "talks in another country about another matter");
    }
}
