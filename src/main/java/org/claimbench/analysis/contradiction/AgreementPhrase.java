package org.claimbench.analysis.contradiction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agreement a stage's verb is told of, and who acts at that stage: the noun of agreement next to the verb in its clause (its
 * object after it, "signed the port treaty", or its subject before it, "the port treaty … will be signed"), the words of that
 * noun's own phrase (its premodifiers, "water-sharing convention", and its prepositional complement, "treaty with Togo", "deal
 * on harbour fees": Quirk et al. 1985, 17.2, the noun phrase's pre- and postmodification), and the names of the parties (the
 * capitalised words before the verb in its clause, or after "by" in a passive). Two accounts speak of one agreement only when
 * its own phrases share a word; two accounts of one party's signature or ratification only when the parties meet.
 */
record AgreementPhrase(Set<String> words, Set<String> partners, Set<String> parties, boolean together) {

    private static final Pattern NAMED = Pattern.compile(AgreementStageSignal.NAMED);
    private static final Pattern NOUN = Pattern.compile(NAMED.pattern() + "|\\bit\\b");
    /** How far the noun may stand from its stage's verb: its object right after, its subject (with a postmodifier) before. */
    private static final int AFTER = 6;
    private static final int BEFORE = 8;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—(]|\\b(?:and|but|while|although|which|who)\\b");
    private static final Pattern TOGETHER = Pattern.compile("\\b(?:both (?:sides|countries|governments|leaders|nations|parties|men)"
            + "|the two (?:sides|countries|governments|leaders|nations|parties|men|ministers|states))\\b");
    /** Function words and words of any agreement: they name no agreement of their own. */
    private static final Set<String> NOT_OWN = Set.of("the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our",
            "new", "first", "latest", "and", "of", "in", "principle", "framework", "preliminary", "trade", "free", "bilateral",
            "between", "with", "on", "over", "for", "covering", "is", "are", "was", "were", "be", "been", "by", "to", "two", "both",
            "sides", "countries");
    private static final Pattern JOINED = Pattern.compile("^\\s*,?\\s*(?:along with|together with|as well as|and)\\s+(?:the\\s+|an?\\s+)?"
            + "((?:[\\w'’-]+\\s+){0,4}?)(?:" + AgreementStageSignal.NOUNS + ")\\b");
    private static final Set<String> PREPOSITIONS = Set.of("with", "on", "between", "over", "for", "covering", "among");
    /** Capitalised words that begin clauses or sentences, not names of parties. */
    private static final Set<String> NOT_PARTY = Set.of("the", "a", "an", "until", "if", "when", "before", "once", "while", "after",
            "but", "and", "both", "in", "on", "at", "officials", "it", "this", "that", "under", "as", "last", "details", "some");

