package org.claimbench.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimbench.ui.article.ParagraphPieces;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `claimbench bench paragraphs`: what a pane costs to lay out a long article given as one paragraph,
 * against the same text in lines, with and without {@link ParagraphPieces}: the time to show the text
 * (set it, lay it out and draw it: a snapshot of the scene) and to scroll a screen down and draw it,
 * medians of several runs, in the same kind of text area a pane uses (wrapped, 800 × 900 pixels).
 */
@Command(name = "paragraphs", description = "Time showing and scrolling a long article in one paragraph against the same text in lines.")
final class ParagraphBench implements Callable<Integer> {

    @Option(names = "--kb", defaultValue = "600", description = "Size of the article in KB (default 600).")
    int kb;

    @Option(names = "--runs", defaultValue = "5", description = "Runs of each measure (default 5).")
    int runs;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--display", description = "Use the real display instead of the headless platform.")
    boolean display;

    @Override
    public Integer call() throws Exception {
        String oneParagraph = article(kb * 1024);
        String lines = oneParagraph.replace(". ", ".\n");
        HeadlessFx.start(!display, 1000, 1000);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("articleChars", oneParagraph.length());
        measure(figures, "lines", lines);
        measure(figures, "oneParagraphWhole", oneParagraph);
        measure(figures, "oneParagraphInPieces", ParagraphPieces.of(oneParagraph));
        HeadlessFx.stop();
        if (json) {
            System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } else {
            figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-36s %s%n", k, v));
        }
        return 0;
    }

    /** Generated news-like sentences, one paragraph of about {@code chars} characters. */
    private static String article(int chars) {
        String[] subjects = {"The delegation", "A Kremlin aide", "The White House", "Officials in Kyiv", "European ministers"};
        String[] verbs = {"said", "stressed", "denied", "confirmed", "suggested"};
        String[] rest = {"that the talks on the ceasefire would continue next week", "that the call had lasted about two hours",
            "that no agreement on the exchange of prisoners was reached", "that the sanctions would stay in place for now",
            "that the next round could be held in Istanbul or Riyadh"};
        StringBuilder sb = new StringBuilder(chars + 200);
        for (int i = 0; sb.length() < chars; i++) {
            sb.append(subjects[i % 5]).append(' ').append(verbs[(i / 5) % 5]).append(' ').append(rest[(i / 25) % 5])
                    .append(", in remarks number ").append(i).append(". ");
        }
        return sb.toString().strip();
    }

    private void measure(Map<String, Object> figures, String name, String shown) throws Exception {
        List<Double> show = new ArrayList<>();
        List<Double> scroll = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            InlineCssTextArea area = HeadlessFx.call(() -> {
                InlineCssTextArea a = new InlineCssTextArea();
                a.setWrapText(true);
                a.setEditable(false);
                Stage stage = new Stage();
                stage.setScene(new Scene(new VirtualizedScrollPane<>(a), 800, 900));
                stage.show();
                return a;
            });
            HeadlessFx.settle(2);
            show.add(HeadlessFx.call(() -> {
                long t0 = System.nanoTime();
                area.replaceText(shown);
                area.getScene().getRoot().applyCss();
                area.getScene().getRoot().layout();
                area.getScene().snapshot(null);
                return (System.nanoTime() - t0) / 1e6;
            }));
            HeadlessFx.settle(2);
            for (int i = 0; i < 10; i++) {
                scroll.add(HeadlessFx.call(() -> {
                    long t0 = System.nanoTime();
                    area.scrollYBy(850);
                    area.getScene().getRoot().layout();
                    area.getScene().snapshot(null);
                    return (System.nanoTime() - t0) / 1e6;
                }));
            }
            HeadlessFx.call(() -> {
                area.getScene().getWindow().hide();
                return null;
            });
        }
        figures.put(name + "ShowMs", median(show));
        figures.put(name + "ScrollScreenMs", median(scroll));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Math.round(sorted.get(sorted.size() / 2) * 10) / 10.0;
    }
}
