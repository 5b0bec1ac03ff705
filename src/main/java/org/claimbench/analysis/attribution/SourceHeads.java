package org.claimbench.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordForms;
import org.claimbench.analysis.language.WordNet;

/**
 * Whether a source phrase can name who makes a statement. PARC 3.0 (Pareti 2016) and the PolNeAR guidelines (Newell,
 * Margolin and Ruths 2018) take as a source a person, a group or organisation, an outlet, or a document or inquiry whose
 * findings are reported; an act, a state, a feeling or an idea says nothing ("Concerns are rising …, hoping for …", "the
 * same idea that justified …", "her patience assured …"). The phrase's head noun decides (the caller leaves out the verbs of
 * indicating, whose subject is a Cause: {@link CueLexicon#indicates}):
 * <ul>
 * <li>a name anywhere in the phrase speaks ("the state capital, Sacramento", "Ruiz's account": the name {@link Phrases#name}
 *     gives); so do a pronoun (left to {@link Antecedents}), a number or a quantifier;</li>
 * <li>a common noun heading the phrase's first run of nouns can speak when WordNet 3.1 files one of its first three senses
 *     under noun.person, noun.group or noun.communication (a statement, a report, a letter; "authority" and "bank" by their
 *     second senses), or it is WordNet's "person" or "group" itself, or its first sense is a kind of inquiry or of document
 *     within three hypernym steps (a poll, a survey), or WordNet does not know it, or PolNeAR train annotates it as a
 *     source's head three times or more ({@code source-heads-polnear-train.tsv}: "campaign", "percent", "majority", "half",
 *     "administration" …, whose first senses are an event, a relation, an attribute, a quantity, an act);</li>
 * <li>a head before "of" that cannot speak hands the decision to the phrase after it, as a partitive or a quantity does
 *     ("a fraction of the delegates", Quirk et al. 1985, 5.7-5.8).</li>
 * </ul>
 * A capitalised word opening the sentence is a name only where the text writes it with its capital inside a sentence too.
 * Thread-safe.
 */
final class SourceHeads {

    /** The lexicographer files of WordNet 3.1 whose nouns can be sources (PARC 3.0's persons, groups, documents). */
    private static final Set<String> SPEAKING_FILES = Set.of("noun.person", "noun.group", "noun.communication");

    /** Heads PolNeAR train annotates as sources three times or more whose first sense is filed elsewhere. */
    private static final Set<String> ANNOTATED = read("source-heads-polnear-train.tsv");

    private SourceHeads() {
    }

    /**
     * Whether the source phrase at tokens {@code start}..{@code end} (inclusive) of a sentence can name who speaks.
     *
     * @param r the sentence, its tokens tagged as the finder reads them
     */
    static boolean canSpeak(Reading r, int start, int end) {
        List<Token> t = r.tokens();
        if (noNoun(t, start, end)) {
            return false;
        }
        for (int k = start; k <= end; k++) {
            Token x = t.get(k);
            if ((x.is("PROPN") || Phrases.capitalisedAdjective(x)) && (k > 0 || HeadlineReports.nameInRunningText(r.text(), x.text(), 0))) {
                // A name in the phrase is who speaks ("the state capital, Sacramento", "Ruiz's account"): Phrases#name gives it.
                return true;
            }
        }
        int head = head(t, start, end);
        if (head < 0) {
            return true;
        }
        if (head + 2 <= end && Phrases.lower(t.get(head + 1)).equals("of") && !speaks(r, t.get(head), head == 0)) {
            // "a share of the delegates", "the rest of them": the phrase after "of" is who speaks.
            return canSpeak(r, head + 2, end);
        }
        return speaks(r, t.get(head), head == 0);
    }

