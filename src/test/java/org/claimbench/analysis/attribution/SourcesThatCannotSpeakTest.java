package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 27: a source phrase whose head is no possible source (an act, a state, a feeling, a relation) names no
 * one who speaks ({@link SourceHeads}); persons, groups, documents, the heads PolNeAR train annotates as sources and names
 * stay sources. Sentences written for this test.
 */
class SourcesThatCannotSpeakTest {

    @Test
    void aStateAFeelingOrARelationSaysNothing() {
        assertEquals(List.of(), AttributionText.read("Her patience with the harbour board assured the pilots that the talks would end well."));
        assertEquals(List.of(), AttributionText.read("Their friendship promised the islanders that the bridge would be built."));
        assertEquals(List.of(), AttributionText.read("Their anger at the new fares told the harbour board that something had to change."));
    }

    @Test
    void personsGroupsAndDocumentsSpeak() {
        assertEquals(List.of("harbour board | promised | the ferry would run all winter"),
                AttributionText.read("The harbour board promised that the ferry would run all winter."));
        assertEquals(List.of("report | shows | the ferry lost money last winter"),
                AttributionText.read("The report shows that the ferry lost money last winter."));
        assertEquals(List.of("pilots | warned | the pier was unsafe"),
                AttributionText.read("A few of the pilots warned that the pier was unsafe."));
    }

    @Test
    void whatShowsSomethingIsTheSourceOfAVerbOfIndicating() {
        // VerbNet 3.4 indicate-78: the subject is a Cause, whatever it is.
        assertEquals(List.of("Her patience | shows | she wants a deal before the winter"),
                AttributionText.read("Her patience with the harbour board shows that she wants a deal before the winter."));
    }

    @Test
    void aHeadPolNearAnnotatesAsASourceSpeaksWhateverItsFirstSense() {
        // "campaign": an event and an act in WordNet's first senses, a source 188 times in PolNeAR train.
        assertEquals(List.of("campaign | insisted | the ferry would keep running"),
                AttributionText.read("The campaign insisted that the ferry would keep running."));
    }

    @Test
    void aNameInThePhraseSpeaks() {
        assertEquals(List.of("Ana Bush | promised | the pier would reopen in May"),
                AttributionText.read("Senator Ana Bush spoke on Monday. Bush promised that the pier would reopen in May."));
    }
}
