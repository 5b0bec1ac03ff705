package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.claimbench.domain.TextSpan;

/**
 * Who speaks for which source: names and phrases (Putin, Ushakov, "the Kremlin" … Kremlin
 * readout). Finds them in text as real articles write them: with a possessive, misspelt
 * ("Uyzakov"), or run together with the next word ("Ushakovquoted").
 */
public final class SpeakerTable {

    /** One speaker: the name shown, the source, and the words that name them. */
    public record Entry(String speaker, String source, List<String> aliases, boolean person) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private final List<Entry> entries;
    private final Map<String, Entry> singleWords = new LinkedHashMap<>();
    private final List<Map.Entry<String, Entry>> phrases = new ArrayList<>();

    public SpeakerTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            for (String alias : e.aliases()) {
                String a = alias.toLowerCase(Locale.ROOT);
                if (a.contains(" ")) {
                    phrases.add(Map.entry(a, e));
                } else {
                    singleWords.putIfAbsent(a, e);
                }
            }
        }
        phrases.sort(Comparator.comparingInt((Map.Entry<String, Entry> p) -> p.getKey().length()).reversed());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The speakers named in [from, to) of text, in order of position; longer phrases win over their words. */
    public List<SpeakerMention> find(String text, int from, int to) {
        List<SpeakerMention> out = new ArrayList<>();
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[to - from];
        for (Map.Entry<String, Entry> p : phrases) {
            for (int i = lower.indexOf(p.getKey()); i >= 0; i = lower.indexOf(p.getKey(), i + 1)) {
                int end = i + p.getKey().length();
                boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                boolean wordEnd = end >= lower.length() || !Character.isLetter(lower.charAt(end));
                if (wordStart && wordEnd && !anyTaken(taken, i, end)) {
                    mark(taken, i, end);
                    Entry e = p.getValue();
                    out.add(new SpeakerMention(e.speaker(), e.source(), new TextSpan(from + i, from + end),
                            text.substring(from + i, from + end), "exact", e.person()));
                }
            }
        }
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            if (anyTaken(taken, m.start() - from, m.end() - from)) {
                continue;
            }
            String word = stripPossessive(m.group());
            SpeakerMention found = matchWord(word, m.start());
            if (found != null) {
                out.add(found);
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    private SpeakerMention matchWord(String word, int at) {
        String lower = word.toLowerCase(Locale.ROOT);
        TextSpan span = new TextSpan(at, at + word.length());
        Entry exact = singleWords.get(lower);
        if (exact != null) {
            return new SpeakerMention(exact.speaker(), exact.source(), span, word, "exact", exact.person());
        }
        if (!Character.isUpperCase(word.charAt(0)) || word.length() < 4) {
            return null;
        }
        for (Map.Entry<String, Entry> s : singleWords.entrySet()) {
            String alias = s.getKey();
            if (alias.length() < 5 || !Character.isLetter(alias.charAt(0))) {
                continue;
            }
            // "Ushakovquoted", "Peskovwho": a name and a lower-case word with no space between.
            if (lower.startsWith(alias) && lower.length() >= alias.length() + 2
                    && Character.isLowerCase(word.charAt(alias.length()))) {
                Entry e = s.getValue();
                return new SpeakerMention(e.speaker(), e.source(), new TextSpan(at, at + alias.length()), word,
                        "run together in '" + word + "'", e.person());
            }
            int allowed = alias.length() >= 7 ? 2 : 1;
            if (Math.abs(lower.length() - alias.length()) <= allowed && lower.charAt(0) == alias.charAt(0)) {
                int d = new LevenshteinDistance(allowed).apply(lower, alias);
                if (d > 0 && d <= allowed) {
                    Entry e = s.getValue();
                    return new SpeakerMention(e.speaker(), e.source(), span, word, "misspelt '" + word + "' for " + capitalise(alias), e.person());
                }
            }
        }
        return null;
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w.endsWith("'") || w.endsWith("’") ? w.substring(0, w.length() - 1) : w;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(taken.length, to); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    /** The speakers of the five default sources; users add their own in the workspace. */
    public static SpeakerTable defaults() {
        List<Entry> e = new ArrayList<>();
        String k = "Kremlin readout";
        person(e, "Vladimir Putin", k, "Putin", "Vladimir Putin", "Russian president", "Russian leader");
        person(e, "Yuri Ushakov", k, "Ushakov", "Yuri Ushakov");
        person(e, "Dmitry Peskov", k, "Peskov", "Dmitry Peskov", "Kremlin spokesman");
        person(e, "Sergei Lavrov", k, "Lavrov", "Sergei Lavrov");
        person(e, "Kirill Dmitriev", k, "Dmitriev");
        person(e, "Maria Zakharova", k, "Zakharova");
        body(e, "TASS", k, "TASS", "RIA Novosti");
        body(e, "Kremlin", k, "the Kremlin", "Kremlin", "Moscow", "Russian officials", "Kremlin aide", "Kremlin advisor",
                "Kremlin adviser", "Russian side", "Russian foreign ministry");
        String w = "White House";
        person(e, "Donald Trump", w, "Trump", "Donald Trump", "American president", "US president", "U.S. president");
        person(e, "JD Vance", w, "Vance", "JD Vance");
        person(e, "Marco Rubio", w, "Rubio", "Marco Rubio");
        person(e, "Karoline Leavitt", w, "Leavitt");
        person(e, "Steve Witkoff", w, "Witkoff");
        person(e, "Keith Kellogg", w, "Kellogg");
        body(e, "Truth Social", w, "Truth Social");
        body(e, "White House", w, "the White House", "White House", "Washington", "US officials", "U.S. officials",
                "American officials", "Trump administration", "the administration");
        String u = "Ukraine";
        person(e, "Volodymyr Zelensky", u, "Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Ukrainian president");
        person(e, "Andriy Yermak", u, "Yermak");
        person(e, "Andrii Sybiha", u, "Sybiha");
        body(e, "Kyiv", u, "Kyiv", "Kiev", "Ukrainian officials", "Ukrainian government", "Ukrainian side");
        String eu = "Europe";
        person(e, "Ursula von der Leyen", eu, "von der Leyen", "Ursula von der Leyen");
        person(e, "Kaja Kallas", eu, "Kallas");
        person(e, "Friedrich Merz", eu, "Merz");
        person(e, "Emmanuel Macron", eu, "Macron");
        person(e, "Giorgia Meloni", eu, "Meloni");
        person(e, "Keir Starmer", eu, "Starmer");
        person(e, "Alexander Stubb", eu, "Stubb");
        body(e, "European Union", eu, "the EU", "European Union", "European Commission", "Brussels", "European leaders",
                "European allies");
        String p = "Press";
        body(e, "Reuters", p, "Reuters");
        body(e, "The Washington Post", p, "The Washington Post", "Washington Post");
        body(e, "The Wall Street Journal", p, "The Wall Street Journal", "Wall Street Journal");
        body(e, "The New York Times", p, "The New York Times", "New York Times");
        body(e, "AP News", p, "AP News");
        body(e, "Bloomberg", p, "Bloomberg");
        body(e, "Associated Press", p, "Associated Press", "AP");
        body(e, "analysts", p, "analysts", "experts", "observers", "commentators");
        return new SpeakerTable(e);
    }

    private static void person(List<Entry> e, String name, String source, String... aliases) {
        e.add(new Entry(name, source, List.of(aliases), true));
    }

    private static void body(List<Entry> e, String name, String source, String... aliases) {
        e.add(new Entry(name, source, List.of(aliases), false));
    }
}
