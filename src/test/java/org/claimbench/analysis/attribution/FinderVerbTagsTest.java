package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.English;
import org.claimbench.analysis.language.Token;
import org.junit.jupiter.api.Test;

/**
 * Cue verbs the tagger reads as plural nouns that only the finder's reading mends ({@link VerbTags#ofFinder}), on sentences
 * written for this test. Each text opens with a sentence of its own, so the one tested is no headline.
 */
class FinderVerbTagsTest {

    private static final String OPENING = "The board met on Monday.\n\n";

    private static List<String> read(String sentence) {
        return AttributionText.read(OPENING + sentence);
    }

    @Test
    void aVerbInSBeforeItsObjectAndAToInfinitiveIsAVerb() {
        assertEquals(List.of("mayor | urges | tenants to sign the letter before Friday"), read("The mayor urges tenants to sign the letter before Friday."));
        assertEquals(List.of("Mayor Ruiz | urges | voters to reject the toll"), read("Mayor Ruiz urges voters to reject the toll."));
    }

    @Test
    void aNounBeforeAPrepositionStaysANoun() {
        // "reports to the board": no object, no infinitive; the office files them, no one is quoted.
        assertEquals(List.of(), read("The harbour office reports to the board every month."));
    }

    @Test
    void aVerbInSClosingItsSentenceAfterASubjectSetOffByACommaIsTheReportingClause() {
        assertEquals(List.of("Gazette | reports | Wages at the port fell for the third month in a row"),
                read("Wages at the port fell for the third month in a row, the Gazette reports."));
    }

    @Test
    void aPluralNounClosingItsSentenceWithNoCommaBeforeItsPhraseStaysANoun() {
        assertEquals(List.of(), read("The cargo was held at the pier for three audit reports."));
    }

    @Test
    void aCapitalisedWordTheTaggerReadAsAVerbBeforeACueInSAndThatIsTheSubject() {
        // The tagger's misreading, as it reads some names that are also English verbs: "Lamb/VERB claims/NOUN that …".
        AnalysedSentence s = tagged("Lamb claims that the depot lost money.", "Lamb/VERB", "claims/NOUN/claim", "that/SCONJ", "the/DET",
                "depot/NOUN", "lost/VERB/lose", "money/NOUN", "./PUNCT");
        assertEquals(List.of("PROPN", "VERB"), tags(VerbTags.ofFinder(s, CueLexicon.standard(), English.shared()), 0, 1));
        // The model's training reading keeps the tagger's.
        assertEquals(List.of("VERB", "NOUN"), tags(VerbTags.of(s, CueLexicon.standard()), 0, 1));
    }

    @Test
    void aCapitalisedVerbBeforeANounWithNoThatClauseKeepsItsReading() {
        AnalysedSentence s = tagged("Report claims to the clerk by noon.", "Report/VERB", "claims/NOUN/claim", "to/ADP", "the/DET", "clerk/NOUN",
                "by/ADP", "noon/NOUN", "./PUNCT");
        assertEquals(List.of("VERB", "NOUN"), tags(VerbTags.ofFinder(s, CueLexicon.standard(), English.shared()), 0, 1));
    }

    /** A sentence of the words given as "word/TAG" or "word/TAG/lemma", separated by single spaces in the text. */
    private static AnalysedSentence tagged(String text, String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] p = w.split("/");
            int start = text.indexOf(p[0], at);
            tokens.add(new Token(start, start + p[0].length(), p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase(java.util.Locale.ROOT)));
            at = start + p[0].length();
        }
        return new AnalysedSentence(0, text.length(), 0, text, tokens);
    }

    private static List<String> tags(AnalysedSentence s, int from, int to) {
        return s.tokens().subList(from, to + 1).stream().map(Token::tag).toList();
    }
}
