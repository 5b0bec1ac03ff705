package org.claimbench.analysis.evaluation;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.claimbench.domain.TextSpan;

/**
 * Reads an attribution corpus in BRAT standoff laid out as PolNeAR's splits are (Newell, Margolin
 * and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR): {@code text/NAME.txt} beside
 * {@code attributions/NAME_ANNOTATOR.ann}, where each annotation file holds text-bound annotations
 * ({@code T1<TAB>Source 0 11<TAB>Pat Smith}, discontinuous ranges joined by {@code ;}) and
 * {@code Attribution} events joining them ({@code E1<TAB>Attribution:T4 Source:T1 Cue:T2 Content:T3}).
 *
 * <p>Rules a reader must know:
 * <ul>
 * <li>BRAT offsets count Unicode code points (brat is written in Python); they are turned into
 *     UTF-16 indices here.</li>
 * <li>Where several annotators' files exist for one text, the one whose annotator code sorts
 *     first is read (PolNeAR doubly annotated some texts for its agreement study), so a run is
 *     repeatable.</li>
 * <li>A text without an annotation file is left out (counted in {@link Result#unannotated()}).</li>
 * <li>A line of covered text may hold a line break (a content over two paragraphs): the lines
 *     after it that do not start an annotation belong to it.</li>
 * </ul>
 * A missing folder, an unreadable file or a malformed line throws {@link CorpusException} naming
 * the file and the line.
 */
public final class BratCorpus {

    /** What was read: the annotated documents by name, and the names of texts without annotation. */
    public record Result(List<GoldDocument> documents, List<String> unannotated) {
    }

    private static final Pattern ANNOTATION_FILE = Pattern.compile("(.+)_([^_]+)\\.ann");
    private static final Pattern ID_LINE = Pattern.compile("^([TERANM#*][0-9]*)\t");
    private static final Pattern TEXT_BOUND = Pattern.compile("^(T[0-9]+)\t(\\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)(?:\t(.*))?$");
    private static final Pattern EVENT = Pattern.compile("^(E[0-9]+)\t(\\S+):(\\S+)((?: \\S+:\\S+)*)\\s*$");

    private BratCorpus() {
    }

