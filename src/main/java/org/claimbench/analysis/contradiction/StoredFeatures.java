package org.claimbench.analysis.contradiction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import org.claimbench.analysis.language.WordNet;

/**
 * A claim's features ({@link ClaimFeatures}) as bytes, to keep and read back instead of reading the claim again: reading them is
 * a third of a contradiction build's processor time (docs/speed.md, contradiction speed round 35). A stored form is trusted only
 * when it says it was made by the present code ({@link #version}: a hash of the bytes of every class and resource of the analysis
 * packages and of the WordNet and VADER data on the class path, so any change to what computes features makes every stored form
 * stale, with nothing to remember to bump) from the present inputs (the claim's quote, the text before it, its event and event
 * keys, and its reading: {@link #inputHash}); a stale, foreign or damaged form is read again from the claim, never an error.
 */
public final class StoredFeatures {

    /** The first byte of a stored form, and its layout's number (a new layout is a new {@link #version} too). */
    private static final int MAGIC = 0xCF;
    private static final int LAYOUT = 1;

    /** The magic byte, the version and the input hash. */
    private static final int HEADER = 17;

    private static volatile Long version;

    private StoredFeatures() {
    }

    /** The claim's features as bytes; null when it has no stored reading (its features are then read from a reading made anew). */
    public static byte[] encode(ClaimFacts facts) {
        return facts.reading().present() ? encode(new ClaimFeatures(facts, new QuantityReader())) : null;
    }

    /** The claim's features read from a stored form when that is the present code's for the claim as it is now, else read anew. */
    static ClaimFeatures featuresOf(ClaimFacts facts, byte[] stored, QuantityReader reader) {
        ClaimFeatures f = decode(facts, stored);
        return f != null ? f : new ClaimFeatures(facts, reader);
    }

    /**
     * Whether a stored form is whole and says it is the present code's for the claim as it is now (else it is to be made again):
     * its header and checksum only, not its fields (a form that passes and still does not read is read anew by the build).
     */
    public static boolean current(ClaimFacts facts, byte[] stored) {
        return whole(stored) && facts.reading().present() && java.nio.ByteBuffer.wrap(stored, 1, 16).getLong() == version()
                && java.nio.ByteBuffer.wrap(stored, 9, 8).getLong() == inputHash(facts);
    }

    /** Its magic byte and checksum as written. */
    private static boolean whole(byte[] stored) {
        if (stored == null || stored.length < HEADER + 4 || (stored[0] & 0xff) != MAGIC) {
            return false;
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(stored, 0, stored.length - 4);
        return (int) crc.getValue() == java.nio.ByteBuffer.wrap(stored, stored.length - 4, 4).getInt();
    }

    /** Every claim's features as bytes ({@link #encode(ClaimFacts)}), read on all cores, by the claims' places. */
    public static List<byte[]> encodeAll(List<ClaimFacts> claims) {
        List<byte[]> out = new ArrayList<>(claims.size());
        QuantityReader reader = new QuantityReader();
        Spread.inOrder(claims.size(), 1024, i -> {
            ClaimFacts f = claims.get(i);
            return f.reading().present() ? encode(new ClaimFeatures(f, reader)) : null;
        }, (b, i) -> out.add(b));
        return out;
    }

    static byte[] encode(ClaimFeatures f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(MAGIC);
            out.writeLong(version());
            out.writeLong(inputHash(f.facts));
            write(f, new FeatureStream.Writer(out));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // A CRC-32 of all before it closes the form: a damaged one is never read as another claim's features.
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] b = bytes.toByteArray();
        crc.update(b);
        byte[] out = Arrays.copyOf(b, b.length + 4);
        java.nio.ByteBuffer.wrap(out, b.length, 4).putInt((int) crc.getValue());
        return out;
    }

