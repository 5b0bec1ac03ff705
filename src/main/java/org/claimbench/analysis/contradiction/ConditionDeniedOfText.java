package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.claimbench.analysis.language.WordNet;
import org.claimbench.domain.ContradictionKind;

/**
 * One account attaches a condition to an agreement or a text ("the deal will be suspended if the sanctions return", "void in
 * the event of an attack"), the other says the text sets no such condition ("the text does not state that the deal is
 * conditional on there being no sanctions", "the agreement contains no provision that it lapses if …"). Both cannot be true of
 * one text: a report of what a text says is a report of its content (FactBank's source-introducing predicates, Saurí and
 * Pustejovsky 2009: the content of a negated report is not committed to, so the other signals leave it alone), and here the
 * report is denied of the very condition the other account gives.
 * <ul>
 * <li>The denial: a negator and, within three words (eight after a negator that opens its sentence before an auxiliary), a
 * verb of saying or containing (VerbNet 3.4 say-37.7 "state", "say",
 * "mention", "specify", "stipulate"; FrameNet 1.7 Inclusion "contain", "include", and "provide", "write"), or "no" before a
 * noun of a text's part (FrameNet 1.7 Documents and Text: "clause", "provision", "mention", "reference"), in a sentence that
 * names a text or an agreement (WordNet 3.1: a noun under agreement#1, document#1 or text#1); and in the words it denies, a
 * condition (Quirk et al. 1985, 15.33–15.35: "if", "unless", "provided", "in the event of"; PDTB 3.0's AltLex of
 * Contingency.Condition: "conditional on", "contingent on", "subject to", "depend on").</li>
 * <li>The condition attached: one of those conditions in a claim that names a text or an agreement and denies no text's
 * content itself.</li>
 * </ul>
 * Both speak of one condition: the two antecedents (the words after the condition, to the clause's end for "if", to the
 * sentence's end otherwise) share a common noun, verb or adjective. Unlike a side's positions, what a text says can be read in
 * the text: two voices of one side who read it differently in two articles are two accounts of it. Not within one article of
 * one source; one event ({@link Pair#oneEvent}).
 */
final class ConditionDeniedOfText implements PairSignal {

