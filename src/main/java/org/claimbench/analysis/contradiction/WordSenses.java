package org.claimbench.analysis.contradiction;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.claimbench.analysis.events.TimeMention;
import org.claimbench.analysis.language.WordNet;

/**
 * What a claim's words mean beyond their lemmas, for the signals: the words WordNet gives
 * antonyms (with the noun each is said of), whether two words are synonyms, the days a claim
 * names, and whether a verb judges (WordNet files it under social behaviour) or reports an act.
 */
final class WordSenses {

    /** An affirmed word with antonyms: "direct" (antonym "indirect") said of "talk". */
    record Opposable(String word, WordNet.Pos pos, List<String> antonyms, String head) {
    }

    /**
     * Quantifiers (Huddleston and Pullum 2002, ch. 5): "at least" and "at most" are figures, which the
     * quantity signal compares, not opposite words.
     */
    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("many", "much", "few", "little", "more", "most", "less",
            "least", "several", "all", "some", "any", "every", "each", "no", "none", "both", "either", "neither");

    private WordSenses() {
    }

    /** The claim's affirmed nouns, verbs and adjectives that WordNet gives antonyms, each with its head noun ("" when none is near). */
    static List<Opposable> opposables(ClaimReading r, Clauses clauses, List<String> scoped) {
        List<Opposable> out = new ArrayList<>(2);
        for (int i = 0; i < r.size(); i++) {
            String lemma = r.lemma(i);
            Optional<WordNet.Pos> pos = WordNet.Pos.ofUpos(r.tag(i));
            if (pos.isEmpty() || pos.get() == WordNet.Pos.ADVERB || lemma.length() < 3 || ClaimFeatures.LIGHT.contains(lemma)
                    || QUANTIFIERS.contains(lemma)
                    || scoped.contains(lemma) || !Character.isLetter(lemma.charAt(0))) {
                continue;
            }
            // An adjective before a name is part of it ("United States", "Royal Geographical Society").
            if (pos.get() == WordNet.Pos.ADJECTIVE && i + 1 < r.size() && r.is(i + 1, "PROPN")) {
                continue;
            }
            List<String> antonyms = WordNet.shared().antonyms(lemma, pos.get());
            if (!antonyms.isEmpty() && out.stream().noneMatch(o -> o.word().equals(lemma))) {
                out.add(new Opposable(lemma, pos.get(), antonyms, head(r, clauses, i)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The noun a word is said of: an adjective's noun after it ("direct talks") or, predicative, its
     * subject before it ("the talks were direct"); a verb's object or subject (Clauses.target); a
     * noun's subject ("the call was a success").
     */
    private static String head(ClaimReading r, Clauses clauses, int i) {
        if (r.is(i, "ADJ")) {
            for (int j = i + 1; j < Math.min(r.size(), i + 4); j++) {
                if (r.is(j, "NOUN")) {
                    while (j + 1 < r.size() && r.is(j + 1, "NOUN")) {
                        j++;
                    }
                    return r.lemma(j);
                }
                if (!r.is(j, "ADJ") && !r.is(j, "ADV") && !r.is(j, "CCONJ")) {
                    break;
                }
            }
        }
        if (r.is(i, "VERB")) {
            String t = clauses.target(i);
            return t == null ? "" : t;
        }
        // A noun modifies the noun after it ("import tariffs"), or is said of the subject after a copula ("the call was a
        // success"); a noun on its own names a thing of its own ("imports" and "exports" are two things).
        if (r.is(i, "NOUN") && i + 1 < r.size() && r.is(i + 1, "NOUN")) {
            return r.lemma(i + 1);
        }
        boolean copula = false;
        for (int back = 1, farthest = Math.min(i, 6); back <= farthest; back++) {
            int j = i - back;
            copula |= r.lemma(j).equals("be");
            if (r.is(j, "NOUN") && (copula || r.is(i, "ADJ"))) {
                return r.lemma(j);
            }
        }
        return "";
    }

    /** Whether two words of the given tag are one word or WordNet synonyms (a plural sense counts: "talks" and "negotiation"). */
    static boolean same(String a, String b, String upos) {
        if (a.equals(b)) {
            return true;
        }
        Optional<WordNet.Pos> pos = WordNet.Pos.ofUpos(upos);
        if (pos.isEmpty()) {
            return false;
        }
        WordNet wn = WordNet.shared();
        if (wn.synonyms(a, b, pos.get())) {
            return true;
        }
        return pos.get() == WordNet.Pos.NOUN && (wn.synonyms(a + "s", b, pos.get()) || wn.synonyms(a, b + "s", pos.get()));
    }

    /**
     * Whether a verb judges rather than reports an act: WordNet files its first sense under social
     * behaviour (verb.social: "fail", "succeed", "help"), not contact, motion, competition or
     * communication ("kill", "attack", "deny"), and none of its first senses is a physical act.
     */
    static boolean judgingVerb(String lemma) {
        List<String> files = WordNet.shared().lexicographerFiles(lemma, WordNet.Pos.VERB);
        // A verb that is also a physical act in one of its first senses ("fire": dismiss, or shoot; "launch": found, or
        // send off) reports the act in news more often than it judges anyone.
        return !files.isEmpty() && files.get(0).equals("verb.social") && !files.contains("verb.contact") && !files.contains("verb.motion");
    }

    static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * The weekdays a claim names as the day of what it reports ("held talks on Saturday"), 1 for
     * Monday to 7; a weekday right after a verb of saying dates the statement, not the event ("Iran
     * confirmed Monday that …", "Trump told reporters on Tuesday …": news names the day of the
     * statement so), and is left out. Verbs of saying: a first or second sense in WordNet's
     * verb.communication file.
     */
    static List<Integer> weekdays(ClaimReading r) {
        List<Integer> out = new ArrayList<>(1);
        for (int i = 0; i < r.size(); i++) {
            int day = WEEKDAYS.indexOf(r.lemma(i)) + 1;
            if (day > 0 && !out.contains(day) && !datesAStatement(r, i)) {
                out.add(day);
            }
        }
        return List.copyOf(out);
    }

    /** Whether a day at token i follows a verb of saying, with at most its object and "on" between ("told reporters on"). */
    private static boolean datesAStatement(ClaimReading r, int i) {
        for (int back = 1, farthest = Math.min(i, 4); back <= farthest; back++) {
            int j = i - back;
            if (r.is(j, "VERB")) {
                List<String> files = WordNet.shared().lexicographerFiles(r.lemma(j), WordNet.Pos.VERB);
                return files.subList(0, Math.min(2, files.size())).contains("verb.communication");
            }
            if (r.is(j, "PUNCT") || r.is(j, "AUX") || r.is(j, "SCONJ") || r.is(j, "CCONJ")) {
                return false;
            }
        }
        return false;
    }

    /** The calendar days among a claim's time mentions ("on May 10", "10 May 2025"; EventKeys.timeMentions), as month × 100 + day. */
    static List<Integer> dates(List<TimeMention> mentions) {
        List<Integer> out = new ArrayList<>(1);
        for (TimeMention m : mentions) {
            if (m.weekday().isEmpty() && !m.relative() && !m.approximate() && m.days().size() == 1) {
                int d = m.days().get(0).getMonthValue() * 100 + m.days().get(0).getDayOfMonth();
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return List.copyOf(out);
    }
}
