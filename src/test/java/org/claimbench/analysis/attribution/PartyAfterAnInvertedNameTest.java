package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution round 29: a party and a state in brackets after a name that inverts with its cue ("“…,” said Rep. Tom Berg
 * (D-Ohio).") belong to the name's phrase, as they do before the cue ({@link ParentheticalNames}). Sentences written for
 * this test.
 */
class PartyAfterAnInvertedNameTest {

    @Test
    void theBracketsAfterAnInvertedNameBelongToItsPhrase() {
        // Before: no attribution; the quotation fell to the outlet, or went on with the speaker of the one before.
        assertEquals(List.of("Tom Berg | said | We will keep the pier open"),
                AttributionText.read("“We will keep the pier open,” said Rep. Tom Berg (D-Ohio)."));
        assertEquals(List.of("Ana Ruiz | said | The fares are too high", "Tom Berg | added | We will keep the pier open"),
                AttributionText.read("“The fares are too high,” Ana Ruiz said.\n\n“We will keep the pier open,” added Rep. Tom Berg (D-S.C.), "
                        + "the leader of the caucus."));
    }

    @Test
    void anInvertedNameWithoutBracketsIsReadAsBefore() {
        assertEquals(List.of("Tom Berg | said | We will keep the pier open"),
                AttributionText.read("“We will keep the pier open,” said Rep. Tom Berg."));
        assertEquals(List.of("wardens | said | We will keep the pier open"),
                AttributionText.read("“We will keep the pier open,” said the wardens."));
    }
}
