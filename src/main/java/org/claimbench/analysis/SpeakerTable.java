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
        return new SpeakerTable(org.claimbench.domain.DefaultSpeakers.all().stream()
                .map(d -> new Entry(d.speaker(), d.source(), d.aliases(), d.person())).toList());
    }

    /** The speaker table of a workspace: its own speakers with its sources' names, or the defaults while it has none. */
    public static SpeakerTable of(org.claimbench.domain.WorkspaceContent w) {
        if (w.speakers().isEmpty()) {
            return defaults();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        w.sources().forEach(s -> names.put(s.id(), s.name()));
        return of(w.speakers(), id -> names.getOrDefault(id, "Press"));
    }

    /** A workspace's speakers, with its sources' names. */
    public static SpeakerTable of(List<org.claimbench.domain.Speaker> speakers, java.util.function.LongFunction<String> sourceName) {
        return new SpeakerTable(speakers.stream()
                .map(s -> new Entry(s.name(), sourceName.apply(s.sourceId()), s.aliases().isEmpty() ? List.of(s.name()) : s.aliases(), s.person()))
                .toList());
    }
}