    /**
     * Whether the phrase is no noun phrase at all, or one headed by a time, read from its last word back: a verb or an
     * auxiliary whatever the tagger read (an auxiliary read as a noun, "had previously denounced"; English's closed class of
     * auxiliaries, {@link ClosedClassTags#AUXILIARIES}, less "may" and "will", which are names too), a word WordNet 3.1 knows
     * as a verb and not as a noun ("avoids", "concludes": a verb's -s form read as a plural noun), or a day, a month or a noun
     * whose first WordNet sense is filed under noun.time ("Monday", "the week") is no head: a time says when, never who (UD's
     * NOUN and PROPN hold both; PARC 3.0 takes no time as a source). Such a word ending a longer phrase ("Federal investigators
     * have", "the board Monday") leaves the words before it to be judged; a phrase of such words alone is no source.
     */
    private static boolean noNoun(List<Token> t, int start, int end) {
        int last = end;
        while (last > start && t.get(last).is("PUNCT")) {
            last--;
        }
        while (last >= start && (noHead(t.get(last)) || dayOfMonth(t, last))) {
            last--;
        }
        return last < start;
    }

    /** A numeral after a month's name is a day of it ("on March 3 says"): a date, which says when (as noun.time does). */
    static boolean dayOfMonth(List<Token> t, int k) {
        return t.get(k).is("NUM") && k > 0 && Phrases.calendar(t.get(k - 1));
    }

    private static boolean noHead(Token x) {
        String w = Phrases.lower(x);
        if (x.is("VERB") || x.is("AUX") || Phrases.calendar(x) || ClosedClassTags.AUXILIARIES.contains(w) && !w.equals("may") && !w.equals("will")) {
            return true;
        }
        if (!x.is("NOUN")) {
            return false;
        }
        WordNet wn = WordNet.shared();
        String lemma = x.lemma().toLowerCase(Locale.ROOT);
        if (wn.lexicographerFiles(w, WordNet.Pos.NOUN).isEmpty() && wn.lexicographerFiles(lemma, WordNet.Pos.NOUN).isEmpty()) {
            return !WordForms.verbBaseForms(w).isEmpty();
        }
        return wn.lexicographerFile(lemma, WordNet.Pos.NOUN).equals("noun.time");
    }

    /**
     * Whether the single head word can name a speaker; {@code first}: it opens its sentence, where a capital marks no name
     * unless the text writes the word with it inside a sentence too ("Trump has …" where "said Trump" stands elsewhere).
     */
    private static boolean speaks(Reading r, Token x, boolean first) {
        if (!x.is("NOUN") || !Phrases.lowerCase(x) && (!first || HeadlineReports.nameInRunningText(r.text(), x.text(), 0))) {
            // A name, a pronoun, a number, a quantifier; a capitalised word inside a sentence is a name.
            return true;
        }
        Senses n = Senses.of(x);
        String lemma = n.lemma();
        List<String> files = n.files();
        WordNet wn = WordNet.shared();
        return files.isEmpty() || files.stream().anyMatch(SPEAKING_FILES::contains) || ANNOTATED.contains(lemma)
                || wn.synonyms(lemma, "person", WordNet.Pos.NOUN) || wn.synonyms(lemma, "group", WordNet.Pos.NOUN)
                || wn.kindWithin(lemma, "inquiry", WordNet.Pos.NOUN) || wn.kindWithin(lemma, "document", WordNet.Pos.NOUN);
    }

    /** Whether PolNeAR train annotates the noun (a lemma, lower case) as a source's head three times or more ("source", "campaign"). */
    static boolean annotated(String lemma) {
        return ANNOTATED.contains(lemma);
    }

