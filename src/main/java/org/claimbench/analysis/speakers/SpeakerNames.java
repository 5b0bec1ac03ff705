package org.claimbench.analysis.speakers;

import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.Plurals;
import org.claimbench.analysis.language.WordNet;

/**
 * Whether a speaker, as the text gives it, is a name the speaker table may remember. A pronoun or
 * a quantifier standing alone ("they", "Both", "some of them", "the two") means someone else in
 * every article, and so does a description with no proper noun ("presidents", "two sides"):
 * remembered, "they" would give every "they" of every article the same source.
 */
public final class SpeakerNames {

    /** What kind of words name a speaker. */
    public enum Kind {
        /** A name: some word is a proper noun ("Lena Ortiz", "the Port Authority"); remembered. */
        NAME,
        /** Common nouns only, no proper noun ("presidents", "two sides", "the officials"). */
        DESCRIPTION,
        /** Only pronouns, quantifiers, numerals and articles ("they", "Both", "many of them"). */
        PRONOUN
    }

    /**
     * The closed class of words that never name anyone on their own: personal, reflexive,
     * reciprocal, demonstrative, universal (all, both, each), assertive (some, several),
     * non-assertive (any), negative (none, neither) and quantifying (many, few, most) pronouns and
     * determiners, the cardinal numerals, the articles, and the "of" of a partitive ("some of them").
     * Source: Quirk, Greenbaum, Leech &amp; Svartvik, A Comprehensive Grammar of the English
     * Language (1985), ch. 6 "Pronouns and numerals" (6.1-6.64) and 5.24 (partitive "of"); the same
     * classes as Universal Dependencies' PronType values Prs, Rcp, Dem, Tot, Ind, Neg and NumType=Card.
     */
    private static final Set<String> CLOSED_CLASS = Set.of(
            // personal and reflexive (Quirk 6.11-6.24)
            "i", "me", "myself", "we", "us", "ourselves", "you", "yourself", "yourselves", "he", "him", "himself",
            "she", "her", "herself", "it", "itself", "they", "them", "themselves",
            // reciprocal (6.30) and demonstrative (6.40)
            "each", "other", "another", "one", "this", "that", "these", "those",
            // universal (6.46-6.48)
            "all", "both", "every", "everyone", "everybody", "everything",
            // assertive, non-assertive, negative (6.49-6.62)
            "some", "someone", "somebody", "several", "any", "anyone", "anybody", "none", "nobody", "neither", "either", "no",
            "others",
            // quantifying (6.54-6.56)
            "many", "much", "few", "fewer", "little", "less", "more", "most", "least",
            // the articles and the partitive "of"
            "the", "a", "an", "of",
            // cardinal numerals (6.63)
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens",
            "hundred", "hundreds", "thousand", "thousands");

    private SpeakerNames() {
    }

    /**
     * The kind of a speaker's words: {@link Kind#PRONOUN} when every word (letters and digits, any
     * case: "Both" opens a sentence) is of the closed class or a number; else {@link Kind#NAME} when a
     * word outside it begins with a capital letter (English writes proper nouns so); else
     * {@link Kind#DESCRIPTION}. A blank speaker is a {@link Kind#PRONOUN}: it names no one.
     * A common noun opening a sentence ("Officials said …") begins with a capital and reads as a name.
     */
    public static Kind kind(String speaker) {
        return kind(speaker, false);
    }

    /**
     * The kind of the speaker a text names at {@code start} (a UTF-16 offset: the source span's
     * start). A capital opening a sentence says nothing of the word, so a first word the same text
     * also writes in lower case ("Officials said …" and "… the officials") is read as a common noun;
     * one it never writes so ("Ruiz said …") stays a name.
     */
    public static Kind kind(String speaker, String text, int start) {
        return kind(speaker, Text.of(text), start);
    }

    /**
     * As {@link #kind(String, String, int)}, with the text read once for all its speakers: an article with thousands of
     * suggestions is not searched again for each.
     */
    public static Kind kind(String speaker, Text text, int start) {
        String[] words = speaker.strip().split("[^\\p{L}\\p{N}'’]+");
        String first = words[0];
        boolean common = opensSentence(text.string(), start) && !first.isEmpty() && Character.isUpperCase(first.codePointAt(0))
                && (text.writes(first.toLowerCase(Locale.ROOT)) || commonWord(first, words.length > 1 ? words[1] : ""));
        return kind(speaker, common);
    }

