package org.claimbench.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimbench.analysis.language.Token;
import org.claimbench.analysis.language.WordNet;

/**
 * Noun phrases read from parts of speech alone (OpenNLP gives no parse): a run of determiners,
 * adjectives, numbers, nouns and names, with "of" or "for" between nouns ("Secretary of State John
 * Kerry", "a spokesman for the campaign") and "and" between names ("Smith and Jones"); a possessive
 * determiner may open it ("his spokesman"). Token indices are into one sentence's tokens; ends are
 * inclusive.
 */
final class Phrases {

    /** English possessive determiners (a closed class). */
    private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their");
    /** English personal pronouns that can be a subject (a closed class). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");
    /** Relative pronouns that stand for the noun phrase before them (a closed class). */
    static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** Prepositions that join two nouns inside a name or a title (closed class members). */
    private static final Set<String> LINKS = Set.of("of", "for", "at", "de");

    /** The prepositions that open a noun's complement ("the mayor of", "a lawyer for"; Quirk et al. 1985, 17.37–17.38). */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("of", "for");

    private Phrases() {
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static boolean nominal(Token t) {
        return t.is("NOUN") || t.is("PROPN") || t.is("NUM") || capitalisedAdjective(t);
    }

    /**
     * A capitalised word the tagger read as an adjective: in news copy almost always a name it
     * did not know (a surname before "said" may be tagged ADJ by the UD English model).
     */
    static boolean capitalisedAdjective(Token t) {
        return t.is("ADJ") && Character.isUpperCase(t.text().charAt(0)) && t.text().length() > 1 && !t.text().equals(t.text().toUpperCase(Locale.ROOT));
    }

    /** Whether the token may end a noun phrase: a noun, a name or a number. */
    static boolean canEnd(Token t) {
        return nominal(t) && !CLAUSE_OPENERS.contains(lower(t));
    }

    /** Subordinators the tagger sometimes reads as nouns ("her offer while waiting"): no noun phrase ends with one (a closed class). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though", "because", "unless", "whether");

    /** Whether the token is a possessive ending the tokenizer split off ("Ruiz" "’s"; tagged a particle or punctuation). */
    static boolean possessiveEnding(Token t) {
        String w = t.text();
        return (t.is("PART") || t.is("PUNCT")) && (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’"));
    }

    /** Particles inside family names ("Pieter van der Berg", "Ana de la Cruz"; a closed class). */
    static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al",
            "el", "ter", "zu");

    /** Days and months (closed classes): "on Monday Smith said" is not one name. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tonight");

    /**
     * Whether the token is a dash: an em or en dash, a double hyphen, or a hyphen standing alone between spaces (a dash
     * typed without one; the wire services' "OSLO (Reuters) - " and an aside "Berg - after a pause - said").
     */
    static boolean dash(String text, Token x) {
        String w = x.text();
        return w.equals("—") || w.equals("--") || w.equals("–")
                || w.equals("-") && x.start() > 0 && x.end() < text.length() && text.charAt(x.start() - 1) == ' ' && text.charAt(x.end()) == ' ';
    }

    /** The first token of the noun phrase that ends at {@code end}, or -1 when {@code end} cannot end one. */
    static int startBefore(List<Token> t, int end) {
        if (end < 0 || !canEnd(t.get(end))) {
            return -1;
        }
        int i = end;
        while (i > 0 && !t.get(i).is("DET")) {
            Token prev = t.get(i - 1);
            String p = lower(prev);
            if (CALENDAR.contains(p) || CALENDAR.contains(lower(t.get(i)))) {
                break;
            }
            if (prev.is("ADJ") || prev.is("DET") || nominal(prev) || p.equals("-") || ParticiplePremodifiers.at(t, i - 1, 0)) {
                // "a leaked council memo", "the newly released figures": a participle before its noun is a modifier.
                i--;
            } else if (prev.is("PRON") && POSSESSIVES.contains(p)) {
                i--;
                break;
            } else if (possessiveEnding(prev) && i - 2 >= 0 && nominal(t.get(i - 2))) {
                // "Ruiz ’s latest letter": a possessive written apart belongs to the phrase.
                i -= 2;
            } else if (LINKS.contains(p) && i - 2 >= 0 && nominal(t.get(i - 2)) && nominal(t.get(i))) {
                i -= 2;
            } else if (p.equals("and") && i - 2 >= 0 && t.get(i - 2).is("PROPN") && t.get(i).is("PROPN")) {
                i -= 2;
            } else if (PARTICLES.contains(prev.text()) && i - 2 >= 0 && (t.get(i - 2).is("PROPN") || PARTICLES.contains(t.get(i - 2).text()))
                    && t.get(i).is("PROPN")) {
                i--;
            } else {
                break;
            }
        }
        if (i >= 2 && lower(t.get(i)).equals("the") && LINKS.contains(lower(t.get(i - 1)))) {
            // "Ana Ruiz of the Harbour Board": a person's name before "of the" heads the phrase.
            int person = i >= 3 ? personBefore(t, 0, i - 2) : -1;
            if (person >= 0) {
                return person;
            }
            // "the mayor of the island", "a spokeswoman for the council": a common noun before "of the" or "for the" heads the
            // phrase and what follows is its complement (Quirk et al. 1985, 17.37); the phrase starts with that noun's. ("The
            // wardens at the pier": a place after "at" only postmodifies, and the wardens are named as before.)
            int head = i - 2;
            int outer = t.get(head).is("NOUN") && COMPLEMENT_LINKS.contains(lower(t.get(i - 1))) ? startBefore(t, head) : -1;
            // (A capital is a name's but at the sentence's start: "Residents of the district".)
            if (outer >= 0 && (lowerCase(t.get(head)) || outer == 0)) {
                return outer;
            }
        }
        // "the Ministry of Foreign Affairs and International Trade": the words after "and" are part of the institution's name.
        return InstitutionNames.start(t, 0, i);
    }

    /** The last token of the noun phrase that starts at {@code start}, or -1 when none starts there. */
    static int endAfter(List<Token> t, int start) {
        if (start >= t.size()) {
            return -1;
        }
        int i = start;
        Token first = t.get(i);
        if (first.is("PRON") && !POSSESSIVES.contains(lower(first))) {
            return i;
        }
        int lastNominal = -1;
        if (first.is("PUNCT")) {
            return -1;
        }
        while (i < t.size()) {
            Token x = t.get(i);
            if (nominal(x)) {
                lastNominal = i;
            } else if ((lower(x).equals("and") || lower(x).equals("or")) && lastNominal == i - 1 && i + 1 < t.size()
                    && (nominal(t.get(i + 1)) || t.get(i + 1).is("DET") || t.get(i + 1).is("ADJ"))) {
                // "the rising rents and the closing of the ferry": two phrases joined are one subject.
            } else if (LINKS.contains(lower(x)) && lastNominal == i - 1 && i + 1 < t.size()
                    && (nominal(t.get(i + 1)) || t.get(i + 1).is("DET") || t.get(i + 1).is("ADJ") || ParticiplePremodifiers.at(t, i + 1, i + 1))) {
                // "spokesman for the campaign", "Secretary of State", "an analysis of newly filed records".
            } else if (ParticiplePremodifiers.at(t, i, start)) {
                // "a leaked council memo", "newly released figures": a participle before its noun is a modifier.
            } else if (!(x.is("ADJ") || x.is("DET") || (x.is("PRON") && POSSESSIVES.contains(lower(x))) || x.text().equals("-"))) {
                break;
            }
            i++;
        }
        return lastNominal;
    }

    /**
     * The speaker's name in a source phrase: the run of names that heads it ("harbour board spokeswoman Ana
     * Ruiz" → "Ana Ruiz"; "Tomas Berg of Bergen" → "Tomas Berg"), else the name whose
     * possessive it holds ("the council's account of the vote" → "council", "Smith's spokesman" → "Smith"),
     * else the phrase without its article ("the tax commissioner", "officials"); a possessive ending is dropped.
     */
    static String name(String text, List<Token> t, int start, int end) {
        for (int k = start + 2; k < end; k++) {
            if (LINKS.contains(lower(t.get(k))) && personBefore(t, start, k - 1) >= 0) {
                // "Ana Ruiz of the Harbour Board", "Tomas Berg for Harbour Weekly": a person's name before "of", "for" or "at"
                // heads the phrase; what follows postmodifies it (Quirk et al. 1985, 17.37).
                return name(text, t, start, k - 1);
            }
        }
        for (int k = start + 1; k < end; k++) {
            if (COMPLEMENT_LINKS.contains(lower(t.get(k))) && t.get(k - 1).is("NOUN") && (lowerCase(t.get(k - 1)) || k - 1 == 0)
                    && (t.get(end).is("PROPN") || capitalisedAdjective(t.get(end)))) {
                // "a longtime critic of Ruiz", "the lawyer for the Harbour Board": a common noun before "of" or "for" heads the
                // phrase and the name after it is its complement (Quirk et al. 1985, 17.37), not who speaks.
                int st = t.get(start).is("DET") ? start + 1 : start;
                return text.substring(t.get(st).start(), t.get(end).end());
            }
        }
        String name;
        if (t.get(end).is("PROPN") || capitalisedAdjective(t.get(end))) {
            int ns = end;
            while (ns > start && ((t.get(ns - 1).is("PROPN") || capitalisedAdjective(t.get(ns - 1))) && !lowerCase(t.get(ns - 1))
                    || PARTICLES.contains(t.get(ns - 1).text()) && (t.get(ns).is("PROPN") || PARTICLES.contains(t.get(ns).text())))) {
                ns--;
            }
            ns = InstitutionNames.start(t, start, ns);
            if (ns < end && ns - 2 >= start && lower(t.get(ns - 1)).equals("of") && title(t.get(ns - 2))) {
                // "Secretary of State Ana Ruiz", "Minister of Defence Ana Ruiz": the noun after a title's "of" completes the title.
                ns++;
            }
            // "Jerry Brown of California": a two-word name before "of" and a single name after it is a person and a place.
            if (ns - 2 > start && LINKS.contains(lower(t.get(ns - 1))) && ns == end && t.get(ns - 2).is("PROPN") && t.get(ns - 3).is("PROPN")) {
                end = ns - 2;
                ns = end - 1;
                while (ns > start && t.get(ns - 1).is("PROPN")) {
                    ns--;
                }
            }
            // "Sen. Ana Ruiz", "Vice President Ana Ruiz": the person's name without the titles before it, when two names
            // remain ("President Ruiz" stays whole, and so does "General Motors").
            int first = ns;
            while (first + 2 <= end && title(t.get(first)) && !Character.isLowerCase(t.get(first).text().charAt(0))) {
                first++;
            }
            if (first > ns && !title(t.get(first))) {
                ns = first;
            }
            name = text.substring(t.get(ns).start(), t.get(end).end());
        } else {
            int possessor = -1;
            for (int i = start; i < end; i++) {
                String w = t.get(i).text();
                if (lower(t.get(i)).equals("of") && i > start && nominal(t.get(i - 1))) {
                    // "the summary of Ruiz's speech": the head is before "of", and so is whose it is.
                    break;
                }
                if ((w.endsWith("'s") || w.endsWith("’s")) && nominal(t.get(i))) {
                    possessor = i;
                } else if (possessiveEnding(t.get(i)) && i > start && nominal(t.get(i - 1))) {
                    possessor = i - 1;
                }
            }
            if (possessor >= 0) {
                // "the council's account of the vote", "Smith's spokesman": who it is of speaks.
                int ns = possessor;
                while (ns > start && (t.get(ns - 1).is("PROPN") || capitalisedAdjective(t.get(ns - 1)) || t.get(possessor).is("NOUN")
                        && t.get(ns - 1).is("NOUN"))) {
                    ns--;
                }
                name = text.substring(t.get(ns).start(), t.get(possessor).end());
            } else {
                int st = start;
                if (t.get(st).is("DET") && st < end) {
                    st++;
                }
                name = text.substring(t.get(st).start(), t.get(end).end());
            }
        }
        return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * The first token of a person's name ending at token e and starting at or after {@code from}, or -1: a run of two or more
     * names opened by a title ("Mr. Lien") or by a word WordNet 3.1 holds as no common noun but a person's, if at all, as
     * given names are ("Ana Ruiz", not "Harbour Institute" or "Massachusetts Institute"), and ended by no title ("Deputy
     * Secretary of State Ana Ruiz": a title before its complement, not a name).
     */
    private static int personBefore(List<Token> t, int from, int e) {
        if (!(t.get(e).is("PROPN") || capitalisedAdjective(t.get(e))) || title(t.get(e)) || InstitutionNames.institution(t.get(e))) {
            // ("the Norland Ministry of Coastal Defence": no person's name ends in an institution's noun.)
            return -1;
        }
        int s = e;
        while (s > from && (t.get(s - 1).is("PROPN") || capitalisedAdjective(t.get(s - 1))) && !lowerCase(t.get(s - 1))) {
            s--;
        }
        return s < e && (title(t.get(s)) || personal(t.get(s))) ? s : -1;
    }

    /**
     * Whether WordNet 3.1 has the word as no noun, or as a person first ("Ruiz", "Lewis"), and not as an adjective: "National",
     * "Federal", "American" are nouns for a person too, but open the names of bodies ("National Association of …") as the
     * adjectives they are first.
     */
    private static boolean personal(Token x) {
        String file = WordNet.shared().lexicographerFile(lower(x), WordNet.Pos.NOUN);
        return (file.isEmpty() || file.equals("noun.person")) && WordNet.shared().lexicographerFile(lower(x), WordNet.Pos.ADJECTIVE).isEmpty();
    }

    /** A title before a name: a capitalised word whose lemma is a title ("President", "Sen."). */
    static boolean title(Token t) {
        return TITLES.contains(t.lemma());
    }

    /**
     * Titles written before names in news copy (AP Stylebook, "titles", "military titles", "courtesy
     * titles", the same source as the sentence detector's abbreviations).
     */
    private static final Set<String> TITLES = Set.of("president", "vice", "sen.", "senator", "rep.", "representative", "gov.", "governor",
            "mayor", "secretary", "gen.", "general", "adm.", "admiral", "col.", "colonel", "lt.", "capt.", "sgt.", "dr.", "mr.", "mrs.", "ms.",
            "prof.", "professor", "judge", "justice", "chancellor", "minister", "prime", "king", "queen", "pope", "rev.", "speaker",
            "chairman", "chairwoman", "leader", "ambassador", "attorney", "director", "commissioner", "chief", "former", "candidate",
            "nominee", "spokesman", "spokeswoman", "spokesperson");

    /** Whether the token is a day, a month or today / yesterday ("said Monday"). */
    static boolean calendar(Token x) {
        return CALENDAR.contains(lower(x));
    }

    /** Whether the token is a possessive determiner ("his", "their"). */
    static boolean possessive(Token x) {
        return POSSESSIVES.contains(lower(x));
    }

    /** A word in small letters: no part of a name, whatever the tagger says ("ferry captain Odd Lien"). */
    static boolean lowerCase(Token x) {
        return Character.isLowerCase(x.text().charAt(0));
    }

    /** Whether tokens from..to (both included) are a run of names. */
    static boolean names(List<Token> t, int from, int to) {
        if (from > to || from < 0) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (!(t.get(i).is("PROPN") || capitalisedAdjective(t.get(i)) || t.get(i).text().equals("."))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a subject pronoun ("he", "they"). */
    static boolean subjectPronoun(Token t) {
        return t.is("PRON") && SUBJECT_PRONOUNS.contains(lower(t));
    }

    /**
     * A simple noun phrase from token k: determiners and adjectives, then a run of nouns and names ("the harbour board",
     * "The Harlow Courier"). Its bounds {start of the nouns, end (exclusive)}; the two are equal when no noun follows.
     */
    static int[] nounRun(List<Token> t, int k) {
        int m = k;
        while (m < t.size() && (t.get(m).is("DET") || t.get(m).is("ADJ"))) {
            m++;
        }
        int e = m;
        while (e < t.size() && (t.get(e).is("NOUN") || t.get(e).is("PROPN"))) {
            e++;
        }
        return new int[] {m, e};
    }
}