    /** The features a stored form holds; null when it is missing, of other code or other inputs, or damaged. */
    static ClaimFeatures decode(ClaimFacts facts, byte[] stored) {
        if (!whole(stored) || !facts.reading().present()) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, 0, stored.length - 4))) {
            in.readByte();
            if (in.readLong() != version() || in.readLong() != inputHash(facts)) {
                return null;
            }
            ClaimFeatures f = new ClaimFeatures(facts, new FeatureStream.Reader(in));
            return in.available() == 0 ? f : null;
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /**
     * A 64-bit FNV-1a hash of what a claim's features are read from: its quote, the text before it, its event and event keys,
     * and its reading's lemmas and tags (not its id, source or place, which the features do not read).
     */
    static long inputHash(ClaimFacts f) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, f.text());
        h = mix(h, f.lead());
        h = mix(h, f.event());
        for (String k : f.eventKeys()) {
            h = mix(h, k);
        }
        h = mix(h, "\u0001");
        ClaimReading r = f.reading();
        for (int i = 0; i < r.size(); i++) {
            h = mix(mix(h, r.lemma(i)), r.tag(i));
        }
        return h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ 0xffff) * 0x100000001b3L;
    }

    /**
     * The version of the code that computes features: a hash of the layout number, every class and resource under
     * org/claimbench/analysis on the class path (by name and bytes, in name order), and where the WordNet data and the VADER
     * lexicon come from (their jars' names carry their versions). Read once (some 40 ms).
     */
    public static long version() {
        Long v = version;
        if (v == null) {
            synchronized (StoredFeatures.class) {
                v = version;
                if (v == null) {
                    version = v = computeVersion();
                }
            }
        }
        return v;
    }

    private static long computeVersion() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update((byte) LAYOUT);
            for (var e : analysisEntries().entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update(e.getValue());
            }
            for (URL u : new URL[] {WordNet.class.getResource("/vader_sentiment_lexicon.txt"),
                    net.sf.extjwnl.dictionary.Dictionary.class.getProtectionDomain().getCodeSource().getLocation(),
                    dataLocation()}) {
                md.update(String.valueOf(u).getBytes(StandardCharsets.UTF_8));
            }
            byte[] d = md.digest();
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException | IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot read the analysis classes to version stored features", e);
        }
    }

    /** Where the WordNet dictionary's data is read from (a jar of its own), or null. */
    private static URL dataLocation() {
        return StoredFeatures.class.getClassLoader().getResource("net/sf/extjwnl/data/wordnet/wn31/res_properties.xml");
    }

    /** Every class and resource under org/claimbench/analysis where this class was loaded from (a jar or a folder), by name. */
    private static TreeMap<String, byte[]> analysisEntries() throws IOException, java.net.URISyntaxException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        java.nio.file.Path from = java.nio.file.Path.of(StoredFeatures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String prefix = "org/claimbench/analysis/";
        if (java.nio.file.Files.isDirectory(from)) {
            java.nio.file.Path root = from.resolve(prefix);
            try (var walk = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) walk.filter(java.nio.file.Files::isRegularFile)::iterator) {
                    out.put(prefix + root.relativize(p).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(p));
                }
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(from.toFile())) {
                for (var e : java.util.Collections.list(jar.entries())) {
                    if (e.getName().startsWith(prefix) && !e.isDirectory()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            out.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no analysis classes found at " + from);
        }
        return out;
    }

    /** Writes the fields {@link ClaimFeatures#ClaimFeatures(ClaimFacts, FeatureStream.Reader)} reads back, in its order. */
    private static void write(ClaimFeatures f, FeatureStream.Writer out) throws IOException {
        for (List<String> l : List.of(f.words, f.wordTags, f.nouns, f.negated, f.scoped, f.undenied, f.supposed, f.oppositesByPrefix)) {
            out.strings(l);
        }
        out.string(f.negationCue);
        out.bool(f.revisedDenial);
        out.integer(f.negationAt);
        out.bool(f.negatesAReport);
        out.size(f.quantities);
        for (Quantity q : f.quantities) {
            out.string(q.dimension());
            out.string(q.head());
            out.real(q.low());
            out.real(q.high());
            out.string(q.words());
            out.integer(q.start());
        }
        out.bool(f.countsParts);
        out.size(f.opposables);
        for (WordSenses.Opposable o : f.opposables) {
            out.string(o.word());
            out.integer(o.pos().ordinal());
            out.strings(o.antonyms());
            out.string(o.head());
        }
        out.ints(f.weekdays);
        out.ints(f.dates);
        out.size(f.timesOfDay);
        for (TimeOfDay t : f.timesOfDay) {
            out.string(t.words());
            out.integer(t.from());
            out.integer(t.to());
            out.string(t.zone());
        }
        out.size(f.statuses);
        for (ClaimFeatures.Status st : f.statuses) {
            out.integer(st.value().ordinal());
            out.string(st.cue());
            out.string(st.target());
            out.strings(st.agents());
        }
        out.string(f.immediate);
        out.string(f.condition);
        out.bool(f.openCondition);
        out.string(f.sequence);
        out.size(f.extents);
        for (ClaimFeatures.Extent e : f.extents) {
            out.string(e.word());
            out.string(e.noun());
            out.bool(e.universal());
        }
        out.string(f.unrestricted);
        out.string(f.onlyOnCondition);
        out.strings(f.coordinated);
        out.strings(f.compounds);
        out.strings(f.targets);
        out.string(f.judgementWords);
        out.size(f.judged);
        for (JudgementTargets.Judged j : f.judged) {
            out.string(j.target());
            out.real(j.valence());
            out.string(j.words());
        }
        out.bool(f.aboutTheEvent);
        out.bool(f.namesTheEvent);
        out.string(f.mediation.through());
        out.string(f.mediation.direct());
        out.strings(f.aspect.ended());
        out.strings(f.aspect.continued());
        out.strings(f.aspect.endedOn());
        out.strings(f.aspect.continuedOn());
        out.string(f.focus.only());
        out.string(f.focus.word());
        out.strings(f.focus.listed());
        out.strings(f.eventKeys);
        out.strings(f.specificKeys);
        out.bool(f.elsewhen);
        out.strings(f.shares.fixed());
        out.strings(f.shares.contingent());
        out.string(f.contrast);
        out.integer(f.contrastDistance);
        out.strings(f.deniedVerbs);
        out.strings(f.affirmedVerbs);
        out.strings(f.deniedActs);
        out.strings(f.stances.demanded());
        out.string(f.stances.demandCue());
        out.strings(f.stances.refused());
        out.string(f.stances.refusalCue());
        out.string(f.anaphora.anaphor());
        out.string(f.anaphora.antecedent());
        out.strings(f.anaphora.context());
    }


    static WordNet.Pos pos(int ordinal) {
        return WordNet.Pos.values()[ordinal];
    }
}
