package org.claimbench.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimbench.domain.TextNormaliser;
import org.jsoup.Jsoup;

/**
 * Measures how well HTML import finds a page's article, on a folder in the layout of Mozilla
 * Readability's test pages (test/test-pages in github.com/mozilla/readability): one folder per page
 * holding source.html (the saved page), expected.html (its article) and expected-metadata.json
 * (with its "title"). Every source page goes through {@link ArticleImporter#importFile}, as a user's
 * file would; its text is compared with the expected article's as bags of words ({@link BagOfWords}),
 * its title with the expected title (blanks collapsed, NFC). A page the importer refuses scores 0.
 */
public final class ExtractionEvaluation {

    /** A page counts as well extracted at or above this F1. */
    public static final double GOOD_F1 = 0.9;

    /** One page's figures; refusal is the importer's message when it refused the page, else null. */
    public record Page(String name, BagOfWords.Score score, boolean titleRight, String expectedTitle, String title, String refusal) {
    }

    /**
     * Figures over all pages: the mean F1, the share of pages at or above {@link #GOOD_F1}, the share of right
     * titles among the pages whose expected metadata names one.
     */
    public record Result(List<Page> pages, double meanF1, double shareGood, double titleAccuracy, List<String> refused) {
    }

    private final ArticleImporter importer;

    public ExtractionEvaluation(ArticleImporter importer) {
        this.importer = importer;
    }

    /** Scores every page folder under {@code dir} (in byte order of the names); throws if there is none. */
    public Result run(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        if (folders.isEmpty()) {
            throw new IOException("'" + dir + "' holds no test pages: each page is a folder with source.html, expected.html "
                    + "and expected-metadata.json, as in Mozilla Readability's test/test-pages.");
        }
        List<Page> pages = new ArrayList<>();
        for (Path f : folders) {
            pages.add(page(f));
        }
        double mean = pages.stream().mapToDouble(p -> p.score().f1()).average().orElse(0);
        double good = (double) pages.stream().filter(p -> p.score().f1() >= GOOD_F1).count() / pages.size();
        // A page whose expected metadata has no title (a test of the text alone) does not count for titles:
        // an imported article always has one.
        List<Page> titled = pages.stream().filter(p -> !p.expectedTitle().isBlank()).toList();
        double titles = titled.isEmpty() ? 1 : (double) titled.stream().filter(Page::titleRight).count() / titled.size();
        List<String> refused = pages.stream().filter(p -> p.refusal() != null).map(Page::name).toList();
        return new Result(pages, mean, good, titles, refused);
    }

    private Page page(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        String expectedHtml = Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8);
        BagOfWords expected = BagOfWords.of(HtmlText.visibleText(Jsoup.parse(expectedHtml).body()));
        String expectedTitle = expectedTitle(folder.resolve("expected-metadata.json"));
        try {
            ImportedArticle a = importer.importFile(folder.resolve("source.html"));
            String title = a.draft().metadata().title();
            BagOfWords.Score score = BagOfWords.of(a.draft().text()).against(expected);
            return new Page(name, score, expectedTitle.isBlank() || sameTitle(expectedTitle, title), expectedTitle, title, null);
        } catch (ImportException e) {
            return new Page(name, new BagOfWords.Score(0, 0, 0), false, expectedTitle, "", e.getMessage());
        }
    }

    private static String expectedTitle(Path metadata) throws IOException {
        if (!Files.isRegularFile(metadata)) {
            return "";
        }
        JsonNode m = new ObjectMapper().readTree(metadata.toFile());
        return m.path("title").isTextual() ? m.get("title").asText() : "";
    }

    static boolean sameTitle(String expected, String actual) {
        return comparable(expected).equals(comparable(actual));
    }

    private static String comparable(String title) {
        return TextNormaliser.quote(title).replaceAll("\\s+", " ");
    }
}
