package org.claimbench.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;

/**
 * PDF (official readouts, press releases): the text of each page in the order the document writes
 * it (Apache PDFBox's text stripper, which also follows article beads), as paragraphs: the lines of
 * a paragraph joined by a space, a word hyphenated at a line's end joined again ("negoti-" + "ations"
 * when the next line goes on in lower case); a page's last sentence ends its paragraph when the
 * next page begins with a capital. Running headers and footers (a line among the first or
 * last two of a page that recurs, digits aside, on at least half the pages) and page numbers
 * ("3", "- 3 -", "Page 3 of 7") are left out. A PDF with pages but no text is a scan and is refused
 * with what to do.
 */
final class PdfFormat {

    /**
     * PDFBox reports through java.util.logging each repair it makes to a damaged file and each font it
     * substitutes: the import's own message says what the user needs, so these stay off the console.
     * Held here because java.util.logging keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX.setLevel(java.util.logging.Level.OFF);
    }

    /** Marks a paragraph's end in the stripper's output; a character no PDF text uses (a noncharacter). */
    private static final String PARAGRAPH_END = "\uFDD0";
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s*)?[-–—(\\[]?\\s*\\d{1,4}\\s*[-–—)\\]]?(\\s*(of|/)\\s*\\d{1,4})?$");

    static boolean looksLike(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    ArticleDraft parse(byte[] bytes, String fileName) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<List<String>> pages = pages(doc);
            String text = Texts.normalise(paragraphs(withoutRunningLines(pages)));
            if (text.isEmpty()) {
                throw new ImportException("'" + fileName + "' has no text layer: its " + doc.getNumberOfPages()
                        + (doc.getNumberOfPages() == 1 ? " page is an image" : " pages are images") + " (a scan). "
                        + "Run it through OCR first (for example ocrmypdf), then import the result.");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            String author = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getAuthor();
            String t = title == null || title.isBlank() || title.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(docx?|pdf|indd)$")
                    ? Texts.titleFrom(text, fileName) : Texts.normalise(title);
            return new ArticleDraft(new ArticleMetadata(t, "", author, "", null, "", ""), text);
        } catch (InvalidPasswordException e) {
            throw new ImportException("'" + fileName + "' is protected by a password. Open it, save a copy without the password, and import that.", e);
        } catch (IOException e) {
            throw new ImportException("'" + fileName + "' is not a readable PDF (" + e.getMessage() + "). Open it and save it again as PDF, "
                    + "or copy its text and use Paste text.", e);
        }
    }

    /** Each page's lines; a paragraph's last line ends with {@link #PARAGRAPH_END}. */
    private static List<List<String>> pages(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd(PARAGRAPH_END);
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(doc).split("\n")) {
                if (!line.replace(PARAGRAPH_END, "").isBlank()) {
                    lines.add(line);
                } else if (line.contains(PARAGRAPH_END) && !lines.isEmpty()) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + PARAGRAPH_END);
                }
            }
            pages.add(lines);
        }
        return pages;
    }

    /** A line of a page, the length of the page's longest line (in characters), and whether it is the page's last. */
    private record Line(String text, int pageWidth, boolean lastOfPage) {
    }

    /** The pages' lines without running headers, footers and page numbers. */
    private static List<Line> withoutRunningLines(List<List<String>> pages) {
        Map<String, Integer> recurring = new HashMap<>();
        for (List<String> page : pages) {
            edges(page).stream().map(PdfFormat::shape).distinct().forEach(s -> recurring.merge(s, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<Line> out = new ArrayList<>();
        for (List<String> page : pages) {
            int width = page.stream().mapToInt(l -> l.replace(PARAGRAPH_END, "").strip().length()).max().orElse(0);
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                boolean edge = i < 2 || i >= page.size() - 2;
                String bare = line.replace(PARAGRAPH_END, "").strip();
                if (edge && (PAGE_NUMBER.matcher(bare).matches() || pages.size() > 1 && recurring.getOrDefault(shape(line), 0) >= needed)) {
                    continue;
                }
                out.add(new Line(line, width, false));
            }
            if (!out.isEmpty() && !out.get(out.size() - 1).lastOfPage()) {
                Line last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Line(last.text(), last.pageWidth(), true));
            }
        }
        return out;
    }

    private static List<String> edges(List<String> page) {
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (i < 2 || i >= page.size() - 2) {
                edges.add(page.get(i));
            }
        }
        return edges;
    }

    /** A line as it recurs from page to page: digits (page numbers, dates) aside. */
    private static String shape(String line) {
        return line.replace(PARAGRAPH_END, "").strip().replaceAll("\\d+", "#");
    }

    /**
     * Lines joined into paragraphs: a space between lines, a hyphenated word joined, a blank line after
     * each paragraph. A paragraph also ends at a line that was not wrapped: one the next line's first
     * word would have fitted after (a headline, a dateline, the last line of a paragraph the stripper
     * did not see end), since text wraps only when the next word does not fit.
     */
    private static String paragraphs(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).text();
            String line = raw.replace(PARAGRAPH_END, "").strip();
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                int last = sb.length() - 1;
                boolean hyphenated = sb.charAt(last) == '-' && last > 0 && Character.isLetter(sb.charAt(last - 1))
                        && !line.isEmpty() && Character.isLowerCase(line.charAt(0));
                if (hyphenated) {
                    sb.setLength(last);
                } else {
                    sb.append(' ');
                }
            }
            sb.append(line);
            boolean ends = raw.endsWith(PARAGRAPH_END) || i + 1 < lines.size()
                    && (!wrapped(line, lines.get(i + 1)) || lines.get(i).lastOfPage() && endsSentenceBefore(line, lines.get(i + 1)));
            if (ends) {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    /** A page that ends with a sentence, the next beginning with a capital: the paragraph ends with the page. */
    private static boolean endsSentenceBefore(String line, Line next) {
        String following = next.text().replace(PARAGRAPH_END, "").strip();
        return line.matches(".*[.!?][\"'\u201D\u2019)]?$") && !following.isEmpty() && Character.isUpperCase(following.charAt(0));
    }

    /** Whether a line was wrapped before the next line's first word: that word would not have fitted (10 % slack for proportional type). */
    private static boolean wrapped(String line, Line next) {
        if (line.endsWith("-")) {
            return true;
        }
        String following = next.text().replace(PARAGRAPH_END, "").strip();
        int space = following.indexOf(' ');
        int firstWord = space < 0 ? following.length() : space;
        return line.length() + 1 + firstWord > 0.9 * next.pageWidth();
    }
}
