package org.claimbench.analysis.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.claimbench.domain.DefaultSpeakers;
import org.claimbench.domain.Speaker;
import org.claimbench.domain.WorkspaceContent;

/**
 * Who speaks for which source: the second step after attribution. An attribution names a speaker
 * ("Harbour Board chair Ana Ruiz", "officials", "the council"); the table maps a speaker it
 * knows to their source, and leaves everyone else unassigned (never "Press": Press is the outlet's
 * own unattributed assertions). How a name is matched is {@link NameMatch}'s business.
 */
public final class SpeakerTable {

    /** One speaker: the name shown, the source, the words that name them, whether a person. */
    public record Entry(String speaker, String source, List<String> aliases, boolean person) {
    }

    /** A speaker the table knows: the entry, and how the name was matched ("exact", "misspelt 'Ruis' for Ruiz"). */
    public record Match(Entry entry, String how) {
    }

    private final List<Entry> entries;
    private final List<NameMatch.Alias> aliases = new ArrayList<>();
    /** The workspace's sources by their names in lower case (Press left out: the outlet's own assertions are no speaker's). */
    private final Map<String, String> sourcesByName = new HashMap<>();

    public SpeakerTable(List<Entry> entries) {
        this(entries, List.of());
    }

    /**
     * A table that also knows the workspace's sources by name: a speaker the text names exactly as a source ("Ukraine
     * accused …" where a source is called Ukraine) speaks for it, as a body named by the side it is.
     */
    public SpeakerTable(List<Entry> entries, List<String> sourceNames) {
        for (String n : sourceNames) {
            if (!n.equalsIgnoreCase("Press") && !n.isBlank()) {
                sourcesByName.put(n.strip().toLowerCase(java.util.Locale.ROOT), n);
            }
        }
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            if (!names.contains(e.speaker())) {
                names.add(e.speaker());
            }
            for (String n : names) {
                NameMatch.Alias a = NameMatch.alias(n, e);
                if (a != null) {
                    aliases.add(a);
                }
            }
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The known speaker a speaker's name refers to, if any. {@code articleText} is the text the name
     * comes from: a misspelt name with no first name is matched only when the text also names the
     * known speaker correctly (so "Rubin" in a story about Robert Rubin is nobody's typo).
     */
    public Optional<Match> match(String speakerName, String articleText) {
        Optional<Match> found = NameMatch.best(speakerName, aliases, articleText).map(m -> new Match((Entry) m.alias().owner(), m.how()));
        if (found.filter(m -> m.how().equals("exact")).isPresent()) {
            return found;
        }
        // Named exactly as a source, with or without "the" (never by a near spelling: "Iraq" is not the source "Iran").
        String low = speakerName.strip().toLowerCase(java.util.Locale.ROOT);
        String source = sourcesByName.get(low.startsWith("the ") ? low.substring(4) : low);
        if (source == null) {
            source = sourcesByName.get(low);
        }
        return source != null ? Optional.of(new Match(new Entry(source, source, List.of(source), false), "named as the source")) : found;
    }

    /** The source a speaker speaks for, if the table knows them. */
    public Optional<String> sourceOf(String speakerName, String articleText) {
        return match(speakerName, articleText).map(m -> m.entry().source());
    }

    /** The speakers of the five default sources; users add their own in the workspace. */
    public static SpeakerTable defaults() {
        return new SpeakerTable(DefaultSpeakers.all().stream().map(d -> new Entry(d.speaker(), d.source(), d.aliases(), d.person())).toList());
    }

    /** The speaker table of a workspace: its own speakers with its sources' names, or the defaults while it has none. */
    public static SpeakerTable of(WorkspaceContent w) {
        List<String> sources = w.sources().stream().map(org.claimbench.domain.Source::name).toList();
        if (w.speakers().isEmpty()) {
            return new SpeakerTable(defaults().entries(), sources);
        }
        Map<Long, String> names = new HashMap<>();
        w.sources().forEach(s -> names.put(s.id(), s.name()));
        return new SpeakerTable(of(w.speakers(), id -> names.getOrDefault(id, "Press")).entries(), sources);
    }

    /** A workspace's speakers, with its sources' names. */
    public static SpeakerTable of(List<Speaker> speakers, LongFunction<String> sourceName) {
        return new SpeakerTable(speakers.stream()
                .map(s -> new Entry(s.name(), sourceName.apply(s.sourceId()), s.aliases().isEmpty() ? List.of(s.name()) : s.aliases(), s.person()))
                .toList());
    }
}
