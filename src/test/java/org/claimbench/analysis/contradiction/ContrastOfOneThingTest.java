package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.SentenceSpan;
import org.junit.jupiter.api.Test;

/** The article's contrast weighs fully only between two sides that speak of one thing; otherwise it is the writer's transition. */
class ContrastOfOneThingTest {

    /** The weight of the contrast signal between two adjacent claims of one article (0 when it does not fire). */
    private static double weight(String first, String firstSource, String between, String second, String secondSource) {
        String text = first + between + second;
        List<SentenceSpan> sentences = English.shared().sentences(text);
        int start = first.length() + between.length();
        ClaimFacts a = new ClaimFacts(1, 10, 0, first.length(), first, ClaimFacts.lead(text, sentences, 0), firstSource, "ferries");
        ClaimFacts b = new ClaimFacts(2, 10, start, start + second.length(), second, ClaimFacts.lead(text, sentences, start), secondSource,
                "ferries");
        return new ContradictionSuggester().suggest(List.of(a, b), Set.of()).stream()
                .flatMap(s -> s.signals().stream()).filter(x -> x.name().equals(ContrastSignal.NAME))
                .mapToDouble(Signal::weight).max().orElse(0);
    }

    @Test
    void twoSidesSpeakingOfOneTimetableAreSetAgainstEachOtherFully() {
        assertEquals(0.45, weight("The harbour board says the winter timetable of the ferries is settled", "Harbour board", ". However, ",
                "the ferry line says the winter timetable is still open", "Ferry line"), 1e-9);
    }

    @Test
    void twoSidesSpeakingOfDifferentThingsAreOnlyTheWritersTransition() {
        assertEquals(0.2, weight("The harbour board raised its mooring fees by a fifth in March", "Harbour board", ". But ",
                "the ferry line has repeatedly denied that it ever asked for a meeting with the mayor", "Ferry line"), 1e-9);
    }

    @Test
    void oneSidesOwnConcessionIsOnlyTheWritersTransition() {
        assertEquals(0.2, weight("The harbour board says the winter timetable of the ferries is settled", "Press", ". However, ",
                "the winter timetable of the ferries is still open", "Press"), 1e-9);
    }
}
