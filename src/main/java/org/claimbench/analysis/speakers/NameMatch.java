package org.claimbench.analysis.speakers;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether a speaker's name, as an attribution gives it, is a name the speaker table knows.
 * <ul>
 * <li>Equal words, case, accents, a possessive and a leading article aside ("the Harbour Board" = "Harbour Board").</li>
 * <li>The known name ends the speaker's phrase, word for word: "Harbour Board chair Ana Ruiz",
 *     "council spokesman Tomas Berg" are Ruiz and Berg. A known name inside a longer word is no
 *     match ("Ruizian", "Bergman"), nor a known name that is only a modifier ("the Ruiz campaign").</li>
 * <li>One who speaks for a body the table knows, named by the body and their role: "a Harbour Board
 *     spokesperson", "Harbour Board officials" speak for the Harbour Board (a person the table knows is
 *     no body: "the Ruiz spokesman" is nobody's match).</li>
 * <li>A group the table knows by a plural common noun ("analysts") is the head of a longer phrase too: "some
 *     analysts", "Western analysts" (a singular noun is not: "the administration" is not "the Obama administration").</li>
 * <li>A misspelling only where it is plausibly the same name: the last names of five letters or more
 *     differ by one edit (two from eight letters, or where the first names are the same and the article writes
 *     the known last name correctly too), start with the same letter, and either both names have
 *     the same first name ("Marco Rubbio") or the speaker has none and the article names the known person
 *     correctly elsewhere. A different first name ("Robert Rubin", "Vince Cable") is a different person.</li>
 * </ul>
 */
final class NameMatch {

    /** A known name, split into words (lower case, no accents). */
    record Alias(String written, List<String> words, boolean name, Object owner) {
    }

    /** The alias a name matched, and how. */
    record Found(Alias alias, String how) {
    }

