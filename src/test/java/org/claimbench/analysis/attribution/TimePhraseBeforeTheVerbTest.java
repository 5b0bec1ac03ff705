package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 24: a time phrase between the subject and its verb is no speaker, in all its shapes (Quirk et al. 1985,
 * 8.20, 8.49-8.62): with an article, a number or an approximator before a unit of time ("a month later", "less than two
 * weeks ago", "earlier in the day"), after an auxiliary ("had last month charged"), and after a past participle that
 * postmodifies the subject ("a report published Wednesday said", Quirk et al. 1985, 17.28). Sentences written for this
 * test, with the cases to leave alone.
 */
class TimePhraseBeforeTheVerbTest {

    @Test
    void aUnitOfTimeWithAnArticleOrANumberBeforeItIsNoSpeaker() {
        // Before: "month", "two weeks" and "day" spoke.
        assertEquals(List.of("Ruiz | announced | the ferry would stop"), AttributionText.read("Ruiz a month later announced that the ferry would stop."));
        assertEquals(List.of("harbour board | said | the pier was unsafe"),
                AttributionText.read("The harbour board less than two weeks ago said for the first time that the pier was unsafe."));
        assertEquals(List.of("Ruiz | said | the fees would rise"), AttributionText.read("Ruiz earlier in the day said that the fees would rise."));
    }

    @Test
    void aTimeAfterAnAuxiliaryBelongsToTheVerbPhrase() {
        // Before: "month" spoke.
        assertEquals(List.of("harbour police | warned | the pier would close"),
                AttributionText.read("The harbour police had last month warned that the pier would close."));
    }

    @Test
    void aTimeAfterAParticiplePostmodifyingTheSubjectIsNoSpeaker() {
        // Before: "Wednesday" and "August" spoke.
        assertEquals(List.of("report | said | the harbour master used a private email account"),
                AttributionText.read("A report published Wednesday said the harbour master used a private email account.").subList(1, 2));
        assertEquals(List.of("poll | found | most islanders want the pier closed"),
                AttributionText.read("A poll released in late August found that most islanders want the pier closed."));
    }

    @Test
    void aUnitOfTimeAloneOrCapitalisedStaysTheSubject() {
        assertEquals(List.of("Time | reported | the pier would close"), AttributionText.read("Time reported that the pier would close."));
        assertEquals(List.of("days | showed | the pier was unsafe"), AttributionText.read("The days after the storm showed that the pier was unsafe."));
    }
}
