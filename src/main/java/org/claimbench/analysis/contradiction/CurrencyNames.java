package org.claimbench.analysis.contradiction;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.claimbench.analysis.language.WordNet;

/**
 * The names of money a figure may be given in ("5 billion rupees", "300 pesos"): the last word of the English name of the
 * currency each country uses today by ISO 4217, as the JDK gives it ({@link Currency#getInstance(Locale)} for each ISO 3166
 * country of {@link Locale#getISOCountries()}, {@link Currency#getDisplayName(Locale)} in English: "US Dollar" → "dollar",
 * "Mexican Peso" → "peso"), kept where WordNet 3.1 files one of the word's most frequent noun senses ({@link WordNet}: the
 * first three) under noun.quantity, as it files its monetary units ("yen" is first a longing, then the unit); a word whose
 * frequent senses are all other things is no safe unit ("mark" of the Convertible Mark, "sol"). Funds, precious metals
 * (ISO 4217's fund and X codes) and withdrawn currencies are no country's currency and are left out. The British spelling
 * "rouble" (Oxford English Dictionary) stands beside "ruble". Computed once, in about 50 ms once WordNet is read.
 */
final class CurrencyNames {

    /** The names, lower case, singular. */
    static final Set<String> NAMES = read();
    /**
     * The names WordNet 3.1 also holds as adjectives ("real"; "won", which is also the past of "win" that WordNet does
     * not list): after a bare figure the adjective or the verb is the word a text means ("3 real reasons", "in 2018 won
     * the seat"), so they are money only after a scale word ("2 trillion won"), read by {@link QuantityReader}.
     */
    static final Set<String> ADJECTIVES = NAMES.stream()
            .filter(n -> !WordNet.shared().lexicographerFiles(n, WordNet.Pos.ADJECTIVE).isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * A regular-expression alternation of the names but the {@link #ADJECTIVES}, each with an optional plural "s"
     * ("peso|pesos", "yen").
     */
    static final String ALTERNATION = String.join("|", NAMES.stream().filter(n -> !ADJECTIVES.contains(n)).map(n -> n + "s?").toList());

    private CurrencyNames() {
    }

    private static Set<String> read() {
        Set<String> out = new TreeSet<>();
        for (String country : Locale.getISOCountries()) {
            Currency currency;
            try {
                currency = Currency.getInstance(new Locale("", country));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (currency == null) {
                continue;
            }
            String name = currency.getDisplayName(Locale.ENGLISH);
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (last.chars().allMatch(Character::isLetter)
                    && WordNet.shared().lexicographerFiles(last, WordNet.Pos.NOUN).contains("noun.quantity")) {
                out.add(last);
            }
        }
        if (out.contains("ruble")) {
            out.add("rouble");
        }
        return Set.copyOf(out);
    }
}
