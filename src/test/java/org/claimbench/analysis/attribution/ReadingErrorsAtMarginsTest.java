package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.junit.jupiter.api.Test;

/**
 * Stop 57 (round attr57b): three reading errors of English shapes at the margins of a text or a sentence. A verb after a
 * plural subject the tagger read as an adverb ({@link AdverbTags#verbReadAsAdverb}); a headline behind a web page's labels
 * ({@link OutletAssertions#headline}); a quotation in brackets after a name ({@link ParentheticalQuotations}. Sentences and
 * names written for this test.
 */
class ReadingErrorsAtMarginsTest {

    private static final English ENGLISH = English.shared();

    /** The text's sentences as the model tags them, with every token {@code word} tagged {@code tag}. */
    private static List<AnalysedSentence> misread(String text, String word, String tag) {
        List<AnalysedSentence> out = new ArrayList<>();
        for (AnalysedSentence s : ENGLISH.analyse(text)) {
            List<Token> t = new ArrayList<>(s.tokens());
            for (int i = 0; i < t.size(); i++) {
                Token x = t.get(i);
                if (x.text().equals(word)) {
                    t.set(i, new Token(x.start(), x.end(), x.text(), tag, x.text()));
                }
            }
            out.add(new AnalysedSentence(s.start(), s.end(), s.paragraph(), s.text(), t));
        }
        return out;
    }

    private static List<String> outletSentences(String text, List<AnalysedSentence> sentences) {
        return OutletAssertions.find(text, sentences, new AttributionFinder().find(text, sentences)).stream()
                .map(a -> text.substring(a.span().start(), a.span().end())).toList();
    }

    /** The tag {@link AdverbTags} gives the word in the text's second sentence, read with the word tagged ADV. */
    private static String retagged(String text, String word) {
        return AdverbTags.of(misread(text, word, "ADV").get(1)).tokens().stream().filter(x -> x.text().equals(word)).findFirst()
                .orElseThrow().tag();
    }

    @Test
    void aVerbAfterAPluralSubjectReadAsAnAdverbIsTheClausesVerb() {
        String text = "The ferry will stay in port all winter. However, the new timetables align with older union demands.";
        List<AnalysedSentence> sentences = misread(text, "align", "ADV");
        assertEquals("VERB", retagged(text, "align"));
        assertTrue(outletSentences(text, sentences).contains("However, the new timetables align with older union demands."),
                () -> outletSentences(text, sentences).toString());
    }

    @Test
    void anAdverbAfterAPluralSubjectStaysAnAdverb() {
        // "often" is an adverb in WordNet: it stays one.
        assertEquals("ADV", retagged("The ferry will stay in port all winter. The new timetables often with older union demands.", "often"));
    }

    @Test
    void aHeadlineBehindWebLabelsIsTheHeadline() {
        String text = "REGION\nREGION\n\nHarbour board fails again to reopen the northern ferry\n\n"
                + "The board met on Monday in Vesterhamn and voted to keep the ferry in port until the spring.\n";
        List<AnalysedSentence> sentences = ENGLISH.analyse(text);
        assertEquals(List.of("Harbour board fails again to reopen the northern ferry",
                "The board met on Monday in Vesterhamn and voted to keep the ferry in port until the spring."), outletSentences(text, sentences));
    }

    @Test
    void aQuotationInBracketsAfterANameIsThatPersonsWords() {
        String text = "The closure was condemned on Tuesday by the dockers' leader Tomas Bergvik (\"we will not accept a single job lost\"), "
                + "and the board met again on Friday.";
        List<String> found = new AttributionFinder().find(text).stream()
                .map(a -> a.speaker() + " | " + text.substring(a.content().start(), a.content().end())).toList();
        assertTrue(found.contains("Tomas Bergvik | we will not accept a single job lost"), found::toString);
    }

    @Test
    void aNicknameInBracketsAfterANameIsNoOnesWords() {
        String text = "At the rally the mayor mocked Councillor Bergvik (\"Tiny Tom\") and his plan for the northern ferry.";
        assertTrue(new AttributionFinder().find(text).stream().noneMatch(a -> a.cueLemma().equals("(")));
    }
}
