package org.claimbench.analysis.contradiction;

import java.util.List;
import java.util.regex.Pattern;

import org.claimbench.analysis.language.WordNet;

/**
 * What each evaluative word of a claim is said of (its target), and the claim's judgements summed
 * by target: two judgements conflict only when they judge one thing ("an excellent hearing" / "the
 * hearing was useless"), not two ("ambitious targets" / "sabotaged deals"). The target of an
 * adjective is the noun it modifies or, predicative, its subject ("the talks were useless", "called
 * the talks excellent"); of a verb its object ("helped end the strike": strike), else its subject
 * unless that is a person or a group (WordNet's noun.person, noun.group: "the mayor failed" judges
 * the mayor's conduct in the event, not the mayor); of an adverb the adjective's noun after it or
 * its verb's subject. A target is a noun lemma; "" when the claim names none near the word (a
 * pronoun: "it went well", a name, nothing), read as the event the claims report.
 */
final class JudgementTargets {

    /** Nouns of the events that readouts report (a call, talks, a summit): a judgement of one is a judgement of the event. */
    static final Pattern EVENT_NOUN = Pattern.compile("call|conversation|talk|meeting|summit|negotiation|visit|discussion");

    /** A genitive's ending as a token of its own; the same at a lemma's end; a pronoun standing for what is judged: compiled once. */
    private static final Pattern GENITIVE_ENDING = Pattern.compile("'|’|'s|’s");
    private static final Pattern GENITIVE_SUFFIX = Pattern.compile("\\+?(?:'|’)s?$");
    private static final Pattern STANDING_PRONOUN = Pattern.compile("it|this|that|they|them");

    /** A claim's judgements of one target: the summed valence (VADER, negated words turned) and the words, in text order. */
    record Judged(String target, double valence, String words) {

        /** Whether this target is the event itself: an event noun, or none named. */
        boolean ofTheEvent() {
            return target.isEmpty() || eventNoun(target);
        }

        /** "the call" for a named target, "it" for none. */
        String named() {
            return target.isEmpty() ? "it" : "the " + target;
        }
    }

    /**
     * The event nouns that name a meeting of parties, whose WordNet synonyms name it too ("encounter", a sense of "meeting";
     * "dialogue", of "talks"). "call", "summit" and "visit" are left out: among their first senses they share synsets with a
     * cry ("shout"), a mountain top ("peak") and a stay ("sojourn").
     */
    private static final java.util.List<String> MEETING_NOUNS = java.util.List.of("meeting", "talk", "negotiation", "discussion",
            "conversation");
    private static final WordMemo<Boolean> MEETING_SYNONYM = new WordMemo<>(
            noun -> MEETING_NOUNS.stream().anyMatch(m -> WordSenses.same(noun, m, "NOUN")));

    private JudgementTargets() {
    }

    /** Whether a noun lemma names the event a readout reports: an event noun, or a WordNet synonym of a noun of meeting. */
    static boolean eventNoun(String noun) {
        return EVENT_NOUN.matcher(noun).matches() || !noun.isEmpty() && MEETING_SYNONYM.get(noun);
    }

    /**
     * Whether two targets are one thing: the same lemma or WordNet synonyms ("talks" / "negotiations"), or both the event
     * (event nouns, or one of them named by no noun).
     */
    static boolean same(Judged x, Judged y) {
        if (x.ofTheEvent() && y.ofTheEvent()) {
            return true;
        }
        return !x.target().isEmpty() && !y.target().isEmpty() && WordSenses.same(x.target(), y.target(), "NOUN");
    }

    /** Adds a judging word's valence to its target's sum (the list keeps the first mention's order). */
    static void add(List<Judged> sums, String target, double valence, String word) {
        for (int k = 0; k < sums.size(); k++) {
            Judged j = sums.get(k);
            if (j.target().equals(target)) {
                sums.set(k, new Judged(target, j.valence() + valence, j.words() + ", " + word));
                return;
            }
        }
        sums.add(new Judged(target, valence, word));
    }

    /** The noun lemma the evaluative word at token {@code i} is said of; "" when the claim names none near it. */
    static String of(ClaimReading r, Clauses clauses, int i) {
        if (r.is(i, "ADJ") || r.is(i, "ADV")) {
            String attributive = nounAfter(r, i);
            return attributive != null ? attributive : subject(r, clauses, i, false);
        }
        String object = object(r, i);
        return object != null ? object : subject(r, clauses, i, true);
    }

    /** Personal pronouns, which stand for a person or a group, not a meeting. */
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("(?i)i|we|he|she|you");

    /**
     * The subject a verb at token {@code v} judges through its result ({@link ResultObject}), "" when the claim names none
     * near it; null when the subject is a party, a name, a personal pronoun or a noun of a person or group ("Russia achieved
     * gains", "the delegation achieved gains"): what a party achieved is its gain, no judgement of the meeting.
     */
    static String subjectOf(ClaimReading r, Clauses clauses, int v) {
        for (int j = v - 1; j >= Math.max(0, v - 7) && !r.is(j, "NOUN"); j--) {
            if (r.is(j, "PROPN") || (r.is(j, "PRON") && PERSONAL_PRONOUN.matcher(r.lemma(j)).matches())) {
                return null;
            }
            if ((r.is(j, "PUNCT") && !Clauses.QUOTES.contains(r.lemma(j))) || Lexicons.CLAUSE_BREAKS.contains(r.lemma(j))) {
                break;
            }
        }
        String head = subject(r, clauses, v, false);
        return !head.isEmpty() && actor(head) ? null : head;
    }

