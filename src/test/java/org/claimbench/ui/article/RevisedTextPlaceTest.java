package org.claimbench.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a pane's top line goes when the text is revised ({@link RevisedTextPlace}). Texts of our own; offsets in UTF-16 units. */
class RevisedTextPlaceTest {

    private static final String WAS = "The ferry sails at nine.\nThe quay is safe.\nTolls rise in May.\n";

    @Test
    void aPlaceBeforeTheEditStays() {
        String now = WAS.replace("Tolls rise", "Fares rise");
        assertEquals(WAS.indexOf("The quay"), RevisedTextPlace.after(WAS, now, WAS.indexOf("The quay")));
    }

    @Test
    void aPlaceAfterAnEditAboveItMovesByTheChangeInLength() {
        String now = WAS.replace("at nine", "at half past nine"); // a typo fixed above the line shown
        assertEquals(now.indexOf("Tolls"), RevisedTextPlace.after(WAS, now, WAS.indexOf("Tolls")));
    }

    @Test
    void aPlaceInsideTheChangedStretchGoesToItsStart() {
        String now = WAS.replace("The quay is safe.", "The harbour wall was mended.");
        assertEquals(WAS.indexOf("quay"), RevisedTextPlace.after(WAS, now, WAS.indexOf("is safe")));
    }

    @Test
    void theEditsStartIsNeverInsideACharacterOfTwoUnits() {
        String was = "Mood: \uD83D\uDE00 at the quay.";
        String now = "Mood: \uD83D\uDE01 at the quay.";
        int inside = was.indexOf('\uDE00');
        assertEquals(was.indexOf('\uD83D'), RevisedTextPlace.after(was, now, inside), "the whole character changed");
    }
}
