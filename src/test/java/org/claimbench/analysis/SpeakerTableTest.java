package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerTableTest {

    private final SpeakerTable table = SpeakerTable.defaults();

    private List<SpeakerMention> find(String text) {
        return table.find(text, 0, text.length());
    }

    @Test
    void aMisspeltNameIsMatchedAndTheMatchSaysSo() {
        SpeakerMention m = find("according to the Russian president's advisor, Yuri Uyzakov, it is an issue").stream()
                .filter(x -> x.speaker().equals("Yuri Ushakov")).findFirst().orElseThrow();
        assertEquals("Kremlin readout", m.source());
        assertEquals("Uyzakov", m.matched());
        assertTrue(m.how().startsWith("misspelt 'Uyzakov'"), m.how());
        SpeakerMention z = find("and even Zelenski gave the green light").get(0);
        assertEquals("Volodymyr Zelensky", z.speaker());
        assertEquals("Ukraine", z.source());
    }

    @Test
    void namesRunTogetherWithTheNextWordAreMatched() {
        SpeakerMention u = find("According to a Kremlin advisor. Yuri Ushakovquoted by Reuters, Putin stressed").stream()
                .filter(x -> x.speaker().equals("Yuri Ushakov")).findFirst().orElseThrow();
        assertEquals("Ushakov", u.matched().substring(0, 7));
        assertTrue(u.how().contains("run together"), u.how());
        SpeakerMention p = find("spokesman Dmitry Peskovwho declined to comment").stream()
                .filter(x -> x.speaker().equals("Dmitry Peskov")).findFirst().orElseThrow();
        assertEquals("Kremlin readout", p.source());
    }

    @Test
    void phrasesWinOverTheirWordsAndPossessivesAreUnderstood() {
        List<SpeakerMention> m = find("The Washington Post said von der Leyen's office and the White House disagreed.");
        assertEquals(List.of("The Washington Post", "Ursula von der Leyen", "White House"), m.stream().map(SpeakerMention::speaker).toList());
        assertEquals(List.of("Press", "Europe", "White House"), m.stream().map(SpeakerMention::source).toList());
        assertEquals("Donald Trump", find("Trump’s envoy").get(0).speaker());
    }

    @Test
    void ordinaryWordsAreNotTakenForNames() {
        assertTrue(find("The talks were frank and the mood was calm; truth matters.").isEmpty());
        assertTrue(find("Pushing for a ceasefire, the envoy arrived.").isEmpty());
    }
}
