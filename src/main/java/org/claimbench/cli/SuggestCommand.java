package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.claimbench.analysis.ClaimSuggester;
import org.claimbench.analysis.ClaimSuggestion;
import org.claimbench.analysis.SpeakerTable;
import org.claimbench.domain.Article;
import org.claimbench.domain.Claim;
import org.claimbench.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "suggest", description = "Suggest likely claims (and, later, contradictions), each with its reason.",
        subcommands = SuggestCommand.Claims.class)
final class SuggestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "claims", description = "Likely claims (attributed statements and the outlet's own assertions) not yet marked.")
    static final class Claims implements Callable<Integer> {

        record Row(long articleId, int start, int end, String quote, String speaker, String source, double score, String reason) {
        }

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ClaimSuggester suggester = new ClaimSuggester(SpeakerTable.defaults());
            List<Row> rows = new ArrayList<>();
            try (Workspace w = workspace.open()) {
                for (Article a : w.articles()) {
                    String text = w.text(a.id());
                    List<Claim> marked = w.claimsOf(a.id());
                    for (ClaimSuggestion s : suggester.suggest(a.id(), text)) {
                        // Already marked (overlapping a claim by half or more): nothing to suggest.
                        boolean known = marked.stream().anyMatch(c -> 2 * (Math.min(c.end(), s.span().end())
                                - Math.max(c.start(), s.span().start())) >= Math.min(c.span().length(), s.span().length()));
                        if (!known) {
                            rows.add(new Row(a.id(), s.span().start(), s.span().end(), text.substring(s.span().start(), s.span().end()),
                                    s.speaker(), s.source(), s.score(), s.reason()));
                        }
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                JsonOutput.print(out, rows);
            } else {
                for (Row r : rows) {
                    out.printf(Locale.ROOT, "article %d [%d,%d) %-16s %-20s “%s”%n      because %s%n", r.articleId(), r.start(), r.end(),
                            r.source(), r.speaker(), r.quote().length() > 90 ? r.quote().substring(0, 89) + "…" : r.quote(), r.reason());
                }
                out.println(rows.size() + " suggestions");
            }
            return 0;
        }
    }
}
