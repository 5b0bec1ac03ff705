package org.claimbench.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimbench.analysis.language.AnalysedSentence;
import org.claimbench.analysis.language.Plurals;
import org.claimbench.analysis.language.WordNet;
import org.claimbench.analysis.language.Token;

/**
 * Who a pronoun or a description source is, and one name per person: "he" and "she" are the
 * nearest person named before them, "they" the nearest group, "the president" the nearest person
 * named with that title ("President Ana Ruiz"), and "Ruiz" or "Ms. Ruiz" the full name the article
 * gave before ("Ana Ruiz").
 */
final class Antecedents {

    /** A name the text gives: where, the words, whether "the" stands before it (an organisation: "the White House"). */
    private record Mention(int index, int at, String name, String last, boolean definite, String titleBefore, boolean subject) {
    }

    /**
     * The names of a text in text order, with what the resolution asks of them read once (a long article holds tens of
     * thousands of names and thousands of pronouns): where a name of several words with each last word is first given, and
     * each mention's full name.
     */
    private static final class Mentions {
        private final List<Mention> list;
        private final Map<String, Integer> longFrom = new HashMap<>();
        private final String[] full;

        Mentions(List<Mention> list) {
            this.list = list;
            this.full = new String[list.size()];
            Map<String, String> longest = new HashMap<>();
            for (Mention m : list) {
                if (m.name().contains(" ")) {
                    longFrom.putIfAbsent(m.last(), m.at());
                }
                if (!honorific(m.name())) {
                    longest.merge(m.last(), m.name(), (was, now) -> now.length() > was.length() ? now : was);
                }
                String best = longest.get(m.last());
                // The longest name so far with the same last word (the first of that length), or the mention's own.
                full[m.index()] = best != null && best.length() > m.name().length() ? best : m.name();
            }
        }

        /** The last mention before {@code before} (a UTF-16 offset) that fits, or null. */
        Mention nearest(int before, java.util.function.Predicate<Mention> fits) {
            return nearest(before, 0, fits);
        }