    /**
     * The noun a run of adjectives and adverbs ends in ("very useful, frank talks": talk); null when the run ends otherwise. A
     * genitive ends the noun phrase the run belongs to: the premodifiers before it are said of the possessor, and the genitive
     * phrase is the determiner of the noun after it (Quirk et al. 1985, 5.115-5.116; Huddleston and Pullum 2002, ch. 5:
     * "the critical facilities' security" is the security of the critical facilities): the possessor is the target.
     */
    private static String nounAfter(ClaimReading r, int i) {
        for (int j = i + 1; j < Math.min(r.size(), i + 6); j++) {
            if (r.is(j, "NOUN")) {
                while (j + 1 < r.size() && r.is(j + 1, "NOUN") && !genitive(r, j)) {
                    j++;
                }
                return possessor(r.lemma(j));
            }
            boolean comma = r.lemma(j).equals(",") && j + 1 < r.size() && r.is(j + 1, "ADJ");
            // Quotation marks around a premodifier (a “positive” outcome: the speaker's word, quoted) leave it in its noun
            // phrase: the marks attribute the word, they do not end the phrase (Quirk et al. 1985, App. III.23 on quotation marks).
            // Not a dash, which no noun phrase holds, nor a closing mark before another mark ("were 'constructive' — officials
            // said": the adjective is predicative and judges the copula's subject; Quirk et al. 1985, App. III on the dash).
            boolean quote = Clauses.QUOTES.contains(r.lemma(j)) && !DASHES.contains(r.lemma(j)) && j + 1 < r.size() && !r.is(j + 1, "PUNCT");
            if (!r.is(j, "ADJ") && !r.is(j, "ADV") && !r.is(j, "CCONJ") && !comma && !quote) {
                return null;
            }
        }
        return null;
    }

    /** A dash as the tokenizer leaves it (an em or en dash is read as "-"). */
    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "–", "—");

    /** Whether the noun at token {@code j} is a genitive: it ends in an apostrophe or "'s", or one follows it as a token of its own. */
    static boolean genitive(ClaimReading r, int j) {
        String w = r.lemma(j);
        if (w.endsWith("'") || w.endsWith("’") || w.endsWith("'s") || w.endsWith("’s")) {
            return true;
        }
        return j + 1 < r.size() && GENITIVE_ENDING.matcher(r.lemma(j + 1)).matches();
    }

    /** A noun's lemma without the genitive's ending ("facilities’" as the tokenizer leaves it: "facilities"; "depot+’s": "depot"). */
    private static String possessor(String lemma) {
        return GENITIVE_SUFFIX.matcher(lemma).replaceFirst("");
    }

    /**
     * A verb's object: the first noun after it before another verb or a clause break, past "to" and an infinitive or a bare
     * infinitive right after it ("helped end the strike", "failed to win the vote"); null when there is none.
     */
    private static String object(ClaimReading r, int i) {
        int from = i + 1;
        if (from < r.size() && r.lemma(from).equals("to") && from + 1 < r.size() && r.is(from + 1, "VERB")) {
            // "failed to produce an agreement": the result is not what failed, the producer is (ResultObject).
            if (ResultObject.PRODUCING.contains(r.lemma(from + 1))) {
                return null;
            }
            from += 2;
        } else if (from < r.size() && r.is(from, "VERB")) {
            from++;
        }
        for (int j = from; j < Math.min(r.size(), i + 9); j++) {
            if (r.is(j, "PRON") && STANDING_PRONOUN.matcher(r.lemma(j)).matches()) {
                return "";
            }
            boolean possessive = r.lemma(j).endsWith("'s") || (j + 1 < r.size() && r.lemma(j + 1).equals("'s"));
            if (r.is(j, "NOUN") && !possessive) {
                while (j + 1 < r.size() && r.is(j + 1, "NOUN")) {
                    j++;
                }
                return r.lemma(j);
            }
            if (r.is(j, "VERB") || r.is(j, "AUX") || (r.is(j, "PUNCT") && !Clauses.QUOTES.contains(r.lemma(j)))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The subject before the word in its clause (the nearest noun before it, past a quotation mark but not a comma or another
     * clause break, climbed past its post-modifiers: "the talks with the union were useless": talk); "" when there is none,
     * when a pronoun comes first ("called it useless"), or, for a verb, when it is a person or a group.
     */
    private static String subject(ClaimReading r, Clauses clauses, int i, boolean verb) {
        for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
            // "long and fruitless": a coordinated adjective shares the subject of the one before it.
            boolean coordinated = !verb && r.is(j, "CCONJ") && j > 0 && r.is(j - 1, "ADJ");
            if (!coordinated && ((r.is(j, "PUNCT") && !Clauses.QUOTES.contains(r.lemma(j))) || Lexicons.CLAUSE_BREAKS.contains(r.lemma(j)))) {
                return "";
            }
            // "called it useless", "it failed": the pronoun stands for what is judged, a thing the claim does not name.
            if (r.is(j, "PRON") && STANDING_PRONOUN.matcher(r.lemma(j)).matches()) {
                return "";
            }
            if (r.is(j, "NOUN")) {
                String head = clauses.headBefore(j);
                return verb && actor(head) ? "" : head;
            }
        }
        return "";
    }

    /** Whether a noun's first sense is a person or a group (WordNet's lexicographer files noun.person, noun.group). */
    private static boolean actor(String noun) {
        List<String> files = WordNet.shared().lexicographerFiles(noun, WordNet.Pos.NOUN);
        return !files.isEmpty() && (files.get(0).equals("noun.person") || files.get(0).equals("noun.group"));
    }
}
