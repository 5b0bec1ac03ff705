package org.claimbench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the question after Edit text shows of a claim's words before and after: the change in sight, cut at spaces. */
class EditedWordsExcerptTest {

    @Test
    void aShortClaimIsShownWhole() {
        assertEquals("The harbour board said fares would rise.", ArticleCommands.around("The harbour board said fares would rise. ",
                "The harbour bord said fares would rise."));
    }

    @Test
    void aLongClaimShowsTheWordsAroundItsChangeCutAtSpaces() {
        String before = "The harbour board said on Tuesday, after a long meeting with the unions and the city council, that the "
                + "ferry fares would rise by a tenth in the spring";
        String after = before.replace("by a tenth", "by a tenht");
        String shown = ArticleCommands.around(after, before);
        assertTrue(shown.contains("by a tenht"), shown);
        assertTrue(shown.startsWith("…") && !shown.startsWith("… ") && before.contains(shown.substring(1, 6)), "cut before a word: " + shown);
        assertTrue(shown.length() <= 84, shown);
        String[] words = shown.replace("…", "").strip().split(" ");
        for (String w : words) {
            assertTrue(after.contains(" " + w) || after.startsWith(w), "whole words only: " + w + " in " + shown);
        }
    }
}
