package org.claimbench.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class EnglishTest {

    private final English english = English.shared();

    private List<String> sentences(String text) {
        return english.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titlesMonthsAndStatesAbbreviatedInNewsStyleDoNotEndASentence() {
        assertEquals(List.of("Sen. Ada Morrow of Ore. met Gov. Tim Bell on Jan. 4 in Salem.", "Lt. Gen. Ruth Park was there.", "Nobody else came."),
                sentences("Sen. Ada Morrow of Ore. met Gov. Tim Bell on Jan. 4 in Salem. Lt. Gen. Ruth Park was there. Nobody else came."));
    }

    @Test
    void anAbbreviatedTitleAndAHyphenatedNameAreOneTokenEach() {
        List<String> words = english.analyse("Sen. Ada Morrow-Lind met Gov. Tim Bell and a self-made builder.").get(0).tokens().stream()
                .map(Token::text).toList();
        assertEquals(List.of("Sen.", "Ada", "Morrow-Lind", "met", "Gov.", "Tim", "Bell", "and", "a", "self-made", "builder", "."), words);
    }

    @Test
    void theGreedyDecoderGivesTheTagsOfOpenNlpsTaggerWithABeamOfOne() {
        Models m = Models.read();
        opennlp.tools.postag.POSTaggerME reference = new opennlp.tools.postag.POSTaggerME(m.tags);
        GreedyTagger greedy = new GreedyTagger(m.tags, m.tagger, m.taggerScores);
        String text = "Harbour officials said on Tuesday that the ferry, which has sailed since 1962, would be sold. "
                + "“We can't keep her running,” the port's director told reporters. Critics, however, doubt the sale will close "
                + "before spring; two bidders have already withdrawn, citing rust.";
        for (AnalysedSentence s : english.analyse(text)) {
            String[] forms = s.tokens().stream().map(t -> t.text().replace('’', '\'')).toArray(String[]::new);
            assertEquals(List.of(reference.tag(forms)), List.of(greedy.tag(forms)), s.text());
        }
    }

    @Test
    void theGreedyLemmaReadingIsOpenNlpsLemmatizersReading() throws Exception {
        Models m = Models.read();
        // OpenNLP's lemmatizer on the shipped model as it is read from its jar, not on the one Models wraps in GisScores.
        opennlp.tools.lemmatizer.LemmatizerModel shipped;
        try (var in = Models.class.getClassLoader().getResourceAsStream(Models.LEMMAS)) {
            shipped = new opennlp.tools.lemmatizer.LemmatizerModel(in);
        }
        opennlp.tools.lemmatizer.LemmatizerME reference = new opennlp.tools.lemmatizer.LemmatizerME(shipped);
        LemmaBeam wrapped = new LemmaBeam(m.lemmas, m.lemmatizer);
        GreedyLemmatizer greedy = new GreedyLemmatizer(m.lemmas, m.lemmatizer);
        for (String[] formAndTag : List.of(new String[] {"told", "VERB"}, new String[] {"ferries", "NOUN"}, new String[] {"joked", "VERB"},
                new String[] {"worse", "ADJ"}, new String[] {"was", "AUX"}, new String[] {"Harbour", "PROPN"}, new String[] {"criticised", "VERB"},
                new String[] {"contended", "VERB"}, new String[] {"alleging", "VERB"}, new String[] {"mice", "NOUN"}, new String[] {"best", "ADJ"},
                new String[] {"Reports", "VERB"}, new String[] {"wrote", "VERB"}, new String[] {"fled", "VERB"}, new String[] {"data", "NOUN"})) {
            String[] tokens = {"x", formAndTag[0], "."};
            String[] tags = {"X", formAndTag[1], "PUNCT"};
            assertEquals(reference.lemmatize(tokens, tags)[1], greedy.lemma(tokens, tags, 1), formAndTag[0]);
            // The three best readings, as LemmaCache asks for them, are the shipped model's through GisScores and LemmaBeam too.
            assertEquals(java.util.Arrays.deepToString(reference.predictLemmas(3, tokens, tags)),
                    java.util.Arrays.deepToString(wrapped.predictLemmas(3, tokens, tags)), formAndTag[0]);
        }
    }

    @Test
    void aLineBreakEndsASentenceAndParagraphsCountNonBlankLines() {
        String text = "Rivers rise in the north\n\nThe dam held overnight. Engineers checked it at dawn.\r\nFarmers waited";
        List<SentenceSpan> s = english.sentences(text);
        assertEquals(List.of("Rivers rise in the north", "The dam held overnight.", "Engineers checked it at dawn.", "Farmers waited"),
                sentences(text));
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(SentenceSpan::paragraph).toList());
    }

    @Test
    void offsetsAreUtf16IndicesIntoTheWholeText() {
        // "𝔸" is one code point and two UTF-16 units: offsets after it count both.
        String text = "𝔸 note. The clerk told the panel that the vote was late.";
        AnalysedSentence second = english.analyse(text).get(1);
        assertEquals("The clerk told the panel that the vote was late.", text.substring(second.start(), second.end()));
        for (Token t : second.tokens()) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        Token told = second.tokens().get(second.tokenAt(text.indexOf("told")));
        assertEquals("told", told.text());
    }

    @Test
    void tokensCarryUniversalDependenciesTagsAndLowerCaseLemmas() {
        AnalysedSentence s = english.analyse("The mayors told reporters that the bridges were closing.").get(0);
        List<String> tagged = s.tokens().stream().map(t -> t.text() + "/" + t.tag() + "/" + t.lemma()).toList();
        assertEquals(List.of("The/DET/the", "mayors/NOUN/mayor", "told/VERB/tell", "reporters/NOUN/reporter", "that/SCONJ/that",
                "the/DET/the", "bridges/NOUN/bridge", "were/AUX/be", "closing/VERB/close", "./PUNCT/."), tagged);
    }

    @Test
    void aContractionKeptWholeHasJoinedTagsThatIsRecognises() {
        AnalysedSentence s = english.analyse("She won't sign the bill.").get(0);
        Token wont = s.tokens().get(1);
        assertEquals("won't", wont.text());
        assertTrue(wont.is("AUX"), wont.tag());
        assertTrue(!wont.is("AU"), "a prefix of a tag is not the tag");
    }

    @Test
    void aRangeIsReadAsOneSentenceWithOffsetsIntoTheText() {
        String text = "Preamble. The council voted. It adjourned.";
        int start = text.indexOf("The");
        AnalysedSentence range = english.analyseRange(text, start, text.length());
        assertEquals(start, range.tokens().get(0).start());
        assertEquals("adjourned", range.tokens().get(range.tokens().size() - 2).text());
        assertThrows(IndexOutOfBoundsException.class, () -> english.analyseRange(text, 5, text.length() + 1));
    }

    @Test
    void modelsLoadOnceAndTheFiguresOfThatLoadAreKept() {
        ModelLoad first = english.load();
        assertTrue(english.loaded());
        assertSame(first, english.load());
        assertTrue(first.millis() > 0);
    }

    @Test
    void manyThreadsAtOnceGetWhatOneThreadGets() throws Exception {
        String text = "The board met on Monday. Its chair said the budget was balanced. Critics disagreed, saying costs had doubled. "
                + "\"We will see,\" a member told reporters.";
        List<AnalysedSentence> alone = english.analyse(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<AnalysedSentence>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> english.analyse(text)));
            }
            for (Future<List<AnalysedSentence>> r : runs) {
                assertEquals(alone, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
