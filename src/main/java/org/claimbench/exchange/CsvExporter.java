package org.claimbench.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.domain.Verdict;
import org.claimbench.domain.WorkspaceContent;

/**
 * Exports claims and contradictions as two CSV files for spreadsheets: claims.csv (one row per
 * claim) and contradictions.csv (both quotes, sources and topics side by side). RFC 4180 quoting by
 * Commons CSV; a cell that starts with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe so that a spreadsheet shows it as text instead of running it as a formula.
 *
 * <p>Offsets: {@code start} and {@code end} count Unicode code points, as the W3C and REFI-QDA
 * exports do; {@code start_utf16} and {@code end_utf16} count UTF-16 units, as the app and the JSON
 * export do. An orphan (its words are gone from the article) has no offsets: they are empty and its
 * {@code state} says {@code orphan}; a claim changed since marked says {@code changed} and gives the
 * words it was marked on in {@code marked_quote}. Scores are rounded to three decimals.
 */
public final class CsvExporter {

    public static final String CLAIMS_FILE = "claims.csv";
    public static final String CONTRADICTIONS_FILE = "contradictions.csv";

    /** Writes both files into folder (created if missing); returns their paths. */
    public List<Path> write(WorkspaceContent w, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("'" + folder + "' is a file; the CSV export writes claims.csv and contradictions.csv into a folder. Name a folder.");
        }
        Files.createDirectories(folder);
        Map<Long, Article> articles = new HashMap<>();
        w.articles().forEach(a -> articles.put(a.id(), a));
        Map<Long, Source> sources = new HashMap<>();
        w.sources().forEach(s -> sources.put(s.id(), s));
        Map<Long, String> topics = new HashMap<>();
        w.topics().forEach(t -> topics.put(t.id(), t.label()));
        Map<Long, Claim> claims = new HashMap<>();
        Map<Long, Verdict> verdicts = new HashMap<>();
        w.verdicts().forEach(v -> verdicts.put(v.claimId(), v));
        List<Claim> all = w.claims();
        all.forEach(c -> claims.put(c.id(), c));

        Path claimsFile = folder.resolve(CLAIMS_FILE);
        atomically(claimsFile, out -> {
            try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("claim_id", "article_id", "article", "outlet", "published", "event",
                    "quote", "source", "speaker", "topic", "verdict", "verdict_explanation", "reviewer", "note", "state", "marked_quote",
                    "start", "end", "start_utf16", "end_utf16").build().print(out)) {
                Map<Long, String> texts = new HashMap<>();
                for (Claim c : all) {
                    Article a = articles.get(c.articleId());
                    String text = c.hasPlace() ? texts.computeIfAbsent(c.articleId(), w::text) : "";
                    csv.printRecord(c.id(), c.articleId(), cell(a == null ? "" : a.title()), cell(a == null ? "" : a.metadata().outlet()),
                            a == null || a.metadata().published() == null ? "" : a.metadata().published().toString(),
                            cell(a == null ? "" : a.metadata().event()), cell(c.exact()), cell(name(sources, c.sourceId())),
                            cell(c.speaker()), cell(c.topicId() == null ? "" : topics.getOrDefault(c.topicId(), "")),
                            cell(verdict(verdicts, c.id(), Verdict::rating)), cell(verdict(verdicts, c.id(), Verdict::explanation)),
                            cell(verdict(verdicts, c.id(), Verdict::reviewer)), cell(c.note()), c.anchor().code(), cell(c.markedQuote()),
                            c.hasPlace() ? text.codePointCount(0, c.start()) : "", c.hasPlace() ? text.codePointCount(0, c.end()) : "",
                            c.hasPlace() ? c.start() : "", c.hasPlace() ? c.end() : "");
                }
            }
        });
        Path contradictionsFile = folder.resolve(CONTRADICTIONS_FILE);
        atomically(contradictionsFile, out -> {
            try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("contradiction_id", "kind", "status", "note", "origin", "score",
                    "claim_a", "source_a", "topic_a", "quote_a", "article_a", "claim_b", "source_b", "topic_b", "quote_b", "article_b").build().print(out)) {
                for (Contradiction x : w.contradictions()) {
                    Claim a = claims.get(x.claimA());
                    Claim b = claims.get(x.claimB());
                    if (a == null || b == null) {
                        continue;
                    }
                    csv.printRecord(x.id(), x.kind().code(), x.status().code(), cell(x.note()), x.origin().code(),
                            x.score() == null ? "" : java.math.BigDecimal.valueOf(x.score()).setScale(3, java.math.RoundingMode.HALF_UP)
                                    .stripTrailingZeros().toPlainString(),
                            a.id(), cell(name(sources, a.sourceId())), cell(topic(topics, a)), cell(a.exact()), cell(title(articles, a.articleId())),
                            b.id(), cell(name(sources, b.sourceId())), cell(topic(topics, b)), cell(b.exact()), cell(title(articles, b.articleId())));
                }
            }
        });
        return List.of(claimsFile, contradictionsFile);
    }

    /** Text a spreadsheet will not take for a formula. */
    static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char first = s.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + s : s;
    }

    private static String verdict(Map<Long, Verdict> verdicts, long claimId, java.util.function.Function<Verdict, String> part) {
        Verdict v = verdicts.get(claimId);
        return v == null ? "" : part.apply(v);
    }

    private static String name(Map<Long, Source> sources, long id) {
        Source s = sources.get(id);
        return s == null ? "" : s.name();
    }

    private static String topic(Map<Long, String> topics, Claim c) {
        return c.topicId() == null ? "" : topics.getOrDefault(c.topicId(), "");
    }

    private static String title(Map<Long, Article> articles, long id) {
        Article a = articles.get(id);
        return a == null ? "" : a.title();
    }

    @FunctionalInterface
    private interface Body {
        void write(Writer out) throws IOException;
    }

    /** UTF-8 with a byte order mark, so spreadsheet programs do not read it in the system code page. */
    private static void atomically(Path target, Body body) throws IOException {
        AtomicWrite.to(target, stream -> {
            Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            body.write(out); // the CSV printer flushes and closes the writer
        });
    }
}
