package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Round 63 of issue 11 (stop 59): an undated report that introduces the same principals as two groups its event's dates left
 * split joins the nearer. Texts of our own
 * (invented leaders, countries and waters).
 */
class UndatedReportOfASplitEventTest {

    /** Three reports of one meeting of the same two leaders, one paragraph each after the headline. */
    private static final String[] REPORTS = """
            Holm presses Kellen on fishing quotas

            Velmarian Prime Minister Anders Holm met Ostrian President Ilse Kellen on Wednesday and pressed her on fishing \
            quotas in the northern banks, asking for a halt to trawling before the spring.
            ===
            Kellen promises to pull patrol boats back

            Ostrian President Ilse Kellen told Velmarian Prime Minister Anders Holm at their meeting that her patrol boats \
            would leave the disputed waters before the trawling season opens.
            ===
            Holm and Kellen talk fish

            Velmarian Prime Minister Anders Holm and Ostrian President Ilse Kellen discussed fishing quotas, patrol boats and \
            the trawling season in the disputed northern banks at their meeting.""".split("\n===\n");
    private static final String BY_WEEKDAY = REPORTS[0];
    private static final String BY_PUBLICATION = REPORTS[1];
    private static final String UNDATED = REPORTS[2];

    static Map<Long, EventGroups.Assigned> assign(List<String> texts, List<Optional<LocalDate>> published) {
        List<ArticleEvents.Input> in = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            in.add(new ArticleEvents.Input(i + 1, texts.get(i), published.get(i), ""));
        }
        return new ArticleEvents().assign(in);
    }

    @Test
    void anUndatedReportJoinsTheNearerOfTwoGroupsOfItsPrincipalsThatTheirTimesDoNotSetApart() {
        // A weekday told with no date and a report dated by publication two days on: their times neither join nor part them.
        Map<Long, EventGroups.Assigned> events = assign(List.of(BY_WEEKDAY, BY_PUBLICATION, UNDATED),
                Arrays.asList(Optional.empty(), Optional.of(LocalDate.of(2031, 3, 7)), Optional.empty()));
        String undated = events.get(3L).label();
        assertFalse(undated.isEmpty(), "placed");
        assertTrue(undated.equals(events.get(1L).label()) || undated.equals(events.get(2L).label()), undated);
    }

    @Test
    void anUndatedReportOfOtherPrincipalsIsNotPlacedWithThem() {
        // The same waters and quotas, another guest: a guard (the principals set the two apart before and after round 63).
        String otherGuest = UNDATED.replace("Ostrian President Ilse Kellen", "Norvian Prime Minister Tomas Varga")
                .replace("Holm and Kellen", "Holm and Varga");
        Map<Long, EventGroups.Assigned> events = assign(List.of(BY_WEEKDAY, BY_PUBLICATION, otherGuest),
                Arrays.asList(Optional.empty(), Optional.of(LocalDate.of(2031, 3, 7)), Optional.empty()));
        assertNotEquals(events.get(1L).label(), events.get(3L).label());
        assertNotEquals(events.get(2L).label(), events.get(3L).label());
    }

    @Test
    void principalsAgreeWhenEachReportMentionsTheOthersPersons() {
        assertTrue(Principals.of(BY_WEEKDAY).agree(Principals.of(UNDATED)));
        assertFalse(Principals.of(BY_WEEKDAY).agree(Principals.of("Talks\n\nOstrian President Ilse Kellen met Norvian "
                + "Prime Minister Tomas Varga.")));
        assertEquals(false, Principals.NONE.agree(Principals.of(UNDATED)));
    }
}
