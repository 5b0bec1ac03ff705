package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Russian President Vladimir Putin and U.S. President Donald Trump spoke.",
                        "Mr. Peskov and Gen. Gerasimov were there.", "President Vladimir V. Putin agreed."),
                split("Russian President Vladimir Putin and U.S. President Donald Trump spoke. Mr. Peskov and Gen. Gerasimov were there. "
                        + "President Vladimir V. Putin agreed."));
    }

    @Test
    void aLineBreakEndsASentenceAndOffsetsPointIntoTheText() {
        String text = "NEWS\nTrump fails again\n\nHe said it went well. Moscow disagreed.";
        List<Sentence> s = splitter.split(text);
        assertEquals(List.of("NEWS", "Trump fails again", "He said it went well.", "Moscow disagreed."), s.stream().map(Sentence::text).toList());
        assertEquals("Moscow disagreed.", text.substring(s.get(3).start(), s.get(3).end()));
        assertEquals(2, s.get(2).paragraph());
    }
}
