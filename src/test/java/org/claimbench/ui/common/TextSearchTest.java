package org.claimbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimbench.domain.TextSpan;
import org.junit.jupiter.api.Test;

/** Finding a phrase as a reader means it: case, hyphens inside words, white space, typographic marks. */
class TextSearchTest {

    private static List<String> found(String text, String phrase) {
        return TextSearch.hits(text, phrase).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aWordFindsItsHyphenatedSpellingAndTheOtherWayRound() {
        String text = "The truce held. A cease-fire was signed; the ceasefire broke; a cease\u2011fire again.";
        assertEquals(List.of("cease-fire", "ceasefire", "cease\u2011fire"), found(text, "ceasefire"));
        assertEquals(List.of("cease-fire", "ceasefire", "cease\u2011fire"), found(text, "Cease-fire"));
    }

    @Test
    void aHyphenThatIsNoPartOfAWordStaysAsItIs() {
        // Between spaces, or a dash, a hyphen is punctuation: "ten - twelve" is no "tentwelve".
        assertTrue(found("from ten - twelve", "tentwelve").isEmpty());
        assertEquals(List.of("ten - twelve"), found("from ten - twelve", "ten - twelve"));
        assertTrue(found("well-known", "well known").isEmpty(), "a space is not a hyphen");
    }

    @Test
    void invisibleCharactersAndLineBreaksAreNotInTheWay() {
        String text = "the mayor's office said the re\u00ADpairs would take two\n  weeks";
        assertEquals(List.of("re\u00ADpairs"), found(text, "repairs"));
        assertEquals(List.of("two\n  weeks"), found(text, "two weeks"));
        assertEquals(List.of("two\n  weeks"), found(text, "  two   weeks "));
    }

    @Test
    void typographicApostrophesAndQuotesMatchTheTypewritersAndCaseIsIgnored() {
        String text = "The harbour master\u2019s view: \u201Cclosed\u201D until May.";
        assertEquals(List.of("master\u2019s"), found(text, "MASTER'S"));
        assertEquals(List.of("\u201Cclosed\u201D"), found(text, "\"closed\""));
    }

    @Test
    void hitsDoNotOverlapAndAreInOrderWithOffsetsInTheTextsUnits() {
        String text = "\uD83D\uDE00 aaaa";
        List<TextSpan> hits = TextSearch.hits(text, "aa");
        assertEquals(List.of(new TextSpan(3, 5), new TextSpan(5, 7)), hits);
        assertTrue(TextSearch.hits(text, "  ").isEmpty(), "a blank phrase finds nothing");
        assertTrue(TextSearch.hits("", "a").isEmpty());
    }

    @Test
    void aPhraseNeverStartsOnAHyphenItSkips() {
        assertEquals(List.of("fire"), found("cease-fire", "fire"));
    }

    @Test
    void atAWordStartAPhraseFindsWordsItBeginsNotWordsItIsInside() {
        assertTrue(TextSearch.containsAtWordStart("The wars went on", "war"));
        assertTrue(TextSearch.containsAtWordStart("a war-weary town", "war"));
        assertTrue(TextSearch.containsAtWordStart("the (war) ended", "war"));
        assertTrue(TextSearch.containsAtWordStart("they are aware the war is long", "war"), "the second place starts a word");
        assertTrue(!TextSearch.containsAtWordStart("they are aware of it, going forward", "war"));
        assertTrue(TextSearch.containsAtWordStart("a cease-fire held", "fire"), "after a hyphen a word starts");
        assertTrue(TextSearch.containsAtWordStart("a \u201cdeal\u201d", "\u201cdeal"), "a phrase opening with a mark may start anywhere");
        assertTrue(TextSearch.containsAtWordStart("x\u200Bwar", "war"), "a zero-width space parts two words");
        assertTrue(!TextSearch.containsAtWordStart("fore\u00ADwarned", "war"), "a soft hyphen joins a word's parts");
    }
}
