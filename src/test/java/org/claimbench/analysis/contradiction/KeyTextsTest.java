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

    @Test
    void keysThatWouldCrossAPageEndStartTheNextPageAndKeysLongerThanAPageHaveTheirOwn() {
        // Pages of 16 bytes: a key's bytes are its length (one byte here) and its characters.
        KeyTexts texts = new KeyTexts(4);
        assertEquals(0, texts.numberOf("harbour wall"), "13 bytes: the first page");
        assertEquals(1, texts.numberOf("quay"), "5 bytes: would cross the first page's end, so the second page");
        assertEquals(2, texts.numberOf("#status@the vote of june:postponed"), "35 bytes: longer than a page");
        assertEquals(3, texts.numberOf("\u0414\u043e\u043d"), "7 bytes, two a character: after the long key's pages");
        assertEquals(4, texts.numberOf("pier"));
        assertEquals("harbour wall", texts.text(0));
        assertEquals("quay", texts.text(1));
        assertEquals("#status@the vote of june:postponed", texts.text(2));
        assertEquals("\u0414\u043e\u043d", texts.text(3));
        assertEquals("pier", texts.text(4));
        assertEquals(2, texts.get("#status@the vote of june:postponed"));
        assertEquals(-1, texts.get("#status@the vote of june:postpone"));
        // 16 + 16 (the first two pages) + 35 (the long key's own array) + 16 (the last page).
        assertEquals(83, texts.bytesHeld());
    }

    @Test
    void keysOfMoreThan63CharactersHaveAHeadOfMoreThanOneByte() {
        KeyTexts texts = new KeyTexts(6);
        String longKey = "#listed:" + "energy and infrastructure ".repeat(10);
        String wideKey = "\u0414".repeat(200);
        assertEquals(0, texts.numberOf(longKey));
        assertEquals(1, texts.numberOf(wideKey));
        assertEquals(0, texts.get(longKey));
        assertEquals(1, texts.get(wideKey));
        assertEquals(-1, texts.get(longKey.substring(1)));
        assertEquals(longKey, texts.text(0));
        assertEquals(wideKey, texts.text(1));
    }

    @Test
    void theTextsGrowAPageAtATimeNotByDoubling() {
        KeyTexts texts = new KeyTexts();
        long needed = 0;
        for (int i = 0; i < 200_000; i++) {
            String key = "#status@event " + i + ":agreed";
            texts.numberOf(key);
            needed += 1 + key.length();
        }
        assertEquals(200_000, texts.size());
        // One page more than the keys need at most (and what a page's end leaves unused: under one key a page).
        long page = 1L << KeyTexts.PAGE_SHIFT;
        long pages = needed / page + 1;
        org.junit.jupiter.api.Assertions.assertTrue(texts.bytesHeld() <= needed + page + pages * 30,
                texts.bytesHeld() + " bytes held for " + needed + " needed");
        assertEquals("#status@event 199999:agreed", texts.text(199_999));
        assertEquals(123_456, texts.get("#status@event 123456:agreed"));
    }

    @Property(tries = 100)
    void behavesAsAMapOfTextsToTheirFirstPlace(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                              @ForAll @IntRange(min = 1, max = 5_000) int steps,
                                              @ForAll @IntRange(min = 2, max = 16) int pageShift) {
        java.util.Random random = new java.util.Random(seed);
        KeyTexts texts = new KeyTexts(pageShift);
        Map<String, Integer> model = new HashMap<>();
        String alphabet = "ab#:@ \u00e9\u0140\u0414";
        for (int i = 0; i < steps; i++) {
            StringBuilder key = new StringBuilder();
            for (int c = random.nextInt(random.nextInt(10) == 0 ? 200 : 8); c >= 0; c--) {
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
