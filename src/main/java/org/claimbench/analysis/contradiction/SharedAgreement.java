package org.claimbench.analysis.contradiction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agreement two claims of different events both name by a phrase of its own: "the free trade agreement", "the FTA", "the
 * double contribution convention". An agreement's acts are separate events (its conclusion and, weeks later, its signing:
 * org.claimbench.analysis.events.AgreementActs), but two claims that name one agreement speak of the same thing, and are compared
 * as claims that name an event in common are (stop 64, round cross64). The phrase must identify: a classifying premodifier or a
 * prepositional complement ("trade", "double contribution", "deal on harbour fees": Quirk et al. 1985, 17.2 and 17.104–17.108,
 * classifying against evaluative premodifiers); a bare "the deal" or "the historic accord" refers back to whatever its own
 * article named (definite anaphora, Quirk et al. 1985, 5.32), which may be another agreement. Two phrases name one agreement when
 * they share such a word, their partners ("with India") meet when both name one, and the two claims' proper names meet when both
 * name any outside the phrase (the parties). Stateless apart from a cache of each text's phrases; thread-safe.
 */
final class SharedAgreement {

    private static final Pattern NOUN = Pattern.compile("\\b(" + AgreementStageSignal.NOUNS + "|fta)\\b(?!s)");
    /**
     * Words that do not tell one agreement from another: function words, evaluative and temporal adjectives ("historic",
     * "long-awaited", "new"), the words of any agreement's stage ("in principle", "framework") and "bilateral".
     */
    private static final Set<String> NOT_IDENTIFYING = Set.of("the", "a", "an", "this", "that", "these", "its", "their", "his",
            "her", "our", "new", "first", "latest", "and", "of", "in", "principle", "framework", "preliminary", "bilateral", "between",
            "with", "on", "over", "for", "covering", "is", "are", "was", "were", "be", "been", "by", "to", "two", "both", "sides",
            "countries", "historic", "landmark", "long-awaited", "ambitious", "mutually", "beneficial", "major", "big", "comprehensive",
            "final", "proposed", "so-called", "interim", "initial", "broad", "wide-ranging", "key", "much-anticipated", "signed",
            "concluded", "agreed", "draft", "full", "whole", "entire", "any", "such", "same", "one", "said", "deal", "agreement");
    private static final Set<String> PREPOSITIONS = Set.of("with", "on", "between", "over", "for", "covering", "among");
    /** Capitalised words that open clauses, titles and the like: no party's name. */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "It", "This", "That", "But", "And", "On", "In", "Under",
            "Officials", "Minister", "Prime", "President", "Details", "Some", "Both", "If", "When", "After", "Before", "As");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}.’'-]*");

    /** One agreement noun of a claim: the noun (lower case), its identifying words (singular), its partners. */
    record Phrase(String noun, Set<String> words, Set<String> partners) {
    }

    private static final Map<String, List<Phrase>> CACHE = new ConcurrentHashMap<>();

    private SharedAgreement() {
    }

    /** The agreement both claims name by a phrase of its own, described ("the double contribution convention"); "" if none. */
    static String between(ClaimFeatures a, ClaimFeatures b) {
        return between(a.facts.text(), b.facts.text());
    }

    static String between(String a, String b) {
        List<Phrase> pa = phrases(a);
        if (pa.isEmpty()) {
            return "";
        }
        List<Phrase> pb = phrases(b);
        for (Phrase x : pa) {
            for (Phrase y : pb) {
                if (!x.partners.isEmpty() && !y.partners.isEmpty() && x.partners.stream().noneMatch(y.partners::contains)) {
                    continue;
                }
                List<String> shared = x.words.stream().filter(y.words::contains).toList();
                if (!shared.isEmpty() && namesMeet(a, b)) {
                    return "the " + String.join(" ", shared) + " " + (x.noun.equals("fta") ? "agreement" : x.noun);
                }
            }
        }
        return "";
    }

    /** The agreement nouns of a text that have identifying words of their own. */
    static List<Phrase> phrases(String text) {
        if (CACHE.size() > 50_000) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(text, SharedAgreement::read);
    }

    private static List<Phrase> read(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<Phrase> out = new ArrayList<>(1);
        for (Matcher m = NOUN.matcher(t); m.find(); ) {
            Set<String> words = new LinkedHashSet<>();
            if (m.group(1).equals("fta")) {
                // The abbreviation of "free trade agreement" carries its premodifiers.
                words.add("free");
                words.add("trade");
            }
            String[] pre = t.substring(Math.max(0, m.start() - 50), m.start()).split("[^\\p{L}\\p{N}'’-]+");
            List<String> premodifiers = new ArrayList<>(3);
            for (int i = pre.length - 1; i >= Math.max(0, pre.length - 4); i--) {
                String w = pre[i];
                if (w.isEmpty() || PREPOSITIONS.contains(w) || w.equals("the") || w.equals("a") || w.equals("an") || w.equals("to")
                        || NOUN.matcher(w).matches() && !w.equals("convention")) {
                    break;
                }
                premodifiers.add(0, singular(w));
            }
            words.addAll(premodifiers);
            Set<String> partners = new LinkedHashSet<>();
            String[] post = t.substring(m.end(), Math.min(t.length(), m.end() + 40)).split("[^\\p{L}\\p{N}'’.-]+", -1);
            int i = post.length > 0 && post[0].isEmpty() ? 1 : 0;
            if (i + 1 < post.length && PREPOSITIONS.contains(post[i])) {
                String complement = post[i + 1].equals("the") && i + 2 < post.length ? post[i + 2] : post[i + 1];
                complement = singular(complement.replaceAll("[.’']+$", ""));
                words.add(complement);
                if (post[i].equals("with") || post[i].equals("between")) {
                    partners.add(complement);
                }
            }
            words.removeIf(w -> w.isEmpty() || NOT_IDENTIFYING.contains(w) || Character.isDigit(w.charAt(0)));
            partners.removeIf(w -> w.isEmpty() || NOT_IDENTIFYING.contains(w));
            if (!words.isEmpty()) {
                // In text order, so the description reads as the phrase does.
                out.add(new Phrase(m.group(1), java.util.Collections.unmodifiableSet(words), Set.copyOf(partners)));
            }
        }
        return List.copyOf(out);
    }

    /** Whether the two claims' proper names meet, or either names none (then nothing sets their parties apart). */
    private static boolean namesMeet(String a, String b) {
        Set<String> na = names(a);
        Set<String> nb = names(b);
        return na.isEmpty() || nb.isEmpty() || na.stream().anyMatch(nb::contains);
    }

    /** The capitalised words of a text that are not its first word, a clause opener or a word of an agreement phrase. */
    private static Set<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("[’']s$|[.’']+$", "");
            if (m.start() == 0 || NOT_NAME.contains(w) || w.length() < 2 || NOUN.matcher(w.toLowerCase(Locale.ROOT)).matches()
                    || agreementWord(text, m.end())) {
                continue;
            }
            out.add(w.replace(".", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Whether a capitalised word is a premodifier of an agreement noun ("Free Trade Agreement", "Double Contribution Convention"). */
    private static boolean agreementWord(String text, int end) {
        Matcher n = NOUN.matcher(text.substring(end, Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT));
        return n.find() && text.substring(end, end + n.start()).matches("(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+");
    }

    /** A plural noun's singular for comparison ("contributions" → "contribution"; not "ss" nor short words). */
    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
