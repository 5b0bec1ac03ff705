package org.claimbench.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attribution cues by lemma, read from {@code cues.tsv} beside this class: each line a lemma,
 * its part of speech and its source (VerbNet 3.4 classes, or the PolNeAR train split's cue
 * annotations for what those classes lack; the file's header says more). A phrasal cue is a verb
 * and the one or two words right after it ({@code point_out}, {@code make_it_clear}).
 */
public final class CueLexicon {

    /** One cue: its lemma, the particle it needs ("" for none) and where it comes from. */
    public record Cue(String lemma, String particle, String source) {
    }

    private final Map<String, Cue> verbs = new HashMap<>();
    private final Map<String, Map<String, Cue>> phrasal = new HashMap<>();
    private final Set<String> addresseeVerbs = new HashSet<>();
    private final Set<String> objectVerbs = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> communicationVerbs = new HashSet<>();
    private final Set<String> indicateVerbs = new HashSet<>();
    private final Set<String> namingVerbs = new HashSet<>();
    private final java.util.TreeSet<String> prefixes = new java.util.TreeSet<>();
    private final Map<String, Cue> nouns = new HashMap<>();
    private final Map<String, Cue> passives = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Set<String> sourceless = new HashSet<>();

    private CueLexicon() {
    }

    /** The lexicon of cues.tsv. */
    public static CueLexicon standard() {
        return Standard.LEXICON;
    }

    /** Read once, on first use. */
    private static final class Standard {
        static final CueLexicon LEXICON = read("cues.tsv", "cues-polnear-train.tsv");
    }

    /**
     * The cue a noun's lemma makes ("criticism", "statement"), if any: the PolNeAR train split's noun cues
     * ({@code cues-polnear-train.tsv}, form {@code noun}).
     */
    public Optional<Cue> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }

    /**
     * The cue a passive participle's lemma makes after "be" ("is expected to", "was reported"), if any: the PolNeAR
     * train split's passive cues ({@code cues-polnear-train.tsv}, form {@code passive}).
     */
    public Optional<Cue> passive(String lemma) {
        return Optional.ofNullable(passives.get(lemma));
    }

    /** The cue a verb's lemma makes on its own, if any. */
    public Optional<Cue> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma));
    }

    /**
     * Whether a lemma may be a wrong reading of a cue: it is no cue itself but a cue starts with it
     * ("jok" of "joked" for "joke"), so the lemmatizer's other readings are worth asking for.
     */
    public boolean stem(String lemma) {
        if (lemma.length() < 3 || verbs.containsKey(lemma)) {
            return false;
        }
        String next = prefixes.ceiling(lemma);
        return next != null && next.startsWith(lemma);
    }

    /**
     * Whether the lemmatizer's first reading of a verb may be wrong, so its next readings are worth asking
     * for: a cut-short cue ({@link #stem}: "jok" of "joked"), or no verb WordNet 3.1 knows ("contende",
     * "shoute", "alleging" left as it stands). The finder and the error categories ask the same question.
     */
    public boolean misread(String lemma) {
        return stem(lemma) || lemma.length() > 2 && !verbs.containsKey(lemma)
                && org.claimbench.analysis.language.WordNet.shared().lexicographerFile(lemma, org.claimbench.analysis.language.WordNet.Pos.VERB).isEmpty();
    }

    /**
     * Whether the lemma is a cue whose attributions mostly name no source on PolNeAR train ("seem", "appear": the
     * writer's own hedge; {@code cues-polnear-train.tsv}, "with a source" under 0.5): its subject is no speaker.
     */
    public boolean sourceless(String lemma) {
        return sourceless.contains(lemma);
    }

    /** The cue a verb's lemma makes with the particle after it ("point" + "out"), if any. */
    public Optional<Cue> phrasal(String lemma, String particle) {
        Map<String, Cue> p = phrasal.get(lemma);
        return p == null ? Optional.empty() : Optional.ofNullable(p.get(particle));
    }

    /**
     * Whether the verb tells someone something, so a noun phrase right after it is the addressee and
     * not the content ("told reporters that …", "warned voters that …"): VerbNet's classes whose frames
     * have a Recipient before the message (tell-37.2, advise-37.9, promise-37.13, urge-58.1, inquire-37.1.2,
     * transfer_mesg-37.1.1-1-1).
     */
    public boolean takesAddressee(String lemma) {
        return addresseeVerbs.contains(lemma);
    }

    /**
     * Whether the verb's content may be a noun phrase, not only a clause: judging someone ("praised
     * him for …"), urging, ordering, refusing, naming, describing, wanting, planning and accusing
     * (VerbNet judgment-33.1, urge-58.1, order-58.3, reject-77.2, dub-29.3.2, characterize-29.2,
     * want-32.1, wish-62, long-32.2, suspect-81, defend-72.3, promote-102, reflexive_appearance-48.1.2).
     */
    public boolean takesObject(String lemma) {
        return objectVerbs.contains(lemma);
    }

    /**
     * Whether the verb reports speech itself (VerbNet say-37.7, tell-37.2, talk-37.5, lecture-37.11,
     * manner_speaking-37.3): its content is a clause or a quotation, and a noun phrase after it is a
     * time, a place or an addressee ("said Monday", "said in a statement"), not what was said.
     */
    public boolean reportsSpeech(String lemma) {
        return speechVerbs.contains(lemma);
    }

    /**
     * Whether the lexicon has the verb from one of VerbNet 3.4's verbs of communication (class 37: say, tell, talk, lecture,
     * manner_speaking, transfer_mesg, inquire, interrogate, complain, advise, confess, promise …), a wider set than
     * {@link #reportsSpeech}: "complained", "told", "asked" report what someone said, as "judged" or "discovered" do not.
     */
    public boolean communicates(String lemma) {
        return communicationVerbs.contains(lemma);
    }

    /**
     * Whether the lexicon has the verb from VerbNet 3.4's indicate-78 (show, suggest, indicate, reveal, confirm, explain …),
     * whose subject is a Cause, not an Agent: anything that shows something ("the figures show", "the days after the storm
     * showed that …") is its source, as PolNeAR annotates it.
     */
    public boolean indicates(String lemma) {
        return indicateVerbs.contains(lemma);
    }

    /**
     * Whether the lexicon has the verb from VerbNet 3.4's dub-29.3.2 (call, name, dub, term, label, brand …): it gives its
     * object a name or a label ("calls the ferry a lifeline"), as well as reporting a judgement ("called the plan reckless").
     */
    public boolean names(String lemma) {
        return namingVerbs.contains(lemma);
    }

    /** A VerbNet class of verbs of communication in a lexicon entry's source: class 37 and its subclasses ("complain-37.8"). */
    private static final java.util.regex.Pattern COMMUNICATION_CLASS = java.util.regex.Pattern.compile("[a-z_]+-37\\.");

    private static final Set<String> SPEECH_CLASSES = Set.of("say-37.7", "tell-37.2", "talk-37.5", "lecture-37.11", "manner_speaking-37.3");

    private static final Set<String> OBJECT_CLASSES = Set.of("judgment-33.1", "urge-58.1", "order-58.3", "reject-77.2", "dub-29.3.2",
            "characterize-29.2", "want-32.1", "wish-62", "long-32.2", "suspect-81", "defend-72.3", "promote-102", "reflexive_appearance-48.1.2");

    private static final Set<String> ADDRESSEE_CLASSES = Set.of("tell-37.2", "advise-37.9", "advise-37.9-1", "promise-37.13", "urge-58.1-1",
            "urge-58.1-1-1", "inquire-37.1.2", "transfer_mesg-37.1.1-1-1");

    /**
     * The lexicon of a hand-kept file (VerbNet classes, phrasal cues, and the members removed after measuring, as
     * comments ending "; removed: …") and a derived one (LEMMA, FORM verb/noun/passive, SOURCE; rebuilt by
     * {@code claimbench eval cues}): a derived verb adds to the first file's verbs unless the first lists or removed it.
     */
    static CueLexicon read(String resource, String derived) {
        CueLexicon lexicon = read(resource);
        for (String[] f : lines(derived, true)) {
            Cue cue = new Cue(f[0], "", f.length > 2 ? f[2] : "");
            if (withoutSource(cue.source())) {
                // "The plan seems sound": PolNeAR gives most such attributions no source; the subject is no speaker.
                lexicon.sourceless.add(f[0]);
                continue;
            }
            switch (f.length > 1 ? f[1] : "verb") {
                case "noun" -> lexicon.nouns.put(f[0], cue);
                case "passive" -> lexicon.passives.put(f[0], cue);
                default -> {
                    if (!lexicon.verbs.containsKey(f[0]) && !lexicon.removed.contains(f[0])) {
                        lexicon.verbs.put(f[0], cue);
                        lexicon.prefixes.add(f[0]);
                    }
                }
            }
        }
        return lexicon;
    }

    private static final java.util.regex.Pattern WITH_A_SOURCE = java.util.regex.Pattern.compile("with a source ([0-9.]+)");

    /** Whether a derived entry's attributions name a source less than half the time (its figures say "with a source 0.xx"). */
    private static boolean withoutSource(String source) {
        java.util.regex.Matcher m = WITH_A_SOURCE.matcher(source);
        return m.find() && Double.parseDouble(m.group(1)) < 0.5;
    }

    /** The tab-separated fields of a resource's lines; comment lines only where {@code skipComments} is false. */
    private static java.util.List<String[]> lines(String resource, boolean skipComments) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The cue lexicon " + resource + " is missing from the build: rebuild Claimbench with 'mvn package'.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !(skipComments && line.startsWith("#"))) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static CueLexicon read(String resource) {
        CueLexicon lexicon = new CueLexicon();
        for (String[] f : lines(resource, false)) {
            if (f[0].startsWith("# ") && f.length > 2 && f[2].contains("; removed:")) {
                lexicon.removed.add(f[0].substring(2));
            }
            if (f[0].startsWith("#")) {
                continue;
            }
            String word = f[0];
            String source = f.length > 2 ? f[2] : "";
            int underscore = word.indexOf('_');
            if (underscore > 0) {
                String lemma = word.substring(0, underscore);
                String particle = word.substring(underscore + 1).replace('_', ' ');
                lexicon.phrasal.computeIfAbsent(lemma, k -> new HashMap<>()).put(particle, new Cue(lemma, particle, source));
            } else {
                lexicon.verbs.put(word, new Cue(word, "", source));
                lexicon.prefixes.add(word);
            }
            if (underscore > 0) {
                continue;
            }
            String lemma = word;
            for (String c : ADDRESSEE_CLASSES) {
                if (source.contains(c + ",") || source.endsWith(c)) {
                    lexicon.addresseeVerbs.add(lemma);
                }
            }
            for (String c : OBJECT_CLASSES) {
                if (source.contains(c)) {
                    lexicon.objectVerbs.add(lemma);
                }
            }
            if (COMMUNICATION_CLASS.matcher(source).find()) {
                lexicon.communicationVerbs.add(lemma);
            }
            if (source.contains("indicate-78")) {
                lexicon.indicateVerbs.add(lemma);
            }
            if (source.contains("dub-29.3.2")) {
                lexicon.namingVerbs.add(lemma);
            }
            for (String c : SPEECH_CLASSES) {
                if (source.contains(c)) {
                    lexicon.speechVerbs.add(lemma);
                }
            }
        }
        return lexicon;
    }
}