    /**
     * Nouns for one who speaks for an organisation, after its name ("a Harbour Board spokesperson"): the lexical
     * units of FrameNet 1.7's Representative frame (spokesman, spokeswoman, spokesperson, representative,
     * delegate, envoy, emissary), singular and plural, with official.n of its Leadership frame.
     */
    private static final Set<String> REPRESENTATIVES = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
            "spokespeople", "spokespersons", "representative", "representatives", "delegate", "delegates", "envoy", "envoys", "emissary",
            "emissaries", "official", "officials");

    /** Articles and possessives that do not change who is named (a closed class). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private NameMatch() {
    }

    static Alias alias(String written, Object owner) {
        List<String> words = words(written);
        if (words.isEmpty()) {
            return null;
        }
        boolean name = Character.isUpperCase(written.strip().replaceFirst("^(?i)the\\s+", "").charAt(0));
        return new Alias(written, words, name, owner);
    }

    /*
     * best() asks each rule in turn, each rule's loop over the aliases a method of its own: the JIT compiler then compiles (and after a
     * trap recompiles) one small loop, not the whole of best() with every loop inlined (docs/speed.md, speed round 34). Words are
     * compared one by one (sameWords), never as lists: List.equals on an ArrayList shares its argument's type profile with every
     * caller in the app, and a sublist here trapped the compiled code.
     */
    static Optional<Found> best(String speaker, List<Alias> aliases, String articleText) {
        List<String> w = words(speaker);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Alias exact = exact(w, aliases);
        if (exact != null) {
            return Optional.of(new Found(exact, "exact"));
        }
        Alias suffix = longestSuffix(w, aliases);
        int link = complementStart(w);
        if (suffix != null && link >= 0) {
            // "a critic of Ruiz", "the lawyer for the Harbour Board": the name is the complement of the noun before the
            // preposition, which heads the phrase (Quirk et al. 1985, 17.37); only one who speaks for a body ("a
            // spokesperson for the Harbour Board") speaks for it.
            String head = w.get(link - 1);
            int body = link + 1;
            if (body < w.size() && w.get(body).equals("the")) {
                body++;
            }
            boolean speaksFor = REPRESENTATIVES.contains(head) && suffix.words().size() == w.size() - body && sameWords(suffix.words(), w, body)
                    && suffix.owner() instanceof SpeakerTable.Entry e && !e.person();
            return speaksFor ? Optional.of(new Found(suffix, "speaks for " + suffix.written() + " (“" + speaker.strip() + "”)")) : Optional.empty();
        }
        if (suffix != null) {
            return Optional.of(new Found(suffix, "named as “" + speaker.strip() + "”"));
        }
        if (w.size() >= 2 && REPRESENTATIVES.contains(w.get(w.size() - 1))) {
            // "a Harbour Board spokesperson", "Harbour Board officials": one who speaks for the body named before the role.
            Alias body = bodyBefore(w, aliases);
            if (body != null) {
                return Optional.of(new Found(body, "speaks for " + body.written() + " (“" + speaker.strip() + "”)"));
            }
        }
        Alias group = pluralGroup(w, aliases);
        if (group != null) {
            return Optional.of(new Found(group, "named as “" + speaker.strip() + "”"));
        }
        if (!Character.isUpperCase(speaker.strip().charAt(0))) {
            return Optional.empty();
        }
        Alias misspelt = misspelt(w, aliases, articleText);
        return misspelt == null ? Optional.empty() : Optional.of(new Found(misspelt, "misspelt “" + speaker.strip() + "” for " + misspelt.written()));
    }

    /** Whether {@code a} equals {@code w}'s words from {@code from} on, as many as {@code a} has (w holds them: the caller checks). */
    private static boolean sameWords(List<String> a, List<String> w, int from) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(w.get(from + i))) {
                return false;
            }
        }
        return true;
    }

    /** The first alias whose words are the name's, or null. */
    private static Alias exact(List<String> w, List<Alias> aliases) {
        for (Alias a : aliases) {
            if (a.words().size() == w.size() && sameWords(a.words(), w, 0)) {
                return a;
            }
        }
        return null;
    }

    /** The longest proper name that ends the name word for word (the first of the longest), or null. */
    private static Alias longestSuffix(List<String> w, List<Alias> aliases) {
        Alias suffix = null;
        for (Alias a : aliases) {
            int n = a.words().size();
            if (a.name() && w.size() > n && (suffix == null || n > suffix.words().size()) && sameWords(a.words(), w, w.size() - n)) {
                suffix = a;
            }
        }
        return suffix;
    }

    /** The first body (no person) whose proper name is all of the name but its last word, the role, or null. */
    private static Alias bodyBefore(List<String> w, List<Alias> aliases) {
        for (Alias a : aliases) {
            if (a.name() && a.words().size() == w.size() - 1 && sameWords(a.words(), w, 0) && a.owner() instanceof SpeakerTable.Entry e
                    && !e.person()) {
                return a;
            }
        }
        return null;
    }

    /**
     * A group the table knows by a plural common noun ("analysts", "sources"), with a determiner or modifiers before it: "some
     * analysts", "Western analysts", "his sources" are members of that group (the plural noun is the phrase's head, its modifiers
     * only narrow the set). A singular noun's modifier can name another referent ("the administration" is not "the Obama
     * administration"), so only regular plurals count. The first such alias, or null.
     */
    private static Alias pluralGroup(List<String> w, List<Alias> aliases) {
        if (w.size() <= 1) {
            return null;
        }
        String head = w.get(w.size() - 1);
        for (Alias a : aliases) {
            if (!a.name() && a.words().size() == 1 && isRegularPlural(a.words().get(0)) && a.words().get(0).equals(head)
                    && a.owner() instanceof SpeakerTable.Entry e && !e.person()) {
                return a;
            }
        }
        return null;
    }

    /** The first proper name the (capitalised) name plausibly misspells (see the class comment), or null. */
    private static Alias misspelt(List<String> w, List<Alias> aliases, String articleText) {
        String last = w.get(w.size() - 1);
        String first = w.size() > 1 ? w.get(w.size() - 2) : null;
        for (Alias a : aliases) {
            if (!a.name()) {
                continue;
            }
            String aliasLast = a.words().get(a.words().size() - 1);
            String aliasFirst = a.words().size() > 1 ? a.words().get(a.words().size() - 2) : null;
            if (aliasLast.length() < 5 || last.length() < 5 || last.charAt(0) != aliasLast.charAt(0) || last.equals(aliasLast)) {
                continue;
            }
            boolean sameFirst = first != null && first.equals(aliasFirst);
            // The known last name as the table writes it ("Ushakov" of "Yuri Ushakov"), a word of the article.
            String written = a.written().strip();
            boolean knownNamedToo = sameFirst && aliasLast.length() < 8 && articleText != null
                    && containsWord(articleText, written.substring(written.lastIndexOf(' ') + 1));
            // One letter off; two only in a name of eight letters or more. Two letters off a shorter name is as often
            // another person sharing the first name ("Dmitri Petrov" is not "Dmitri Peskov", "Ben Cardin" not "Ben Carson"),
            // unless the article also names the known person by the table's spelling: the same first name, a last name two
            // letters off and the correct name in the same text are one person spelt two ways (a writer's slip or another
            // transliteration, as Cyrillic names are often romanized differently: ISO 9 vs BGN/PCGN).
            int allowed = aliasLast.length() >= 8 || sameFirst && knownNamedToo ? 2 : 1;
            Integer d = new LevenshteinDistance(allowed).apply(last, aliasLast);
            if (d < 0 || d > allowed) {
                continue;
            }
            boolean differentFirst = first != null && aliasFirst != null && !first.equals(aliasFirst);
            boolean namedCorrectly = first == null && articleText != null && containsWord(articleText, a.written());
            if (sameFirst || (!differentFirst && namedCorrectly)) {
                return a;
            }
        }
        return null;
    }

    /** Prepositions that open a noun's complement ("critic of", "lawyer for", "adviser to"; Quirk et al. 1985, 17.37–17.44). */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "to", "at", "with");

    /** The index of the last preposition in a phrase that follows a word and opens a complement, or -1. */
    private static int complementStart(List<String> w) {
        // Counted up by the distance from the end, not down to a limit: a loop counting down that a call starts at its limit
        // (a name of one or two words) traps the compiled code (docs/speed.md, contradiction speed round 29).
        for (int d = 2; d < w.size(); d++) {
            int i = w.size() - d;
            if (COMPLEMENT_PREPOSITIONS.contains(w.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** An English regular plural: ends in -s but not -ss, -us or -is ("sources", not "press", "status", "analysis"). */
    private static boolean isRegularPlural(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    private static boolean containsWord(String text, String name) {
        int i = text.indexOf(name);
        while (i >= 0) {
            boolean start = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int end = i + name.length();
            boolean stop = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (start && stop) {
                return true;
            }
            i = text.indexOf(name, i + 1);
        }
        return false;
    }

    /** Combining marks (accents once a name is decomposed), what separates words, and punctuation at a word's edges: compiled once. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}'.-]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^['.-]+|['-]+$");

    /** Lower-case words without accents, possessive or leading article. */
    static List<String> words(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> out = new ArrayList<>();
        for (String w : BETWEEN_WORDS.split(t)) {
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            w = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (!w.isEmpty() && !(out.isEmpty() && ARTICLES.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }
}
