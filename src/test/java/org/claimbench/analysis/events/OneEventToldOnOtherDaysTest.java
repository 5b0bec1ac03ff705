package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * One event that the inference would split (round 31): a report of its consequence, whose first weekday is the
 * consequence's but whose lead names the event's day; and a report whose words are near another report of the event only
 * through a third.
 */
class OneEventToldOnOtherDaysTest {

    private final EventInference inference = new EventInference();

    static final String CALL = "Ferry call ends dispute\n\nPresident Anselm Rook of Velmora spoke on Wednesday with Prime "
            + "Minister Ilse Varga of Tarsk by telephone about the ferry dispute, and both sides said the crossings at Dunhaven "
            + "would reopen before the weekend.";
    /** Its first weekday is the reopening's; it names the call's Wednesday. Its lead is only a little like the call's. */
    static final String REOPENED = "Dunhaven ferry crossings reopen\n\nThe ferry crossings at Dunhaven reopened on Saturday, "
            + "three days after Wednesday's telephone call between Rook and Varga, as harbour crews cleared long queues of lorries "
            + "and passengers waiting at the terminal.";
    /** The same report without the call's day. */
    private static final String REOPENED_UNDATED_CALL = REOPENED.replace("Wednesday's telephone call", "the telephone call");
    private static final String RAIL = "Rail strike ends\n\nThe unions of Kellford on Thursday called off the rail strike after a "
            + "night of bargaining with the Transport Board, and trains ran again between the coast and the capital.";

    @Test
    void aLeadThatNamesTheOthersDayBesidesItsOwnLikelyReportsTheSameEvent() {
        EventProfile call = inference.infer(CALL, Optional.empty());
        EventProfile reopened = inference.infer(REOPENED, Optional.empty());
        assertEquals(EventProfile.Relation.LIKELY_SAME, reopened.relation(call));
        assertEquals(EventProfile.Relation.LIKELY_SAME, call.relation(reopened));
        assertEquals(EventProfile.Relation.UNKNOWN, inference.infer(REOPENED_UNDATED_CALL, Optional.empty()).relation(call),
                "a Saturday and a Wednesday, neither lead naming the other's day");
    }

    @Test
    void theConsequencesReportJoinsTheEventItNames() {
        Map<Long, EventGroups.Assigned> events = assign(CALL, REOPENED, RAIL);
        assertEquals(events.get(1L).label(), events.get(2L).label(), "reopened on Saturday after Wednesday's call: one event");
        assertNotEquals(events.get(1L).label(), events.get(3L).label());
        Map<Long, EventGroups.Assigned> undated = assign(CALL, REOPENED_UNDATED_CALL, RAIL);
        assertNotEquals(undated.get(1L).label(), undated.get(2L).label(), "without the day named, leads this little alike stay apart");
    }

    /** Sunday's refusal of the flights: its lead is near the yielding's (the flights) but not the tariffs'. */
    private static final String REFUSED = "Flights refused\n\nThe government of Tarsk on Sunday turned back two military aircraft "
            + "carrying deported workers from Velmora, saying the flights had no landing permits.";
    /** Tells no day; near both the refusal (the flights) and the tariffs. */
    private static final String GAVE_WAY = "Tarsk gives way on tariffs\n\nTarsk agreed to accept the flights of deported workers from "
            + "Velmora after Velmora set tariffs of 25 percent on all its coffee exports, hours after the aircraft had been turned "
            + "back; the finance minister withdrew the tariffs on machinery.";
    /** Sunday's tariffs: the same weekday as the refusal, in other words. */
    private static final String TARIFFS = "Tariff threat\n\nVelmora on Sunday set tariffs of 25 percent on all coffee exports from Tarsk "
            + "until Tarsk accepts the flights of deported workers, and the finance minister of Tarsk answered with tariffs on "
            + "Velmora's machinery exports.";

    @Test
    void reportsOfTheSameWeekdayJoinWhenAnotherReportOfTheGroupConfirmsThem() {
        Map<Long, EventGroups.Assigned> events = assign(REFUSED, GAVE_WAY, TARIFFS, RAIL);
        assertEquals(events.get(2L).label(), events.get(3L).label(), "the yielding and the tariffs: leads alike");
        assertEquals(events.get(1L).label(), events.get(3L).label(), "Sunday's refusal and Sunday's tariffs, through the yielding");
        assertNotEquals(events.get(1L).label(), events.get(4L).label());
    }

    @Test
    void withoutTheSameWeekdayTheGroupDoesNotTakeThemIn() {
        Map<Long, EventGroups.Assigned> events = assign(REFUSED.replace("Sunday", "Monday"), GAVE_WAY, TARIFFS, RAIL);
        assertNotEquals(events.get(1L).label(), events.get(3L).label(), "a Monday and a Sunday: nothing says one event");
    }

    @Test
    void aUsersEventStillKeepsTheGroupsApart() {
        Map<Long, EventGroups.Assigned> events = new ArticleEvents().assign(List.of(
                new ArticleEvents.Input(1, CALL, Optional.empty(), "Ferry call"),
                new ArticleEvents.Input(2, REOPENED, Optional.empty(), "Reopening"),
                new ArticleEvents.Input(3, RAIL, Optional.empty(), "")));
        assertEquals("Ferry call", events.get(1L).label());
        assertEquals("Reopening", events.get(2L).label());
    }

    private static Map<Long, EventGroups.Assigned> assign(String... texts) {
        List<ArticleEvents.Input> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            inputs.add(new ArticleEvents.Input(i + 1, texts[i], Optional.empty(), ""));
        }
        return new ArticleEvents().assign(inputs);
    }
}
