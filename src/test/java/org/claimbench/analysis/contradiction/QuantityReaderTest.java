package org.claimbench.analysis.contradiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuantityReaderTest {

    private final QuantityReader reader = new QuantityReader();

    private Quantity one(String text) {
        List<Quantity> q = reader.read(text);
        assertEquals(1, q.size(), text + " → " + q);
        return q.get(0);
    }

    @Test
    void durationsAreReadInWordsDigitsAndCompoundsInMinutes() {
        assertEquals(60.0, one("the leaders held an hour-long meeting").low());
        assertEquals(150.0, one("after a two-and-a-half-hour session").low());
        assertEquals(150.0, one("the session ran 2 1/2 hours").low());
        assertEquals(125.0, one("they spoke for 2 hours 5 minutes").low());
        assertEquals(90.0, one("an hour and a half of questions").low());
        Quantity half = one("the call lasted barely half an hour");
        assertEquals(30.0, half.low(), "half an hour is no hour");
        assertEquals("half an hour", half.words());
        assertEquals(720.0, one("the ferries stopped for half a day").low());
        assertEquals(60.0, one("the clerk signed on her behalf an hour later").low(), "behalf is no half");
        assertEquals(45.0, one("a 45-minute briefing").low());
    }

    @Test
    void whatAFigureMeasuresIsItsNoun() {
        assertEquals("meeting", one("after a 40-minute meeting with the mayor").head());
        Quantity prisoners = one("they exchanged 1,200 prisoners on Friday");
        assertEquals("count", prisoners.dimension());
        assertEquals("prisoner", prisoners.head());
        assertEquals(1200.0, prisoners.low());
        assertEquals("percent", one("turnout fell by 12 percent").dimension());
        // Round 18: wire copy's abbreviation, lower case only ("PCT" in capitals is a name: the Patent Cooperation Treaty).
        Quantity pct = one("exports to the islands rose 3 pct in May");
        assertEquals("percent", pct.dimension());
        assertEquals(3.0, pct.low());
        assertEquals("count", one("they sent 12 PCT delegates").dimension());
    }

    @Test
    void hedgesAndRangesGiveIntervals() {
        Quantity over = one("the hearing lasted over two hours");
        assertEquals(120.0, over.low());
        assertTrue(Double.isInfinite(over.high()));
        Quantity nearly = one("nearly three hours of debate");
        assertTrue(nearly.low() < 180 && nearly.high() == 180.0, nearly.toString());
        Quantity range = one("a 2-3 hour delay");
        assertEquals(120.0, range.low());
        assertEquals(180.0, range.high());
        Quantity between = one("between two and three hours");
        assertEquals(120.0, between.low());
        assertEquals(180.0, between.high());
    }

    /**
     * Round 76: "just", "a little", "slightly" before "over" or "under" keep the figure near it; review65a 8 widened the 15 % of
     * round 76 to a quarter over and a fifth under ("just over an hour" takes in 70 minutes).
     */
    @Test
    void aSmallExcessOrShortfallIsBoundedButABareOverIsNot() {
        Quantity little = one("the vote took a little more than an hour");
        assertEquals(60.0, little.low());
        assertEquals(75.0, little.high(), 1e-9);
        assertEquals("a little more than an hour", little.words());
        Quantity justOver = one("the ferry carried just over 200 passengers");
        assertEquals(200.0, justOver.low());
        assertEquals(250.0, justOver.high(), 1e-9);
        Quantity slightlyUnder = one("the inquiry sat for slightly under three hours");
        assertEquals(144.0, slightlyUnder.low(), 1e-9);
        assertEquals(180.0, slightlyUnder.high());
        assertTrue(Double.isInfinite(one("the vote took more than an hour").high()), "a bare comparative has no upper end");
        assertEquals(0.0, one("the ferry carried under 200 passengers").low());
    }

    @Test
    void aNumberWordBeforeHundredMultipliesIt() {
        Quantity words = one("the flood reached two hundred farms");
        assertEquals("farm", words.head());
        assertEquals(200.0, words.low());
        assertTrue(words.agreesWith(one("the flood reached 200 farms")), "two hundred farms are 200 farms");
        assertEquals(300_000.0, one("three hundred thousand voters stayed home").low());
    }

    @Test
    void severalOrAFewHundredIsARangeNotOneHundred() {
        Quantity several = one("the flood reached several hundred farms");
        assertEquals(300.0, several.low());
        assertEquals(900.0, several.high());
        assertTrue(several.agreesWith(one("the flood reached 400 farms")), "400 farms are several hundred");
        assertTrue(one("the flood reached a few hundred farms").agreesWith(one("the flood reached 250 farms")));
        assertFalse(several.agreesWith(one("the flood reached 2,000 farms")), "2,000 farms are more than several hundred");
    }

    @Test
    void severalIsARangeNotThree() {
        Quantity several = one("the budget hearing went on for several hours");
        assertEquals(180.0, several.low());
        assertEquals(540.0, several.high());
        assertTrue(several.agreesWith(one("the budget hearing went on for four hours")), "four hours is several hours");
    }

    @Test
    void aCountInADefiniteDescriptionStatesNoFigureButAnIndefiniteOneDoes() {
        assertTrue(new QuantityReader().read("the three ports agreed on new fees").isEmpty(), "the three ports: a set already known");
        assertTrue(new QuantityReader().read("these two unions signed").isEmpty());
        Quantity countries = new QuantityReader().read("delegates from 12 countries and the bank signed").get(0);
        assertEquals("count", countries.dimension());
        assertEquals("country", countries.head());
        assertEquals(12.0, countries.low());
        assertEquals("money", one("the $5 billion loan was approved").dimension(), "a sum keeps its value after the article");
    }

    @Test
    void ordinalsCountEventsWithOrWithoutTheirNoun() {
        Quantity sixth = one("the sixth phone call this year");
        assertEquals("ordinal", sixth.dimension());
        assertEquals("call in this year", sixth.head(), "counted this year only");
        assertEquals(6.0, sixth.low());
        assertEquals(4.0, reader.read("its fourth in the past two years").stream()
                .filter(q -> q.dimension().equals("ordinal")).findFirst().orElseThrow().low());
        assertTrue(reader.read("the second largest city").isEmpty());
    }

    @Test
    void aSpanOfTimeAClaimIsSetInIsAFrameNotAFigureAndYearsAreNoCounts() {
        assertEquals("frame", one("in the past nine months").dimension());
        assertEquals("frame", one("a deal within two weeks").dimension());
        assertTrue(reader.read("since January 2025 the talks went on").isEmpty());
    }

    @Test
    void hoursOfAnEventNounMeasureTheEventEvenAfterAfter() {
        Quantity talks = one("the strike ended after six hours of talks");
        assertEquals("time", talks.dimension(), "the talks lasted six hours");
        assertEquals("meeting", talks.head());
        Quantity negotiations = one("the strike ended after nine hours of negotiations");
        assertEquals("time", negotiations.dimension(), "negotiations are talks: they lasted nine hours");
        assertEquals("meeting", negotiations.head());
        assertEquals("frame", one("the ferries sailed again within two hours of the call").dimension(), "a time after the call");
        assertEquals("frame", one("the ferries sailed again after two hours").dimension());
    }

    @Test
    void aPrepositionAfterAFigureIsNoNounItMeasures() {
        assertEquals("", one("they argued for 50 minutes about the harbour fees").head());
        assertEquals("", one("the crews rested for two hours during the storm").head());
        assertEquals("meeting", one("after a 50-minute meeting about the fees").head());
    }

    /** Money in any currency a country uses (ISO 4217 through the JDK, see CurrencyNames). */
    @Test
    void aSumInAnyCurrencyInUseIsMoney() {
        Quantity rupees = one("the port will cost 40 billion rupees");
        assertEquals("money", rupees.dimension());
        assertEquals(4e10, rupees.low());
        assertEquals("money", one("the museum sold the painting for 300,000 pesos").dimension());
        assertEquals("money", one("a fine of 5,000 zloty was paid").dimension());
        assertEquals("money", one("the loan of 2 billion yen was signed").dimension(), "yen: WordNet's second sense is the unit");
        assertEquals("money", one("wages rose to 900 roubles").dimension(), "the British spelling");
        assertFalse(one("the board rejected 40 billion rupees").agreesWith(one("the board rejected 12 billion rupees")),
                "two sums of one currency are compared");
    }

    @Test
    void aWordThatIsFirstSomethingElseOrBeginsLikeACurrencyIsNoSum() {
        assertEquals("count", one("the pupils got 12 marks in the test").dimension(), "mark: WordNet's frequent senses are no unit");
        Quantity realms = one("the empire split into 3 realms");
        assertEquals("count", realms.dimension(), "'real' is a currency, 'realms' is not");
        assertEquals("realm", realms.head());
    }

    /** Review of round 11: a currency named after a number word is money, as a noun counted after one is a count. */
    @Test
    void aVagueOrWordedSumOfMoneyIsMoney() {
        Quantity vague = one("the charity raised several million rupees");
        assertEquals("money", vague.dimension(), vague.toString());
        assertEquals(3e6, vague.low());
        assertEquals(9e6, vague.high());
        assertTrue(vague.agreesWith(one("the charity raised 4 million rupees")), "4 million rupees are several million");
        assertEquals(200.0, one("the ferry fare rose by a few hundred pesos").low());
        assertEquals("money", one("the mayor paid a thousand dollars").dimension());
    }

    /**
     * Review of round 11: "won" and "real" are currencies and adjectives (WordNet 3.1); after a bare figure the adjective
     * reading is the one a text means ("in 2018 won the seat", "3 real reasons"), after a scale word the currency.
     */
    @Test
    void aCurrencyNameThatIsAlsoAnAdjectiveIsMoneyOnlyAfterAScaleWord() {
        assertTrue(reader.read("the party that in 2018 won the seat lost it").isEmpty(),
                "a year before 'won' the verb: " + reader.read("the party that in 2018 won the seat lost it"));
        Quantity reasons = one("the clerk gave 3 real reasons for the delay");
        assertEquals("count", reasons.dimension(), reasons.toString());
        Quantity won = one("the plant will cost 2 trillion won, the board said");
        assertEquals("money", won.dimension(), won.toString());
        assertEquals(2e12, won.low());
        assertEquals("2 trillion won", won.words());
        assertEquals("money", one("a budget of 40 billion real was approved").dimension());
    }

    @Test
    void severalOrAFewThousandIsARange() {
        Quantity several = one("the storm cut power to several thousand homes");
        assertEquals("home", several.head());
        assertEquals(3_000.0, several.low());
        assertEquals(9_000.0, several.high());
        assertTrue(several.agreesWith(one("the storm cut power to 5,000 homes")), "5,000 homes are several thousand");
        assertFalse(several.agreesWith(one("the storm cut power to 40,000 homes")), "40,000 are more than several thousand");
        assertTrue(one("a few million voters stayed home").agreesWith(one("2.5 million voters stayed home")));
        assertEquals(1_000.0, one("a thousand pilgrims arrived").low(), "one thousand without a vague word");
    }

    /** Round 16 (review15's leftover): a letter scale without a currency still multiplies a plural of things counted. */
    @Test
    void aLetterScaleBeforeAPluralCountsThatPlural() {
        Quantity fled = one("the war has driven 5m people from their homes");
        assertEquals("count", fled.dimension());
        assertEquals(5e6, fled.low(), "m: million");
        assertEquals(20e3, one("the camps hold 20k refugees").low(), "k: thousand, before a regular plural");
        assertTrue(reader.read("the flood wall stands 5m high").stream().noneMatch(q -> q.low() == 5e6), "a height, not a count");
        assertTrue(reader.read("they built a 5m wall").stream().noneMatch(q -> q.low() == 5e6), "a singular noun: a measure");
    }

    @Test
    void aScaleAbbreviationMultipliesASumLikeItsWord() {
        Quantity abbreviated = one("the fund pledged $40bn upfront");
        assertEquals("money", abbreviated.dimension());
        assertEquals(40e9, abbreviated.low(), "bn: billion");
        assertTrue(abbreviated.agreesWith(one("the fund pledged $40 billion upfront")), "the same sum written two ways");
        assertEquals(3e6, one("a grant of €3m was approved").low(), "m after a currency sign: million");
        assertEquals(7.5e6, one("the club paid £7.5mn for him").low());
        assertEquals(2e12, one("a debt of $2tn weighs on them").low());
        assertEquals(2e12, one("a debt of $2trn weighs on them").low());
        assertEquals(450e3, one("a bonus of $450k was paid").low());
        assertEquals(12e9, one("exports worth 12 bln dollars").low(), "Reuters' bln");
        assertFalse(one("the bank lent $40bn").agreesWith(one("the bank lent $40 million")));
        assertTrue(reader.read("she ran 5k in record time").stream().noneMatch(q -> q.low() == 5e3),
                "a single letter without a currency sign is no scale");
    }

    @Test
    void aStateCodeInCapitalsIsNoScaleAbbreviation() {
        // The style guides write the abbreviations in lower case; "TN" and "MN" in capitals are the postal codes of states.
        assertTrue(reader.read("the 12 TN delegates voted against it").stream().noneMatch(q -> q.low() > 1e6),
                reader.read("the 12 TN delegates voted against it").toString());
        assertTrue(reader.read("all 8 MN districts reported turnout").stream().noneMatch(q -> q.low() > 1e6));
    }

    @Test
    void quantitiesInCapitalsPassTheWordChecksBeforeThePatterns() {
        // The reader runs a pattern only over a text holding its words with ASCII letters lowered (AsciiText): capitals pass.
        assertEquals(120.0, one("They spoke for TWO HOURS").low());
        assertEquals(180.0, one("It ran Between Two And Three Hours").high());
        assertEquals(60.0, one("an HOUR-LONG call").low());
        assertEquals(5.0, one("It was the FIFTH Call this year").low());
        assertEquals(40.0, one("FORTY prisoners were freed").low());
        assertTrue(reader.read("They spoke at length about the border").isEmpty());
    }
}