    /** Reads the corpus under {@code dir} (a split: the folder holding text/ and attributions/). */
    public static Result read(Path dir) {
        Path texts = dir.resolve("text");
        Path annotations = dir.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
            throw new CorpusException("'" + dir + "' is not an attribution corpus: it needs a folder text/ (NAME.txt) and a folder "
                    + "attributions/ (NAME_ANNOTATOR.ann), as each split of PolNeAR has. Give the split's folder, e.g. .../polnear/dev.");
        }
        Map<String, TreeMap<String, Path>> annotationFiles = new HashMap<>();
        for (Path p : list(annotations, ".ann")) {
            Matcher m = ANNOTATION_FILE.matcher(p.getFileName().toString());
            if (m.matches()) {
                annotationFiles.computeIfAbsent(m.group(1), k -> new TreeMap<>()).put(m.group(2), p);
            }
        }
        List<GoldDocument> docs = new ArrayList<>();
        List<String> unannotated = new ArrayList<>();
        List<Path> textFiles = list(texts, ".txt");
        if (textFiles.isEmpty()) {
            throw new CorpusException("'" + texts + "' holds no .txt file: put each text there as NAME.txt.");
        }
        for (Path t : textFiles) {
            String file = t.getFileName().toString();
            String name = file.substring(0, file.length() - 4);
            TreeMap<String, Path> byAnnotator = annotationFiles.get(name);
            if (byAnnotator == null) {
                unannotated.add(name);
                continue;
            }
            Map.Entry<String, Path> first = byAnnotator.firstEntry();
            String text = readUtf8(t);
            int underscore = name.indexOf('_');
            docs.add(new GoldDocument(name, underscore > 0 ? name.substring(0, underscore) : name, first.getKey(), text,
                    attributions(first.getValue(), text)));
        }
        if (docs.isEmpty()) {
            throw new CorpusException("No text in '" + texts + "' has an annotation file in '" + annotations
                    + "' (NAME_ANNOTATOR.ann beside NAME.txt).");
        }
        return new Result(docs, unannotated);
    }

    private record Bound(String type, List<TextSpan> spans) {
    }

    /** The Attribution events of one annotation file, their parts resolved to UTF-16 spans of {@code text}. */
    static List<GoldAttribution> attributions(Path file, String text) {
        List<String> lines = List.of(readUtf8(file).split("\n", -1));
        Map<String, Bound> bound = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        boolean inCoveredText = false;
        int codePoints = text.codePointCount(0, text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1) : lines.get(i);
            int lineNo = i + 1;
            if (!ID_LINE.matcher(line).find()) {
                if (inCoveredText || line.isBlank()) {
                    // The covered text of the annotation above goes on over a line break, or a blank line.
                    continue;
                }
                throw malformed(file, lineNo, line, "it does not start with an annotation id and a tab (T1<TAB>…, E1<TAB>…)");
            }
            inCoveredText = false;
            if (line.startsWith("T")) {
                Matcher m = TEXT_BOUND.matcher(line);
                if (!m.matches()) {
                    throw malformed(file, lineNo, line, "a text-bound annotation reads T<n><TAB>Type START END[;START END…]<TAB>covered text");
                }
                List<TextSpan> spans = new ArrayList<>();
                for (String range : m.group(3).split(";")) {
                    String[] se = range.split(" ");
                    int start = Integer.parseInt(se[0]);
                    int end = Integer.parseInt(se[1]);
                    if (start > end || end > codePoints) {
                        throw malformed(file, lineNo, line, "the range " + range + " lies outside the text's " + codePoints + " characters");
                    }
                    spans.add(new TextSpan(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
                }
                bound.put(m.group(1), new Bound(m.group(2), spans));
                inCoveredText = true;
            } else if (line.startsWith("E")) {
                Matcher m = EVENT.matcher(line);
                if (!m.matches()) {
                    throw malformed(file, lineNo, line, "an event reads E<n><TAB>Type:T<n> Role:T<n> …");
                }
                events.add(line.split("\t", 2)[1].strip().split(" "));
                eventLines.add(lineNo);
            }
            // Attributes (A), relations (R), normalisations (N) and notes (#) do not change an attribution.
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            String[] args = events.get(e);
            // PolNeAR has two event types: Attribution, and Attribution-no-source (an attribution whose source is not in the text).
            if (!args[0].startsWith("Attribution")) {
                continue;
            }
            Map<String, List<TextSpan>> roles = new HashMap<>();
            for (int a = 1; a < args.length; a++) {
                String[] rv = args[a].split(":", 2);
                Bound b = bound.get(rv[1]);
                if (b == null) {
                    throw malformed(file, eventLines.get(e), String.join(" ", args), "it names " + rv[1] + ", which the file does not define");
                }
                // PolNeAR names roles Source, Cue and Content; a repeated role ("Content2") adds fragments.
                String role = rv[0].replaceAll("[0-9]+$", "");
                roles.computeIfAbsent(role, k -> new ArrayList<>()).addAll(b.spans());
            }
            out.add(new GoldAttribution(roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue", List.of()),
                    roles.getOrDefault("Content", List.of())));
        }
        return out;
    }

    private static CorpusException malformed(Path file, int line, String content, String why) {
        String shown = content.length() > 80 ? content.substring(0, 79) + "…" : content;
        return new CorpusException(file + ", line " + line + ": '" + shown + "' is not BRAT standoff: " + why + ".");
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list '" + dir + "': " + e.getMessage());
        }
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s;
        } catch (CharacterCodingException e) {
            throw new CorpusException("'" + file + "' is not UTF-8 text: save it as UTF-8 (BRAT offsets count its characters).");
        } catch (IOException e) {
            throw new CorpusException("Cannot read '" + file + "': " + e.getMessage());
        }
    }
}