        /** The last mention before {@code before} and at or after {@code from} that fits, or null. */
        Mention nearest(int before, int from, java.util.function.Predicate<Mention> fits) {
            int lo = 0;
            int hi = list.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).at() < before) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            // Counted up by the distance back, not down to 0: a loop counting down that a call starts at its limit traps the
            // compiled code (docs/speed.md, contradiction speed round 29 and speed round 34).
            for (int d = 1; d <= lo; d++) {
                if (list.get(lo - d).at() < from) {
                    return null;
                }
                if (fits.test(list.get(lo - d))) {
                    return list.get(lo - d);
                }
            }
            return null;
        }

        /** The full name of a mention: the longest name at or before it with the same last word. */
        String full(Mention m) {
            return full[m.index()];
        }

        /** A one-word name counts as a person's when it ends a longer name given before ("Ruiz" after "Ana Ruiz") or named a speaker. */
        boolean knownAsPerson(Mention m, Set<String> speakers) {
            Integer from = longFrom.get(m.last());
            return from != null && from < m.at() || speakers.contains(m.name());
        }
    }

    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> GROUP = Set.of("they");

    private Antecedents() {
    }

    static List<Attribution> resolve(String text, List<AnalysedSentence> sentences, List<Attribution> found) {
        Mentions mentions = new Mentions(mentions(text, sentences));
        List<Attribution> out = new ArrayList<>(found.size());
        Set<String> speakers = new HashSet<>();
        for (Attribution a : found) {
            Attribution resolved = a.speaker().equalsIgnoreCase("it") ? organisation(a, mentions, sentences, text)
                    : resolve(a, mentions, out, speakers, indefinite(text, a));
            out.add(resolved);
            speakers.add(resolved.speaker());
        }
        return out;
    }

    /**
     * Whether the source phrase opens with an indefinite determiner ("a friend", "an aide", "one adviser", "another
     * official"): it brings in someone not named before, so it refers back to no one (Quirk et al. 1985, 5.26-5.27).
     */
    private static boolean indefinite(String text, Attribution a) {
        return a.source().map(s -> {
            // The determiner opens the span, or stands right before it when the span holds the noun alone ("One" read as a number).
            String[] before = text.substring(Math.max(0, s.start() - 9), s.start()).split(" ", -1);
            String prior = before.length >= 2 && before[before.length - 1].isEmpty() ? before[before.length - 2] : "";
            return INDEFINITES.contains(text.substring(s.start(), s.end()).split("\\s+")[0].toLowerCase(Locale.ROOT))
                    || INDEFINITES.contains(prior.toLowerCase(Locale.ROOT));
        }).orElse(false);
    }

    /**
     * Who "it" is as the subject of a cue: an organisation, which English names with "the" before its proper name ("the White
     * House", "the Kremlin", "the Port Authority"; Quirk et al. 1985, 5.34-5.35, proper nouns with the definite article), or a
     * country or city standing for its government ({@link #place}), the nearest such name that is a subject in the same
     * sentence or the one before (a personal pronoun's antecedent stands near
     * it, 6.10-6.11), or a definite noun phrase of an organisation or a document nearer than such a name
     * ({@link NounPhraseAntecedents}: "the agency", "the report"). A person is never an "it"; with no such antecedent near, "it" stays as written, a
     * pronoun the speaker table never remembers ({@link org.claimbench.analysis.speakers.SpeakerNames.Kind#PRONOUN}), whose
     * source the user gives for that claim alone (attribution round 37).
     */
    private static Attribution organisation(Attribution a, Mentions mentions, List<AnalysedSentence> sentences, String text) {
        int at = a.source().map(s -> s.start()).orElse(a.cue().start());
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).end() > at) {
                from = sentences.get(Math.max(0, i - 1)).start();
                break;
            }
        }
        Mention m = mentions.nearest(at, from, x -> x.subject() && (x.definite() || place(x.name())));
        int nameEnd = m == null ? -1 : text.indexOf(m.name(), m.at()) + m.name().length();
        // A definite noun phrase of an organisation or a document nearer than any such name ("the agency", "the report").
        var phrase = NounPhraseAntecedents.nearest(text, sentences, Math.max(from, nameEnd), at);
        String who = phrase.isPresent() ? phrase.get().words() : m == null ? null : mentions.full(m);
        int end = phrase.isPresent() ? phrase.get().end() : nameEnd;
        return who == null || subjectBetween(sentences, end, at) ? a : a.withSpeaker(who, a.reason() + " (“" + a.speaker() + "”: " + who + ", named before)");
    }

    /**
     * Whether a subject stands between offsets {@code from} and {@code to}: a noun, a name or a pronoun followed, adverbs and
     * auxiliaries between, by a verb ("the Trump administration has threatened …, it may …"). The nearest subject before "it"
     * is its likeliest antecedent (Quirk et al. 1985, 6.10-6.11); when that is no name the mentions hold, the name before it is
     * not taken in its place, and "it" stays unresolved.
     */
    private static boolean subjectBetween(List<AnalysedSentence> sentences, int from, int to) {
        for (AnalysedSentence s : sentences) {
            if (s.end() <= from || s.start() >= to) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                Token x = t.get(i);
                if (x.start() < from || x.end() > to || !(x.is("NOUN") || x.is("PROPN") || x.is("PRON") && Phrases.subjectPronoun(x))) {
                    continue;
                }
                int v = i + 1;
                while (v < t.size() && (t.get(v).is("ADV") || t.get(v).is("AUX") && v + 1 < t.size() && (t.get(v + 1).is("VERB") || t.get(v + 1).is("ADV")))) {
                    v++;
                }
                if (v < t.size() && t.get(v).start() < to && (t.get(v).is("VERB") || t.get(v).is("AUX"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a name is a place's by WordNet 3.1 (its first sense under noun.location: "Colombia", "Ukraine", "Moscow"): as
     * the subject of a cue, a country or a city stands for its government (PARC 3.0 takes such metonymy as a source).
     */
    private static boolean place(String name) {
        return WordNet.shared().lexicographerFile(name.toLowerCase(Locale.ROOT).replace(' ', '_'), WordNet.Pos.NOUN).equals("noun.location");
    }

    /** Indefinite determiners opening a singular noun phrase (a closed class; Quirk et al. 1985, 5.12-5.13). */
    private static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another");

    private static Attribution resolve(Attribution a, Mentions mentions, List<Attribution> earlier, Set<String> speakers, boolean indefinite) {
        String speaker = a.speaker();
        String low = speaker.toLowerCase(Locale.ROOT);
        int at = a.source().map(s -> s.start()).orElse(a.cue().start());
        if (PERSONAL.contains(low)) {
            // The nearest person before: a named speaker of an attribution, or a name that is a sentence's subject.
            Mention m = mentions.nearest(at, x -> !x.definite() && x.subject() && (x.name().contains(" ") || mentions.knownAsPerson(x, speakers))
                    && !pluralOfPersons(x.name()));
            String fromAttribution = null;
            int fromAt = -1;
            for (Attribution e : earlier) {
                int eAt = e.source().map(x -> x.start()).orElse(-1);
                if (eAt < at && eAt > fromAt && isName(e.speaker()) && !pluralOfPersons(e.speaker())) {
                    fromAttribution = e.speaker();
                    fromAt = eAt;
                }
            }
            String who = m != null && m.at() > fromAt ? mentions.full(m) : fromAttribution;
            return who == null ? a : a.withSpeaker(who, a.reason() + " (“" + speaker + "”: " + who + ", named before)");
        }
        if (GROUP.contains(low)) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Attribution e = earlier.get(i);
                String w = e.speaker();
                if (!PERSONAL.contains(w.toLowerCase(Locale.ROOT)) && !GROUP.contains(w.toLowerCase(Locale.ROOT))
                        && (plural(w) && ofPersons(lastWord(w)) || pluralOfPersons(w))) {
                    return a.withSpeaker(w, a.reason() + " (“" + speaker + "”: " + w + ", named before)");
                }
            }
            return a;
        }
        if (indefinite) {
            return a;
        }
        if (low.startsWith("the ") || (!speaker.isEmpty() && Character.isLowerCase(speaker.charAt(0)))) {
            // "the president": the person named before with that title.
            Mention m = mentions.nearest(at, x -> sameTitle(x.titleBefore(), low));
            return m == null ? a : a.withSpeaker(mentions.full(m), a.reason() + " (“" + speaker + "”: " + mentions.full(m) + ")");
        }
        if (Character.isUpperCase(speaker.isEmpty() ? 'a' : speaker.charAt(0))) {
            String last = lastWord(speaker);
            // "Ruiz", "Ms. Ruiz": the full name of an earlier speaker with that last name.
            for (int i = earlier.size() - 1; i >= 0; i--) {
                String e = earlier.get(i).speaker();
                if ((!speaker.contains(" ") || honorific(speaker)) && e.contains(" ") && !honorific(e) && e.length() > speaker.length()
                        && lastWord(e).equals(last) && isName(e)) {
                    return a.withSpeaker(e, a.reason());
                }
            }
            Mention m = mentions.nearest(at + 1, x -> x.last().equals(last) && x.name().contains(" ") && x.name().length() > speaker.length()
                    && !honorific(x.name()) && x.subject() && !x.definite());
            if (m != null && (!speaker.contains(" ") || honorific(speaker))) {
                return a.withSpeaker(m.name(), a.reason());
            }
        }
        return a;
    }

    /**
     * Whether a description ("the president", "the vice president") names the title a mention was given ("Vice President
     * Ana Ruiz" has "vice president"): the same last word, and the same words of rank before it ("vice", "prime", "deputy").
     */
    private static boolean sameTitle(String title, String description) {
        if (title.isEmpty()) {
            return false;
        }
        List<String> d = List.of(description.split(" "));
        List<String> w = List.of(title.split(" "));
        return d.get(d.size() - 1).equals(w.get(w.size() - 1)) && RANKS.stream().allMatch(r -> d.contains(r) == w.contains(r));
    }

    /** Words before a title that make it another office ("vice president", "prime minister", "deputy mayor"; closed class members). */
    private static final Set<String> RANKS = Set.of("vice", "prime", "deputy", "assistant", "associate", "lieutenant", "former");

    /** A person's or body's name as the text writes it: capitalised, not a pronoun. */
    private static boolean isName(String speaker) {
        return !speaker.isEmpty() && Character.isUpperCase(speaker.charAt(0)) && !PERSONAL.contains(speaker.toLowerCase(Locale.ROOT))
                && !GROUP.contains(speaker.toLowerCase(Locale.ROOT)) && !speaker.toLowerCase(Locale.ROOT).startsWith("the ")
                && !Phrases.SUBJECT_PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT));
    }

    private static boolean honorific(String name) {
        String first = name.split(" ")[0];
        return first.endsWith(".");
    }

    /**
     * Whether a capitalised phrase ends in the plural of a noun of persons or groups ("Democrats", "Other Voters", "Plenty of
     * companies"): the singular by {@link Plurals} is a noun WordNet 3.1 files, in its first sense, under noun.person or
     * noun.group, and the word itself is no noun of its own ("Sanders", read "sander", a tool, stays a name). "He" and "she" are
     * singular and take no such antecedent (Quirk et al. 1985, 6.10: a personal pronoun agrees with its antecedent in number).
     */
    static boolean pluralOfPersons(String phrase) {
        String last = lastWord(phrase).toLowerCase(Locale.ROOT);
        String one = Plurals.singular(last);
        if (one.equals(last) || !WordNet.shared().lexicographerFile(last, WordNet.Pos.NOUN).isEmpty()) {
            return false;
        }
        String file = WordNet.shared().lexicographerFile(one, WordNet.Pos.NOUN);
        return file.equals("noun.person") || file.equals("noun.group");
    }

    /**
     * Whether a plural common noun names persons or groups, who can speak: one of the first WordNet 3.1 senses of its singular
     * ({@link Plurals}) is filed under noun.person or noun.group ("officials", "analysts", "voters"), PolNeAR train annotates
     * the singular as a source's head ({@link SourceHeads#annotated}: "sources", "campaigns"), or WordNet does not know it. "They" refers back to a plural noun phrase (Quirk et al. 1985, 6.10); as the subject of a cue it is a
     * speaker, and a plural of acts, documents or ideas ("Past agreements", "the talks") says nothing (attribution round 37).
     */
    private static boolean ofPersons(String plural) {
        String one = Plurals.singular(plural.toLowerCase(Locale.ROOT));
        List<String> files = WordNet.shared().lexicographerFiles(one, WordNet.Pos.NOUN);
        return files.isEmpty() || files.contains("noun.person") || files.contains("noun.group") || SourceHeads.annotated(one);
    }

    private static boolean plural(String phrase) {
        String last = lastWord(phrase).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(lastWord(phrase).charAt(0)) && last.endsWith("s") && !last.endsWith("ss");
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1];
    }

    /** The names of the text in order: runs of proper nouns, with the title word before them ("President"). */
    private static List<Mention> mentions(String text, List<AnalysedSentence> sentences) {
        List<Mention> out = new ArrayList<>();
        for (AnalysedSentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!name(t.get(i)) || Phrases.calendar(t.get(i))) {
                    // "the ad Thursday": a day or a month is no one's name.
                    continue;
                }
                int end = i;
                while (end + 1 < t.size() && name(t.get(end + 1))) {
                    end++;
                }
                if (end + 1 < t.size() && (t.get(end + 1).is("NOUN") || t.get(end).text().endsWith("'s") || t.get(end).text().endsWith("’s"))) {
                    // "the Ruiz campaign", "Ruiz's aides": a name used as a modifier names no speaker.
                    i = end;
                    continue;
                }
                int first = i;
                String title = "";
                // A leading title stays out of the name: "President Ana Ruiz" is Ana Ruiz, titled president.
                while (first < end && Character.isUpperCase(t.get(first).text().charAt(0)) && Phrases.title(t.get(first))) {
                    title = title.isEmpty() ? t.get(first).lemma() : title + " " + t.get(first).lemma();
                    first++;
                }
                if (first == i && i > 0 && t.get(i - 1).is("NOUN")) {
                    title = t.get(i - 1).lemma();
                    // "Vice President Ana Ruiz" tagged as nouns before the name: the whole title.
                    // Counted up by the distance back (a loop counting down to 0 from its limit traps the compiled code).
                    for (int d = 2; d <= i && t.get(i - d).is("NOUN") && Phrases.title(t.get(i - d)); d++) {
                        title = t.get(i - d).lemma() + " " + title;
                    }
                }
                boolean definite = i > 0 && Phrases.lower(t.get(i - 1)).equals("the");
                String name = text.substring(t.get(first).start(), t.get(end).end());
                int v = end + 1;
                while (v < t.size() && (t.get(v).is("ADV") || t.get(v).is("AUX"))) {
                    v++;
                }
                boolean subject = v < t.size() && (t.get(v).is("VERB") || t.get(v).is("AUX") || t.get(v).text().equals(","))
                        && (i == 0 || !t.get(i - 1).is("ADP"));
                out.add(new Mention(out.size(), t.get(i).start(), name, lastWord(name), definite, title.toLowerCase(Locale.ROOT), subject));
                i = end;
            }
        }
        return out;
    }

    private static boolean name(Token x) {
        return x.is("PROPN") || Phrases.capitalisedAdjective(x);
    }
}
