package org.claimbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.domain.Contradiction;
import org.claimbench.domain.Source;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List the articles, sources, claims or contradictions of a workspace.")
final class ListCommand implements Callable<Integer> {

    enum What { articles, sources, claims, contradictions }

    record ArticleRow(long id, String title, String outlet, LocalDate published, int chars) {
    }

    record SourceRow(long id, String name, String colour, int claims) {
    }

    record ClaimRow(long id, long articleId, Integer start, Integer end, String quote, String source, String speaker, String topic,
                    String anchor, String markedQuote) {
    }

    record ContradictionRow(long id, long claimA, long claimB, String kind, String status, String note, String origin) {
    }

    @Parameters(index = "0", paramLabel = "WHAT", description = "articles, sources, claims or contradictions")
    What what;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace w = workspace.open()) {
            List<?> rows = switch (what) {
                case articles -> w.articles().stream().map(ListCommand::articleRow).toList();
                case sources -> w.sources().stream().map(s -> sourceRow(w, s)).toList();
                case claims -> w.claims().stream().map(c -> claimRow(w, c)).toList();
                case contradictions -> w.contradictions().stream().map(ListCommand::contradictionRow).toList();
            };
            if (json) {
                JsonOutput.print(out, rows);
            } else {
                rows.forEach(r -> out.println(line(r)));
                if (rows.isEmpty()) {
                    out.println("(no " + what + ")");
                }
            }
        }
        return 0;
    }

    private static ArticleRow articleRow(Article a) {
        return new ArticleRow(a.id(), a.title(), a.metadata().outlet(), a.metadata().published(), a.length());
    }

    private static SourceRow sourceRow(Workspace w, Source s) {
        return new SourceRow(s.id(), s.name(), s.colour(), w.claimCountsBySource().getOrDefault(s.id(), 0));
    }

    private static ClaimRow claimRow(Workspace w, Claim c) {
        // An orphan has no place: no offsets, rather than its old ones, which now point at other words.
        return new ClaimRow(c.id(), c.articleId(), c.hasPlace() ? c.start() : null, c.hasPlace() ? c.end() : null, c.exact(),
                w.source(c.sourceId()).map(Source::name).orElse("?"), c.speaker(),
                w.topic(c.topicId()).map(t -> t.label()).orElse(null), c.anchor().code(), c.isChanged() ? c.markedQuote() : null);
    }

    private static ContradictionRow contradictionRow(Contradiction x) {
        return new ContradictionRow(x.id(), x.claimA(), x.claimB(), x.kind().code(), x.status().code(), x.note(), x.origin().code());
    }

    private static String line(Object row) {
        if (row instanceof ArticleRow a) {
            return String.format(Locale.ROOT, "%4d  %-60s  %-20s  %-10s  %7d chars", a.id(), cut(a.title(), 60), cut(a.outlet(), 20),
                    a.published() == null ? "" : a.published(), a.chars());
        }
        if (row instanceof SourceRow s) {
            return String.format(Locale.ROOT, "%4d  %-24s  %s  %5d claims", s.id(), s.name(), s.colour(), s.claims());
        }
        if (row instanceof ClaimRow c) {
            String where = c.start() == null ? "orphan " : "[" + c.start() + "," + c.end() + ")";
            return String.format(Locale.ROOT, "%5d  article %-4d %s  %-16s  %-16s  “%s”%s", c.id(), c.articleId(), where,
                    cut(c.source(), 16), cut(c.speaker(), 16), cut(c.quote(), 70),
                    c.markedQuote() == null ? "" : "  (changed since marked: “" + cut(c.markedQuote(), 50) + "”)");
        }
        ContradictionRow x = (ContradictionRow) row;
        return String.format(Locale.ROOT, "%4d  claims %d and %d  %-9s  %-9s  %-9s  %s", x.id(), x.claimA(), x.claimB(), x.kind(),
                x.status(), x.origin(), x.note());
    }

    private static String cut(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