    /**
     * Whether the source phrase at tokens {@code start}..{@code end} (inclusive) can be the agent of an act, narrower than
     * {@link #canSpeak}: a name anywhere in the phrase (as for {@link #canSpeak}), a pronoun, or a head noun with a WordNet
     * 3.1 sense filed under noun.person or noun.group, a synonym of "person" or "group", a head PolNeAR train annotates as a
     * source's ({@code source-heads-polnear-train.tsv}), or a noun WordNet does not know. A document or a talk speaks ("the
     * report shows") but does no act: "the discussion included …" (VerbNet's Agent role: an animate or organisational actor).
     */
    static boolean agent(Reading r, int start, int end) {
        List<Token> t = r.tokens();
        for (int k = start; k <= end; k++) {
            Token x = t.get(k);
            if (x.is("PRON") || (x.is("PROPN") || Phrases.capitalisedAdjective(x)) && (k > 0 || HeadlineReports.nameInRunningText(r.text(), x.text(), 0))) {
                // A capitalised word opening the sentence is a name only where the text writes it so inside a sentence too
                // ("Past agreements", as for canSpeak).
                return true;
            }
        }
        int head = head(t, start, end);
        if (head < 0) {
            return false;
        }
        Token x = t.get(head);
        if (!x.is("NOUN") || !Phrases.lowerCase(x)) {
            return true;
        }
        Senses n = Senses.of(x);
        String lemma = n.lemma();
        List<String> files = n.files();
        WordNet wn = WordNet.shared();
        return files.isEmpty() || files.contains("noun.person") || files.contains("noun.group") || ANNOTATED.contains(lemma)
                || wn.synonyms(lemma, "person", WordNet.Pos.NOUN) || wn.synonyms(lemma, "group", WordNet.Pos.NOUN);
    }

    /**
     * Where the antecedent at tokens {@code start}..{@code end} of the "who" after it (a comma between or none) starts: "who"
     * takes a personal antecedent (Quirk et al.
     * 1985, 17.10), so where the phrase's head stands before "of" and its first sense is no person or group (an act, a
     * state, a place: "in the presence of the harbour master, who said …", "a copy of the minister's letter, who …" being no
     * English), the antecedent is the of-complement, which starts after "of"; else {@code start}.
     */
    static int personalAntecedent(Reading r, int start, int end) {
        List<Token> t = r.tokens();
        int who = end + 1 < t.size() && t.get(end + 1).text().equals(",") ? end + 2 : end + 1;
        int head = head(t, start, end);
        if (who >= t.size() || !Phrases.lower(t.get(who)).equals("who") || head < 0 || head + 2 > end || !Phrases.lower(t.get(head + 1)).equals("of") || !t.get(head).is("NOUN") || !Phrases.lowerCase(t.get(head))
                || personFirst(t.get(head))) {
            return start;
        }
        int of = head + 2;
        return t.get(of).is("DET") && of < end ? of + 1 : of;
    }

    /**
     * Whether the noun's first WordNet 3.1 sense is filed under noun.person or noun.group, or PolNeAR train annotates it as a
     * source's head: the reading of a head that "who" refers to ("presence" is a state first, though a spirit in its third sense).
     */
    private static boolean personFirst(Token x) {
        String lemma = x.lemma().toLowerCase(Locale.ROOT);
        String file = WordNet.shared().lexicographerFile(lemma, WordNet.Pos.NOUN);
        return file.isEmpty() || file.equals("noun.person") || file.equals("noun.group") || ANNOTATED.contains(lemma);
    }

    /** The last noun of the phrase's first run of nouns (its head), or -1: "Experts on North Korea" → Experts. */
    private static int head(List<Token> t, int start, int end) {
        int head = -1;
        for (int k = start; k <= end; k++) {
            Token x = t.get(k);
            if (Phrases.nominal(x)) {
                head = k;
            } else if (head >= 0 && !Phrases.possessiveEnding(x)) {
                // The first run of nouns ends: "Experts on North Korea", "a spokesman for the council", "Ruiz, who …".
                break;
            }
        }
        return head;
    }

    /** A noun's WordNet 3.1 lexicographer files by its lemma, else by the word as written; {@code lemma} is the one looked up. */
    private record Senses(String lemma, List<String> files) {
        static Senses of(Token x) {
            String lemma = x.lemma().toLowerCase(Locale.ROOT);
            List<String> files = WordNet.shared().lexicographerFiles(lemma, WordNet.Pos.NOUN);
            if (files.isEmpty()) {
                lemma = Phrases.lower(x);
                files = WordNet.shared().lexicographerFiles(lemma, WordNet.Pos.NOUN);
            }
            return new Senses(lemma, files);
        }
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = SourceHeads.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the jar: rebuild Claimbench with 'mvn package'.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
