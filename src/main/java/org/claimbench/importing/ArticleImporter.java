package org.claimbench.importing;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.claimbench.domain.ArticleDraft;

/**
 * Reads article files (.txt, .md, .html/.htm) and pasted text. Every problem becomes an
 * ImportException whose message names the file and says what to do; the caller goes on with the
 * rest of its batch.
 */
public final class ArticleImporter {

    /** Larger files are refused: no news article is this long, and a pane would need seconds to lay it out. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ArticleFormat text = new PlainTextFormat();
    private final ArticleFormat markdown = new MarkdownFormat();
    private final ArticleFormat html = new HtmlFormat();

    public ImportedArticle importFile(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = read(file, name);
        if (bytes.length == 0) {
            throw new ImportException("'" + name + "' is empty. Choose a file that holds the article's text.");
        }
        DecodedText decoded = TextDecoder.decode(bytes, name);
        ArticleFormat format = formatFor(name, decoded.text());
        ArticleDraft draft;
        try {
            draft = format.parse(stripMark(decoded.text()), name);
        } catch (IllegalArgumentException e) {
            throw new ImportException("'" + name + "' holds no readable text. Choose a file that holds the article's text.");
        }
        return new ImportedArticle(draft, name, decoded.encoding());
    }

    /** Pasted text; title blank means "use the first line". HTML pasted from a browser is recognised. */
    public ImportedArticle importPasted(String content, String title) throws ImportException {
        if (content == null || content.isBlank()) {
            throw new ImportException("There is no text to add. Paste the article's text first.");
        }
        ArticleDraft draft = formatFor("pasted text", content).parse(content, "Pasted text");
        if (title != null && !title.isBlank()) {
            draft = new ArticleDraft(draft.metadata().withTitle(title), draft.text());
        }
        return new ImportedArticle(draft, "pasted text", java.nio.charset.StandardCharsets.UTF_8);
    }

    public static boolean isSupported(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || n.endsWith(".markdown")
                || n.endsWith(".html") || n.endsWith(".htm");
    }

    private ArticleFormat formatFor(String name, String content) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return html;
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return markdown;
        }
        String head = content.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return html;
        }
        return text;
    }

    private static String stripMark(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static byte[] read(Path file, String name) throws ImportException {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("'" + name + "' is a folder. Choose the article files inside it.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(String.format(Locale.ROOT,
                        "'%s' is %.1f MB; Claimbench imports articles up to 20 MB. Split it into smaller files.", name, size / 1048576.0));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("'" + file + "' does not exist. Check the path and try again.", e);
        } catch (AccessDeniedException e) {
            throw new ImportException("'" + name + "' cannot be read: permission denied. Check the file's permissions.", e);
        } catch (IOException e) {
            throw new ImportException("'" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }
}
