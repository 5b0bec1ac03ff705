package org.claimbench.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The VerbNet 3.4 classes of a verb, for the classes {@link NarratedActs} reads, whether or not the verb is a cue of the
 * lexicon: {@code verb-classes.tsv} beside this class (a lemma, a tab, its class and subclass IDs, comma-separated), written
 * from VerbNet 3.4 (Kipper Schuler et al.; github.com/cu-clear/verbnet) by {@code docs/lexicons/verb_classes.py}. A learned
 * cue ("invited") or a cue the PolNeAR train split gave the lexicon ("posted", "estimates") has its VerbNet classes here.
 * Read once, on first use; thread-safe.
 */
final class VerbClasses {

    private static final String RESOURCE = "verb-classes.tsv";

    private VerbClasses() {
    }

    private static final class Table {
        static final Map<String, String> CLASSES = read();
    }

    /** The lemma's VerbNet 3.4 class IDs, comma-separated ("promote-102, urge-58.1-1"), or "" where it is in none of them. */
    static String of(String lemma) {
        return Table.CLASSES.getOrDefault(lemma.toLowerCase(Locale.ROOT), "");
    }

    private static Map<String, String> read() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = VerbClasses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The verb classes " + RESOURCE + " are missing from the build: rebuild Claimbench with 'mvn package'.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.put(f[0].toLowerCase(Locale.ROOT), f.length > 1 ? f[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
