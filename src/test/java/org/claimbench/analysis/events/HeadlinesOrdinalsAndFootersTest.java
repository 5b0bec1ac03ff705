package org.claimbench.analysis.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Round 57 of issue 11 (stop 58): what headlines, "a first" and a wire story's foot say of an article's event. Texts of our own. */
class HeadlinesOrdinalsAndFootersTest {

    private final EventInference inference = new EventInference();

    @Test
    void aCommonAdjectiveCapitalisedByItsHeadlineOrSentenceNamesNoPlace() {
        assertEquals(Set.of(), EventNouns.names("Decisive meeting at the palace\n\nThe two ministers of Orvel and Tarn met for an hour."));
        // A subheading inside the story, and a sentence's first word.
        assertEquals(Set.of(), EventNouns.names("The ministers met.\nProductive talks with the governor\nThey spoke of the dam."));
        assertEquals(Set.of(), EventNouns.names("It ended well. Historic summit, the ministers called it."));
    }

    @Test
    void aPlaceOpeningAHeadlineIsStillAPlaceAndACapitalInsideASentenceStillCounts() {
        // A name WordNet does not have, or files as a place, keeps its meeting's name where it opens a line.
        assertEquals(Set.of("meeting@varnholm"), EventNouns.names("Varnholm summit ends without a deal\n\nThe two ministers left."));
        assertEquals(Set.of("meeting@geneva"), EventNouns.names("Geneva talks resume on the river dispute"));
        // Inside a sentence, a capital is the writer's choice: the rule leaves it as it was.
        assertEquals(Set.of("meeting@vivid"), EventNouns.names("Ministers arrived for the Vivid summit of the two towns"));
    }

    @Test
    void aFirstWithTheIndefiniteArticleIsANoveltyNotTheEventsCount() {
        String text = "The presidents of Orvel and Tarn met at the palace on Monday. A treaty on the river would be a first in forty years.";
        assertEquals(OptionalInt.empty(), EventOrdinals.ordinal(text, Optional.of("meeting")));
    }

    @Test
    void anOrdinalAfterADefiniteDeterminerOrWithItsNounStillCounts() {
        assertEquals(OptionalInt.of(4), EventOrdinals.ordinal("The presidents met at the palace on Monday, the fourth in under a year.",
                Optional.of("meeting")));
        assertEquals(OptionalInt.of(2), EventOrdinals.ordinal("The presidents held a second meeting on Monday.", Optional.of("meeting")));
    }

    /** Sentences of our own, long enough to push the foot past where a dateline may stand. */
    private static final String BODY = "The mayors of the two river towns met today and agreed to share the costs of the new dam.\n"
            + "Both said the work would begin in the spring and end before the floods of the following year.\n".repeat(8);

    @Test
    void aWireStorysCreditLineAtItsFootDatesIt() {
        EventProfile p = inference.infer("Mayors agree on the dam\n\n" + BODY
                + "This report by the Harbour Press was first published March 4, 2025.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), p.day(), "'today' resolved against the credit line's date");
    }

    @Test
    void aDateAfterAVerbOfPublishingInTheBodyDatesADocumentNotTheText() {
        EventProfile p = inference.infer("Mayors agree on the dam\n\n" + BODY
                + "In a letter dated March 4, 2019, the engineers had warned of cracks in the old weir.\n" + BODY, Optional.empty());
        assertEquals(Optional.empty(), p.day(), "the letter's date is not the story's");
    }

    @Test
    void aDateAtTheFootWithNoVerbOfPublishingDatesNothing() {
        EventProfile p = inference.infer("Mayors agree on the dam\n\n" + BODY + "The first dam on the river was opened on March 4, 1995.",
                Optional.empty());
        assertEquals(Optional.empty(), p.day());
    }

    @Test
    void aDocumentNamedBeforeItsDateAtACutFootDoesNotDateTheText() {
        // Round 70: the page is cut right after the date, where a credit line would stand; the participle after "a charter"
        // postmodifies it (a reduced relative clause) and dates the charter.
        EventProfile p = inference.infer("Mayors agree on the dam\n\n" + BODY
                + "The mayor also recalled the importance of a charter issued on Aug. 15, 1987", Optional.empty());
        assertEquals(Optional.empty(), p.day(), "the charter's date is not the story's: " + p);
        EventProfile posted = inference.infer("Mayors agree on the dam\n\n" + BODY + "A notice posted on March 4, 2025", Optional.empty());
        assertEquals(Optional.empty(), posted.day(), "a notice's date, not the story's");
    }

    @Test
    void aCreditLineWithBeOrOpeningItsLineStillDatesTheText() {
        EventProfile passive = inference.infer("Mayors agree on the dam\n\n" + BODY
                + "This story was originally published on March 7, 2025.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 7)), passive.day(), "a passive with 'be' and an adverb");
        EventProfile line = inference.infer("Mayors agree on the dam\n\n" + BODY + "Published on March 7, 2025", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 7)), line.day(), "a line of its own");
        EventProfile first = inference.infer("Mayors agree on the dam\n\n" + BODY + "First published March 7, 2025.", Optional.empty());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 7)), first.day(), "an adverb before the verb at the line's start");
    }
}