    /** How strongly it suggests a conflict: as a denial of what the other affirms ({@link NegationSignal}). */
    static final double WEIGHT = 0.4;
    /** The verbs of saying and containing whose negation denies a text's content (see the class comment). */
    private static final Set<String> TEXT_VERBS = Set.of("state", "say", "mention", "specify", "stipulate", "contain", "include",
            "provide", "write");
    /** Nouns of a text's part that "no" denies ("no clause", "no provision"; see the class comment). */
    private static final Set<String> TEXT_PARTS = Set.of("clause", "provision", "mention", "reference");
    /** The words of a condition (see the class comment); the ones that need a preposition after them are read with it. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "provide", "conditional", "contingent", "depend", "subject",
            "event");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nowhere");
    /** Words of the condition's frame, never what it is about. */
    private static final Set<String> FRAME = Set.of("conditional", "contingent", "condition", "depend", "subject", "event", "include",
            "implementation", "agreement", "text", "deal");
    /** How many words after an inverted negator the verb may stand: the auxiliary and a subject of up to six words. */
    private static final int INVERTED_WINDOW = 8;
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "'", "“", "”", "‘", "’");
    /** The verbs between a subject and the predicative condition word that qualifies it (Quirk et al. 1985, 16.21: copulas). */
    private static final Set<String> COPULAS = Set.of("be", "remain", "become");
    /** How many words after a negator the verb of saying or containing may stand ("does not explicitly state"). */
    private static final int VERB_WINDOW = 3;

    /** A claim's condition on a text: whether it denies it or attaches it, its cue and the lemmas of its antecedent. */
    record TextCondition(boolean denied, String cue, List<String> antecedent, List<String> nouns) {
        static final TextCondition NONE = new TextCondition(false, "", List.of(), List.of());
    }

    @Override
    public boolean mayFire(ClaimFeatures a, ClaimFeatures b) {
        TextCondition x = read(a);
        TextCondition y = read(b);
        return x != TextCondition.NONE && y != TextCondition.NONE && x.denied() != y.denied();
    }

    @Override
    public Optional<Signal> between(ClaimFeatures a, ClaimFeatures b, Pair pair) {
        if (!pair.oneEvent() || pair.sameSource() && pair.sameArticle() || !mayFire(a, b)) {
            return Optional.empty();
        }
        TextCondition x = read(a);
        TextCondition denied = x.denied() ? x : read(b);
        TextCondition attached = x.denied() ? read(b) : x;
        // One condition: a noun of both antecedents, or two of their words ("new tariffs" and "new elections" are two).
        List<String> common = new ArrayList<>(3);
        boolean noun = false;
        for (String w : denied.antecedent()) {
            if (attached.antecedent().contains(w)) {
                common.add(w);
                noun |= denied.nouns().contains(w);
            }
        }
        if (!noun && common.size() < 2) {
            return Optional.empty();
        }
        String about = String.join(", ", common);
        return Optional.of(new Signal("condition denied of a text", ContradictionKind.POLARITY, WEIGHT,
                () -> "“" + denied.cue() + "” in one account, “" + attached.cue() + " …” in the other: one says the text sets no such "
                        + "condition, the other attaches it (" + about + ").", "condition:denied-attached"));
    }

    /** The claim's condition on a text ({@link TextCondition#NONE} if none): read once a claim, kept on it. */
    static TextCondition read(ClaimFeatures f) {
        TextCondition c = f.textCondition;
        if (c == null) {
            c = readFrom(f.reading);
            f.textCondition = c;
        }
        return c;
    }

    private static TextCondition readFrom(ClaimReading r) {
        int denial = -1;
        String denialWords = null;
        for (int i = 0; i < r.size() && denial < 0; i++) {
            if (!NEGATORS.contains(r.lemma(i).toLowerCase(Locale.ROOT)) && !r.lemma(i).endsWith("+not")) {
                continue;
            }
            boolean inverted = inverted(r, i);
            for (int k = i + 1; k <= Math.min(sentenceEnd(r, i) - 1, i + (inverted ? INVERTED_WINDOW : VERB_WINDOW)); k++) {
                String l = r.lemma(k).toLowerCase(Locale.ROOT);
                // After the inverted subject the tagger often joins the bare verb to the noun run ("the charter state that").
                boolean bare = inverted && r.is(k, "NOUN") && k + 1 < r.size() && !r.is(k + 1, "NOUN") && !r.is(k + 1, "PROPN");
                boolean verb = (r.is(k, "VERB") || bare) && TEXT_VERBS.contains(l);
                boolean part = r.lemma(i).equalsIgnoreCase("no") && r.is(k, "NOUN") && TEXT_PARTS.contains(l);
                if (verb || part) {
                    denial = k;
                    denialWords = words(r, i, k);
                    break;
                }
            }
        }
        int from = denial < 0 ? 0 : denial + 1;
        int to = denial < 0 ? r.size() : deniedEnd(r, denial);
        for (int i = from; i < to; i++) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            if (!CONDITIONS.contains(l) || !conditionAt(r, i)) {
                continue;
            }
            boolean clause = l.equals("if") || l.equals("unless");
            List<String> antecedent = antecedent(r, i, clause);
            // The text is named outside the antecedent: what the condition is on, not what it is ("if the tariff schedule …").
            int end = antecedentEnd(r, i, clause);
            int start = denial < 0 ? 0 : sentenceStart(r, denial);
            boolean text = namesAText(r, start, i) || denial < 0 && namesAText(r, end, r.size());
            if (antecedent.isEmpty() || !text) {
                return TextCondition.NONE;
            }
            String phrase = phrase(l);
            int at = i;
            List<String> nouns = antecedent.stream().filter(w -> nounIn(r, at, clause, w)).toList();
            return denial >= 0 ? new TextCondition(true, denialWords + " … " + phrase, antecedent, nouns)
                    : new TextCondition(false, phrase, antecedent, nouns);
        }
        return TextCondition.NONE;
    }

    /**
     * Where the words a denial at {@code denial} denies end: at its sentence's end, a ";", a coordinating "but", "whereas" or
     * "while", or a comma or "and" that opens a new clause with a subject of its own (a noun phrase, then its verb: "…, the
     * premier says …"). A clause the denied verb takes as its complement ("does not say that it holds …") is part of it.
     */
    private static int deniedEnd(ClaimReading r, int denial) {
        for (int i = denial + 1; i < r.size(); i++) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            if (isEnd(l) || l.equals(";") || l.equals("but") || l.equals("whereas") || l.equals("while")
                    || (l.equals(",") || l.equals("and")) && opensClause(r, i + 1)) {
                return i;
            }
        }
        return r.size();
    }

    /** Whether a subject and its verb start at i: a noun phrase (a determiner, adjectives, nouns or a pronoun), then a verb. */
    private static boolean opensClause(ClaimReading r, int i) {
        int k = i;
        while (k < r.size() && (r.is(k, "DET") || r.is(k, "ADJ") || r.is(k, "NOUN") || r.is(k, "PROPN") || r.is(k, "PRON")
                || r.is(k, "NUM"))) {
            k++;
        }
        return k > i && k < r.size() && (r.is(k, "VERB") || r.is(k, "AUX"));
    }

    /**
     * Whether the negator at i opens its sentence and an auxiliary follows it: subject-auxiliary inversion after a negative
     * adverbial ("Nowhere does the agreement state …", Quirk et al. 1985, 18.24), which puts the subject before the verb.
     */
    private static boolean inverted(ClaimReading r, int i) {
        int start = sentenceStart(r, i);
        while (start < i && (r.is(start, "PUNCT") || QUOTE_MARKS.contains(r.lemma(start)))) {
            start++;
        }
        return start == i && i + 1 < r.size() && r.is(i + 1, "AUX");
    }

    /** Whether the condition word at i is one: the prepositions "conditional on", "subject to", "in the event of" with it. */
    private static boolean conditionAt(ClaimReading r, int i) {
        String l = r.lemma(i).toLowerCase(Locale.ROOT);
        String next = i + 1 < r.size() ? r.lemma(i + 1).toLowerCase(Locale.ROOT) : "";
        String before = i > 1 ? r.lemma(i - 2).toLowerCase(Locale.ROOT) + " " + r.lemma(i - 1).toLowerCase(Locale.ROOT) : "";
        return switch (l) {
            case "if", "unless" -> true;
            // The lemmatiser gives "provided that" as "provide": the conjunction follows a clause (a comma or its verb), the
            // verb its subject or an auxiliary ("the treaty provides that …" reports the text, it sets no condition).
            case "provide" -> next.equals("that") && i > 0 && (r.lemma(i - 1).equals(",") || r.is(i - 1, "VERB"));
            case "conditional", "contingent", "depend" -> (next.equals("on") || next.equals("upon")) && qualifiesTheText(r, i);
            case "subject" -> next.equals("to") && qualifiesTheText(r, i);
            case "event" -> before.equals("in the") && (next.equals("of") || next.equals("that"));
            default -> false;
        };
    }

    /**
     * Whether what a predicative condition word at i qualifies is the text: its head, the word before it past "be", "remain",
     * "become", auxiliaries, adverbs and "not", is a noun of a text or an agreement ("the treaty is subject to"; "ratification
     * of the treaty is subject to" ends on it) or "it".
     * "Exports are subject to a tariff" or "semiconductors, which remain subject to tariffs" set no condition on a text.
     */
    private static boolean qualifiesTheText(ClaimReading r, int i) {
        int h = i - 1;
        while (h >= 0 && (r.is(h, "AUX") || r.is(h, "ADV") || r.is(h, "PART") || COPULAS.contains(r.lemma(h).toLowerCase(Locale.ROOT)))) {
            h--;
        }
        if (h < 0) {
            return false;
        }
        String head = r.lemma(h).toLowerCase(Locale.ROOT);
        if (r.is(h, "PRON")) {
            return head.equals("it");
        }
        return r.is(h, "NOUN") && TextNouns.isText(head);
    }

    /** Whether the lemma stands as a noun in the antecedent after the condition at {@code at}. */
    private static boolean nounIn(ClaimReading r, int at, boolean clause, String lemma) {
        for (int i = at + 1; i < antecedentEnd(r, at, clause); i++) {
            if (r.is(i, "NOUN") && r.lemma(i).equalsIgnoreCase(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The condition as a reader knows it, from its word ("event": "in the event of"). */
    private static String phrase(String word) {
        return switch (word) {
            case "provide" -> "provided that";
            case "conditional", "contingent", "depend" -> word + " on";
            case "subject" -> "subject to";
            case "event" -> "in the event of";
            default -> word;
        };
    }

    /** Whether a noun of tokens [from, to) names a text or an agreement (see the class comment). */
    private static boolean namesAText(ClaimReading r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (r.is(i, "NOUN") && TextNouns.isText(r.lemma(i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The common nouns, verbs and adjectives of the antecedent after the condition at i: to the clause's end, or the sentence's. */
    private static List<String> antecedent(ClaimReading r, int at, boolean clause) {
        List<String> out = new ArrayList<>(4);
        for (int i = at + 1; i < antecedentEnd(r, at, clause); i++) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            boolean content = r.is(i, "NOUN") || r.is(i, "VERB") || r.is(i, "ADJ");
            if (content && l.length() > 2 && l.chars().allMatch(Character::isLetter) && !ClaimFeatures.LIGHT.contains(l)
                    && !FRAME.contains(l) && !out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /** Where the antecedent after the condition at {@code at} ends: a clause's or a sentence's end, or a contrast. */
    private static int antecedentEnd(ClaimReading r, int at, boolean clause) {
        int i = at + 1;
        while (i < r.size()) {
            String l = r.lemma(i).toLowerCase(Locale.ROOT);
            if (isEnd(l) || l.equals(";") || clause && l.equals(",") || l.equals("whereas") || l.equals("but")) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int sentenceStart(ClaimReading r, int i) {
        int k = i;
        while (k > 0 && !isEnd(r.lemma(k - 1))) {
            k--;
        }
        return k;
    }

    private static int sentenceEnd(ClaimReading r, int i) {
        int k = i;
        while (k < r.size() && !isEnd(r.lemma(k))) {
            k++;
        }
        return k;
    }

    private static boolean isEnd(String lemma) {
        return lemma.equals(".") || lemma.equals("!") || lemma.equals("?");
    }

    private static String words(ClaimReading r, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i == from ? "" : " ").append(r.lemma(i).replace("+not", " not"));
        }
        return b.toString();
    }

    /**
     * The nouns of a text or an agreement: under one of agreement#1 ("deal", "treaty", "accord", "pact"), document#1 or text#1 in
     * WordNet 3.1 (looked up once, when first used), or one of those three words.
     */
    private static final class TextNouns {
        private static final String[] ANCHORS = {"agreement", "document", "text"};
        private static final long[] SENSES = java.util.Arrays.stream(ANCHORS).mapToLong(w -> {
            long[] s = WordNet.shared().senses(w, WordNet.Pos.NOUN);
            return s.length > 0 ? s[0] : -1;
        }).toArray();

        static boolean isText(String noun) {
            if (Set.of(ANCHORS).contains(noun)) {
                return true;
            }
            for (long s : SENSES) {
                if (s >= 0 && WordNet.shared().senseUnder(noun, WordNet.Pos.NOUN, s)) {
                    return true;
                }
            }
            return false;
        }
    }
}
