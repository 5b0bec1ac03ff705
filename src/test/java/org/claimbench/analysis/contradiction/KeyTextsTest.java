package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class KeyTextsTest {

    @Test
    void keysAreNumberedInTheOrderFirstGivenAndFoundAgainByTheirText() {
        KeyTexts texts = new KeyTexts();
        assertEquals(0, texts.numberOf("#status@the vote of june:postpone"));
        assertEquals(1, texts.numberOf("harbour"));
        assertEquals(0, texts.numberOf("#status@the vote of june:postpone"), "given again: its number");
        assertEquals(2, texts.numberOf("#status@the vote of june:postponed"), "one character more is another key");
        assertEquals(3, texts.numberOf("harbou"), "one character less too");
        assertEquals(1, texts.get("harbour"));
        assertEquals(-1, texts.get("harbours"));
        assertEquals(4, texts.size());
        assertEquals("harbou", texts.text(3));
    }

    @Test
    void textsBeyondLatin1AreHeldTwoBytesACharacterAndNeverMistakenForTheirLowBytes() {
        KeyTexts texts = new KeyTexts();
        // "ŀ" (U+0140) has 0x40 ("@") as its low byte and 0x01 as its high one.
        int wide = texts.numberOf("#deny:caf\u00e9\u0140");
        int latin = texts.numberOf("#deny:caf\u00e9@");
        assertEquals(0, wide);
        assertEquals(1, latin);
        assertEquals(-1, texts.get("#deny:caf\u00e9\u0001@"));
        assertEquals("#deny:caf\u00e9\u0140", texts.text(wide));
        assertEquals("#deny:caf\u00e9@", texts.text(latin));
        assertEquals(0, texts.get("#deny:caf\u00e9\u0140"));
        assertEquals(2, texts.numberOf("\u0414\u043e\u043d\u0435\u0446\u043a"));
        assertEquals(2, texts.get("\u0414\u043e\u043d\u0435\u0446\u043a"));
    }

    @Test
    void textsWhoseHashesCollideAreTwoKeys() {
        KeyTexts texts = new KeyTexts();
        // "Aa" and "BB" have the same String.hashCode (2112).
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(0, texts.numberOf("Aa"));
        assertEquals(1, texts.numberOf("BB"));
        assertEquals(0, texts.get("Aa"));
        assertEquals(1, texts.get("BB"));
    }

    @Property(tries = 100)
    void behavesAsAMapOfTextsToTheirFirstPlace(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                              @ForAll @IntRange(min = 1, max = 5_000) int steps) {
        java.util.Random random = new java.util.Random(seed);
        KeyTexts texts = new KeyTexts();
        Map<String, Integer> model = new HashMap<>();
        String alphabet = "ab#:@ \u00e9\u0140\u0414";
        for (int i = 0; i < steps; i++) {
            StringBuilder key = new StringBuilder();
            for (int c = random.nextInt(8); c >= 0; c--) {
                key.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 6)));
            }
            String k = key.toString();
            if (random.nextBoolean()) {
                assertEquals(model.getOrDefault(k, -1).intValue(), texts.get(k), k);
            } else {
                assertEquals(model.computeIfAbsent(k, x -> model.size()).intValue(), texts.numberOf(k), k);
            }
            assertEquals(model.size(), texts.size());
        }
        model.forEach((k, v) -> assertEquals(k, texts.text(v)));
    }
}