    /**
     * The agreement a stage told between from and to in text (t: its lower case) is of, or null when no noun of agreement (or
     * "it") stands within reach of it in its clause.
     */
    static AgreementPhrase at(String text, String t, int from, int to) {
        int noun = -1;
        int nounEnd = -1;
        String after = t.substring(to, Math.min(t.length(), to + 80));
        Matcher m = NOUN.matcher(after);
        // Coordinated premodifiers ("an ambitious and mutually beneficial agreement") are one phrase: they count as one word.
        String upTo = m.find() ? after.substring(0, m.start()).replaceAll("\\w+ and \\w+", "x") : null;
        if (upTo != null && !CLAUSE_BREAK.matcher(upTo).find() && words(upTo) <= AFTER) {
            noun = to + m.start();
            nounEnd = to + m.end();
        } else {
            int start = Math.max(0, from - 100);
            String before = t.substring(start, from);
            for (Matcher n = NOUN.matcher(before); n.find(); ) {
                // A relative clause right after the noun is of the noun ("the treaty, which is still to be ratified").
                String between = before.substring(n.end()).replaceFirst("^\\s*,?\\s*(?:which|that)\\b", "");
                if (!CLAUSE_BREAK.matcher(between.replaceAll("\\b(?:between|by) \\w+ and\\b", "")).find() && words(between) <= BEFORE) {
                    noun = start + n.start();
                    nounEnd = start + n.end();
                    break;
                }
            }
        }
        if (noun < 0) {
            return null;
        }
        if (t.startsWith("it", noun)) {
            // "It" takes the claim's own first noun of agreement.
            Matcher any = NAMED.matcher(t);
            if (!any.find()) {
                return null;
            }
            noun = any.start();
            nounEnd = any.end();
        }
        Set<String> own = new HashSet<>();
        String[] pre = t.substring(Math.max(0, noun - 40), noun).split("[^\\p{L}\\p{N}'’-]+");
        for (int i = pre.length - 1; i >= Math.max(0, pre.length - 3); i--) {
            String w = bare(pre[i]);
            if (w.isEmpty() || PREPOSITIONS.contains(w) || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("to")) {
                break;
            }
            own.add(w);
        }
        String[] post = t.substring(nounEnd, Math.min(t.length(), nounEnd + 60)).replaceFirst("^\\s*in principle", "")
                .split("[^\\p{L}\\p{N}'’-]+", -1);
        int i = post.length > 0 && post[0].isEmpty() ? 1 : 0;
        Set<String> partners = new HashSet<>();
        if (i < post.length && PREPOSITIONS.contains(post[i])) {
            for (int k = i + 1; k < Math.min(post.length, i + 5); k++) {
                own.add(bare(post[k]));
                if (post[i].equals("with") || post[i].equals("between")) {
                    partners.add(bare(post[k]));
                }
            }
        }
        partners.removeIf(w -> w.isEmpty() || NOT_OWN.contains(w));
        // A second agreement coordinated with the first ("a trade agreement, along with a social security convention") is told
        // at the same stage: its words are the phrase's too (Quirk et al. 1985, 13.2, coordination of noun phrases).
        Matcher joined = JOINED.matcher(t.substring(nounEnd));
        if (joined.find()) {
            for (String w : joined.group(1).split("\\s+")) {
                own.add(bare(w));
            }
        }
        own.removeIf(w -> w.isEmpty() || NOT_OWN.contains(w) || AgreementStageSignal.isStageWord(w));
        return new AgreementPhrase(Set.copyOf(own), Set.copyOf(partners), parties(text, from, to), TOGETHER.matcher(t).find());
    }

    /** The capitalised names before the stage's verb in its clause, or after "by" right after it. */
    private static Set<String> parties(String text, int from, int to) {
        Set<String> out = new HashSet<>();
        Matcher by = Pattern.compile("^\\s+by\\s+((?:the\\s+)?[^,.;]{1,50})").matcher(text.substring(to));
        String where = by.find() ? by.group(1) : clauseStart(text, from);
        for (String w : where.split("[^\\p{L}'’-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_PARTY.contains(w.toLowerCase(Locale.ROOT))) {
                out.add(bare(w.toLowerCase(Locale.ROOT)));
            }
        }
        return Set.copyOf(out);
    }

    private static String clauseStart(String text, int at) {
        int from = Math.max(Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1)), text.lastIndexOf('—', at - 1)) + 1;
        return text.substring(from, at);
    }

    private static String bare(String w) {
        return w.replaceAll("['’]s?$", "");
    }

    private static int words(String s) {
        String x = s.trim();
        return x.isEmpty() ? 0 : x.split("\\s+").length;
    }

    /**
     * Whether two phrases speak of one agreement: a word of its own phrase in common, or, in one article, a bare definite "the
     * deal" on either side, which refers back to the agreement the article has named (definite anaphora: Quirk et al. 1985, 5.32).
     */
    boolean sameAgreement(AgreementPhrase other, boolean oneArticle) {
        // An agreement "with" one partner is not one "with" another ("with Iceland", "with Scotland").
        if (!partners.isEmpty() && !other.partners.isEmpty() && partners.stream().noneMatch(other.partners::contains)) {
            return false;
        }
        return words.stream().anyMatch(other.words::contains) || oneArticle && (words.isEmpty() || other.words.isEmpty());
    }

    /** Whether two accounts of a party's act may speak of one party: both name parties that meet, or either names none or both. */
    boolean sameParties(AgreementPhrase other) {
        return together || other.together || parties.isEmpty() || other.parties.isEmpty()
                || parties.stream().anyMatch(other.parties::contains);
    }
}
