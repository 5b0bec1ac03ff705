package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * The proper name of an institution written with "of" inside it: "the Ministry of Coastal Defence", "the Department of
 * Fisheries and Coastal Affairs", "the Bank of Norland". Such a name is one proper noun phrase whose head is the common noun
 * before "of" (Quirk et al. 1985, 17.38 and 5.62: names of institutions with an of-phrase; the capitalised words joined by
 * "and" after "of" are coordinated inside the of-phrase, not subjects of their own). A source phrase ending in the words
 * after "of" names the whole institution, not "Coastal Defence" or "Coastal Affairs".
 * <p>
 * The word before "of" heads an institution's name when it is capitalised and WordNet 3.1 files one of its senses under
 * noun.group and none under noun.person: "Ministry", "Department", "University", "Bank" (its second sense), "Office"; not
 * "Secretary of State" or "President of Norland" (a person's title: the titles rule of {@link Phrases#name} takes it) and not
 * "Jerry Brown of California" (a surname WordNet files elsewhere or does not know). Thread-safe.
 */
final class InstitutionNames {

    private InstitutionNames() {
    }

    /**
     * The first token of the institution's name whose last run of names starts at token {@code ns}, going back no further than
     * {@code start}; {@code ns} itself when the run is no part of such a name.
     *
     * @param t     the sentence's tokens
     * @param start the first token of the source phrase
     * @param ns    the first token of the run of names that ends the phrase
     */
    static int start(List<Token> t, int start, int ns) {
        int committed = ns;
        int k = ns;
        while (k - 2 >= start) {
            String link = Phrases.lower(t.get(k - 1));
            if (!link.equals("of") && !link.equals("and") || !capitalised(t.get(k - 2)) || link.equals("and") && !domain(t.get(k))) {
                break;
            }
            int run = k - 2;
            while (run > start && capitalised(t.get(run - 1))) {
                run--;
            }
            if (link.equals("of") && institution(t.get(k - 2))) {
                // Everything back to the run holding the institution's noun belongs to the name ("Ministry of Fisheries and …").
                committed = run;
            } else if (link.equals("of")) {
                break;
            }
            k = run;
        }
        return committed;
    }

    private static boolean capitalised(Token x) {
        // A possessive written onto its name ("Norland's", tagged PROPN+PART) owns the institution and is no part of its name.
        return !x.tag().contains("+") && (x.is("PROPN") || x.is("NOUN") || Phrases.capitalisedAdjective(x)) && !Phrases.lowerCase(x);
    }

    /**
     * Whether the capitalised word after "and" can name a field an institution's name covers ("Foreign Affairs and International
     * Trade", "Health and Social Care"): WordNet 3.1 knows its lemma as a common noun whose first sense is no place and no
     * person. A country, a city or a name WordNet does not know is a conjunct of its own ("the Republic of Norland and Valdoria").
     */
    private static boolean domain(Token x) {
        String file = WordNet.shared().lexicographerFile(x.lemma().toLowerCase(Locale.ROOT), WordNet.Pos.NOUN);
        return !file.isEmpty() && !file.equals("noun.location") && !file.equals("noun.person");
    }

    /** Whether the word is a noun of institutions: WordNet 3.1 files a sense of it under noun.group and none under noun.person. */
    static boolean institution(Token x) {
        List<String> files = WordNet.shared().lexicographerFiles(x.text().toLowerCase(Locale.ROOT), WordNet.Pos.NOUN);
        return files.contains("noun.group") && !files.contains("noun.person");
    }
}