    /**
     * A text and the words it writes, for {@link #kind(String, Text, int)}. A word is a maximal run of letters and numbers
     * (Unicode categories L and N); the set is made on first use. Not for use by several threads at once.
     */
    public static final class Text {
        private final String string;
        private Set<String> words;

        private Text(String string) {
            this.string = string;
        }

        /** The text to read. */
        public static Text of(String text) {
            return new Text(text);
        }

        /** The text itself. */
        public String string() {
            return string;
        }

        /** Whether the text writes the word exactly (same case), with no letter or number right before or after it. */
        boolean writes(String word) {
            if (!WORD.matcher(word).matches()) {
                // A word with an apostrophe in it: searched for as it stands, not among the runs of letters.
                return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}])").matcher(string).find();
            }
            if (words == null) {
                words = new java.util.HashSet<>();
                java.util.regex.Matcher m = WORD.matcher(string);
                while (m.find()) {
                    words.add(m.group());
                }
            }
            return words.contains(word);
        }

        /** A maximal run of letters and numbers. */
        private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
    }

    /**
     * Whether a capitalised word opening a sentence is, by WordNet 3.1, a common word, where the text writes it nowhere else:
     * a plural noun for people or a body of people that WordNet does not hold as a word of its own ("Officials", "Residents",
     * "Lawmakers": the singular's first sense in noun.person or noun.group; a surname in -s is no plural of such a noun,
     * or WordNet holds it as a name: "Adams", "Banks"), or an adjective before a common noun in lower case ("Senior officials",
     * "Local residents"). A singular noun stays a name ("Smith", "Baker" and "King" are surnames as well as nouns for people).
     */
    private static boolean commonWord(String first, String next) {
        String w = first.toLowerCase(Locale.ROOT);
        WordNet wn = WordNet.shared();
        if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !wn.lexicographerFile(w, WordNet.Pos.ADJECTIVE).isEmpty()
                && noun(wn, next.toLowerCase(Locale.ROOT))) {
            // Before the noun it modifies; before "and" or "of" the word is a surname ("Brown and Hale said").
            return true;
        }
        if (!w.endsWith("s") || w.endsWith("ss") || !wn.lexicographerFile(w, WordNet.Pos.NOUN).isEmpty()) {
            return false;
        }
        String file = wn.lexicographerFile(Plurals.singular(w), WordNet.Pos.NOUN);
        return file.equals("noun.person") || file.equals("noun.group");
    }

    /** Whether WordNet 3.1 holds the word, or the singular of a plural in -s, as a noun ("voters", "clerks"; not "and", "of"). */
    private static boolean noun(WordNet wn, String w) {
        return !wn.lexicographerFile(w, WordNet.Pos.NOUN).isEmpty() || w.endsWith("s") && !wn.lexicographerFile(Plurals.singular(w), WordNet.Pos.NOUN).isEmpty();
    }


    /** Whether only blanks, opening quotes or brackets stand between {@code at} and the text's start or a sentence's end (. ! ? or a line break). */
    private static boolean opensSentence(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"“‘'([".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Kind kind(String speaker, boolean firstWordCommon) {
        boolean capital = false;
        boolean open = false;
        boolean first = true;
        for (String word : speaker.strip().split("[^\\p{L}\\p{N}'’]+")) {
            String w = word.replaceAll("['’]s?$", "");
            boolean opening = first;
            first = false;
            if (w.isEmpty() || CLOSED_CLASS.contains(w.toLowerCase(Locale.ROOT)) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            open = true;
            capital |= Character.isUpperCase(w.codePointAt(0)) && !(opening && firstWordCommon);
        }
        return !open ? Kind.PRONOUN : capital ? Kind.NAME : Kind.DESCRIPTION;
    }

    /** Whether a speaker is a name the speaker table may remember ({@link Kind#NAME}). */
    public static boolean isName(String speaker) {
        return kind(speaker) == Kind.NAME;
    }
}
