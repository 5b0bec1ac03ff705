package org.claimbench.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a content starts and ends around quotation marks, on sentences written for this test. */
class ContentEdgesTest {

    private static List<String> read(String text) {
        return AttributionText.read(text);
    }

    @Test
    void aQuotationThatAPhraseOpensIsPartOfTheClause() {
        // Mixed quotation: the article or possessive before the mark belongs to the content.
        assertEquals(List.of("Ortega | said | the “temporary” depot had become permanent"),
                read("Ortega said the “temporary” depot had become permanent."));
    }

    @Test
    void aQuotationRightAfterTheCueIsTheContentWithoutItsMarks() {
        assertEquals(List.of("Ortega | said | The depot must close"), read("Ortega said: “The depot must close.”"));
    }

    @Test
    void aQuotedTitleBeforeThatIsNoContent() {
        // The programme's name is where she spoke; the complement follows "that".
        assertEquals(List.of("Ortega | told | the depot would close in May"),
                read("Ortega told the “Evening Hour” programme on Friday that the depot would close in May."));
    }

    @Test
    void aBareClauseMayOpenWithAnApproximatorAContractionOrAParticipleInsideItsSubject() {
        assertEquals(List.of("board | said | over 200 tenants had signed the letter"), read("The board said over 200 tenants had signed the letter."));
        assertEquals(List.of("Berg | said | she’ll still vote for the depot because it’s cheaper"),
                read("Berg said she’ll still vote for the depot because it’s cheaper."));
        assertEquals(List.of("Moreau | said | the cracked pier supports were replaced in May"),
                read("Moreau, a harbour engineer, said the cracked pier supports were replaced in May."));
    }

    @Test
    void aSubjectThatAQuotationGoesOnWithIsPartOfTheClause() {
        assertEquals(List.of("Berg | said | Moreau’s plans and costings “fall apart under any scrutiny.”"),
                read("Berg said Moreau’s plans and costings “fall apart under any scrutiny.”"));
    }

    @Test
    void anApproximatorOpeningAPhraseOfMannerOpensNoClause() {
        // "over the phone" is how she spoke; the complement is the clause after "that".
        assertEquals(List.of("Berg | said | the depot would close"), read("Berg said over the phone that the depot would close."));
    }

    @Test
    void aCoordinatedSubjectOpenedByBothOrEitherIsAClause() {
        assertEquals(List.of("Moreau | said | both the mayor and the council have been fair to the tenants"),
                read("Moreau said both the mayor and the council have been fair to the tenants."));
        assertEquals(List.of("Berg | said | either the port or the city will pay for the pier"),
                read("Berg said either the port or the city will pay for the pier."));
    }

    @Test
    void aHyphenatedCompoundTheTaggerReadsAsPunctuationStaysInTheSubject() {
        assertEquals(List.of("Moreau | said | first-time offenders are sent to community service"),
                read("Moreau said first-time offenders are sent to community service."));
    }

    @Test
    void anAsideBetweenCommasAfterTheCueComesBeforeTheComplement() {
        assertEquals(List.of("Ortega | testified | she had never seen the contract"),
                read("Ortega testified, for example, that she had never seen the contract."));
        assertEquals(List.of("Berg | says | she is staying on the board"), read("Berg says, win or lose in the vote, she is staying on the board."));
        // Not an aside: a clause with its own subject between the commas ends the search.
        assertEquals(List.of(), read("Berg said, as she left the hall, nothing."));
    }

    @Test
    void neitherAndNorJoinTwoVerbsOfOneClause() {
        assertEquals(List.of("Ortega | said | she neither signed nor read the contract"),
                read("Ortega said she neither signed nor read the contract."));
        // "both" and "neither" qualifying a noun pair with nothing: "and added" starts the second statement.
        assertEquals(List.of("Ortega | said | both options were costly", "Ortega | added | the board would decide in May"),
                read("Ortega said both options were costly and added that the board would decide in May."));
        assertEquals(List.of("mayor | said | neither side had won", "mayor | warned | the strike would go on"),
                read("The mayor said neither side had won and warned that the strike would go on."));
    }

    @Test
    void anApproximatorQualifiesANumberNotAPhraseOfItsOwn() {
        assertEquals(List.of(), read("Officials said under pressure the depot would close."));
        assertEquals(List.of("Officials | said | about half of the depots would close"), read("Officials said about half of the depots would close."));
    }

    @Test
    void aNameBetweenCommasIsNoAside() {
        assertEquals(List.of(), read("Berg said, Walsh, the mayor, agreed."));
    }

    @Test
    void aQuotedPhraseTheClauseGoesOnAfterIsPartOfTheContent() {
        assertEquals(List.of("Okafor | called | the ruling on Friday \"a gift\" to the landlords of the harbour"),
                read("Okafor called the ruling on Friday \"a gift\" to the landlords of the harbour."));
        assertEquals(List.of("mayor | blamed | the delays on \"bad luck\" and the weather in the spring"),
                read("The mayor blamed the delays on \"bad luck\" and the weather in the spring."));
        // The speaker's next act after the quotation, or a quotation ending its sentence, stays out.
        assertEquals(List.of("Okafor | said | the pier is unsafe"), read("Okafor said \"the pier is unsafe\" and left the hall."));
        assertEquals(List.of("Okafor | said | The pier is unsafe"), read("Okafor said: \"The pier is unsafe.\" The board met."));
    }

    @Test
    void anAddresseeAfterToIsNoPartOfTheContent() {
        // Quirk et al. (1985) 16.32: verbs of saying take the hearer as "to" and a noun phrase before their that-clause.
        assertEquals(List.of("mayor | said | the bridge would reopen in May"), read("The mayor said to reporters that the bridge would reopen in May."));
        assertEquals(List.of("Holm | insisted | fares will not rise"), read("Holm insisted to the tenants on Monday that fares will not rise."));
        assertEquals(List.of("Holm | insisted | fares will not rise"), read("Holm insisted to Okafor that fares will not rise."));
        // A name the tagger read as punctuation after a "to" it read as the infinitive marker.
        assertEquals(List.of("Brann | wrote | the depot would stay open"), read("Brann wrote to Okafor that the depot would stay open."));
        assertEquals(List.of("Brann | wrote | the depot would stay open"), read("Brann wrote to Okafor on Monday that the depot would stay open."));
        // "to" opening the message stays: the course urged on someone.
        assertEquals(List.of("Holm | urged | the tenants to stay calm"), read("Holm urged the tenants to stay calm."));
    }

    @Test
    void aQuantifierAfterDegreeAdverbsIsTheSubjectOfABareClause() {
        // "too much", "far too little": the quantifier heads the subject though the tagger reads it as an adverb.
        assertEquals(List.of("Ortega | says | too much is made of the mayor's letters"), read("Ortega says too much is made of the mayor's letters."));
        assertEquals(List.of("Berg | says | far too little is known about the depot"), read("Berg says far too little is known about the depot."));
    }

    @Test
    void aDegreeAdverbBeforeAnAdverbOfTimeOpensNoClause() {
        // "much earlier" says when she spoke; the complement is the clause after "that".
        assertEquals(List.of("Berg | said | the depot would close"), read("Berg said much earlier that the depot would close."));
    }
}
