package org.claimbench.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.claimbench.domain.ArticleDraft;

/**
 * Reads articles: files (.txt, .md, .html/.htm, .pdf, .docx), pasted text and pages fetched by
 * their URL. Every problem becomes an ImportException whose message names the file and says what
 * to do; the caller goes on with the rest of its batch. A format's parser failing on malformed input
 * is such a problem too, never an exception of another kind.
 */
public final class ArticleImporter {

    /** Larger files are refused: no news article is this long, and a pane would need seconds to lay it out. */
    public static final long MAX_BYTES = ArticleFiles.MAX_BYTES;

    private final ArticleFormat text = new PlainTextFormat();
    private final ArticleFormat markdown = new MarkdownFormat();
    private final HtmlFormat html = new HtmlFormat();
    private final PdfFormat pdf = new PdfFormat();
    private final DocxFormat docx = new DocxFormat();
    /** Made on first use: its HTTP client starts a thread. */
    private PageFetcher fetcher;

    public ImportedArticle importFile(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = ArticleFiles.read(file, name);
        return importBytes(bytes, name, name, Optional.empty(), "");
    }

    /**
     * A page fetched by its URL ({@link PageFetcher}): read by the type the server gave it (HTML, PDF,
     * plain text), its charset from the server or the page; the URL it came from (after redirects) and
     * when it was fetched are kept with the article (its URL and its notes).
     */
    public ImportedArticle importUrl(String url) throws ImportException {
        java.net.URI uri = PageFetcher.parse(url);
        if (fetcher == null) {
            fetcher = new PageFetcher();
        }
        PageFetcher.Page page = fetcher.fetch(uri);
        String type = PageFetcher.mediaType(page.contentType());
        String formatName = type.equals("application/pdf") ? "page.pdf"
                : type.contains("html") || type.isEmpty() ? "page.html"
                : type.equals("text/markdown") ? "page.md"
                : type.startsWith("text/") ? "page.txt"
                : type.contains("wordprocessingml") ? "page.docx" : null;
        if (formatName == null) {
            throw new ImportException(url + " is not an article (the server sent " + type + "). Give the address of the article's page.");
        }
        String from = page.uri().toString();
        ImportedArticle a = importBytes(page.body(), url, formatName, PageFetcher.charset(page.contentType()), from);
        org.claimbench.domain.ArticleMetadata m = a.draft().metadata();
        String fetched = "Fetched from " + from + " on " + java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                page.fetched().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + ".";
        org.claimbench.domain.ArticleMetadata withSource = new org.claimbench.domain.ArticleMetadata(m.title(), m.outlet(), m.author(),
                from, m.published(), m.language(), m.notes().isBlank() ? fetched : m.notes() + "\n" + fetched, m.event());
        return new ImportedArticle(new ArticleDraft(withSource, a.draft().text()), url, a.encoding());
    }

    /**
     * An article from its bytes: {@code name} names it in messages, {@code formatName}'s extension tells
     * the format (else the content does), {@code declaredCharset} what a server said the text is in, {@code url} where a
     * fetched page came from (blank for a file).
     */
    ImportedArticle importBytes(byte[] bytes, String name, String formatName, Optional<String> declaredCharset, String url)
            throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException("'" + name + "' is empty. Choose a file that holds the article's text.");
        }
        String n = formatName.toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".pdf") || PdfFormat.looksLike(bytes)) {
                return new ImportedArticle(datedByHeader(pdf.parse(bytes, name)), name, StandardCharsets.UTF_8);
            }
            if (n.endsWith(".docx") || DocxFormat.looksLike(bytes)) {
                return new ImportedArticle(datedByHeader(docx.parse(bytes, name)), name, StandardCharsets.UTF_8);
            }
            boolean isHtml = isHtmlName(n);
            DecodedText decoded = TextDecoder.decode(bytes, name, declaredCharset, isHtml || looksLikeHtml(bytes));
            String content = stripMark(decoded.text());
            ArticleDraft draft = isHtml || (!isMarkdownName(n) && looksLikeHtml(content))
                    ? html.parse(content, name, url)
                    : formatFor(n).parse(content, name);
            return new ImportedArticle(datedByHeader(draft), name, decoded.encoding());
        } catch (IllegalArgumentException e) {
            throw new ImportException("'" + name + "' holds no readable text. Choose a file that holds the article's text.");
        } catch (StackOverflowError e) {
            throw new ImportException("'" + name + "' is nested too deeply to read (a page built of thousands of elements inside "
                    + "one another). Save its text as a plain text file and import that.");
        } catch (OutOfMemoryError e) {
            throw new ImportException("'" + name + "' is too big to read in the memory Claimbench has ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). Split it into smaller files, or give Java more memory (-Xmx).");
        } catch (RuntimeException e) {
            throw new ImportException("'" + name + "' could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Save its text as a plain text file and import that.", e);
        }
    }

    /**
     * {@code draft}, dated by its header ({@link HeaderDates}: a labelled date line, a dateline) where its format gave no
     * date (a page's metadata, a document's properties win).
     */
    private static ArticleDraft datedByHeader(ArticleDraft draft) {
        if (draft.metadata().publishedDate().isPresent()) {
            return draft;
        }
        return HeaderDates.published(draft.text())
                .map(day -> new ArticleDraft(draft.metadata().withPublished(day), draft.text(), draft.origin())).orElse(draft);
    }

    /** Pasted text; title blank means "use the first line". HTML pasted from a browser is recognised. */
    public ImportedArticle importPasted(String content, String title) throws ImportException {
        if (content == null || content.isBlank()) {
            throw new ImportException("There is no text to add. Paste the article's text first.");
        }
        ArticleDraft draft;
        try {
            draft = looksLikeHtml(content) ? html.parse(content, "Pasted text", "") : text.parse(content, "Pasted text");
        } catch (IllegalArgumentException e) {
            throw new ImportException("The pasted text holds no readable text. Paste the article's text.");
        }
        if (title != null && !title.isBlank()) {
            draft = new ArticleDraft(draft.metadata().withTitle(title.strip()), draft.text());
        }
        // Dated by its header as an imported file is (a labelled date line, a dateline); pasted HTML's metadata wins.
        return new ImportedArticle(datedByHeader(draft), "pasted text", StandardCharsets.UTF_8);
    }

    /**
     * An article the user pasted (the Paste dialog): as {@link #importPasted}; with no title typed (nor one in pasted HTML), a first line that reads
     * as a headline ({@link PastedHeadline}: short, no full stop at its end, body text after it; of any script) is the title; the first line, when it is the title
     * (so taken, or typed the same), leaves the text ({@link #withoutTitleLine}). A first line ending in a full stop is the
     * body's first sentence and stays in the text. Texts read for measurement keep every line (their offsets are a gold
     * annotation's). The draft's origin is {@link org.claimbench.domain.TextOrigin#PASTE}.
     */
    public ImportedArticle pastedArticle(String content, String title) throws ImportException {
        ImportedArticle a = importPasted(content, title);
        ArticleDraft draft = a.draft();
        if ((title == null || title.isBlank()) && !looksLikeHtml(content)) {
            Optional<String> headline = PastedHeadline.of(draft.text());
            if (headline.isEmpty()) {
                return a;
            }
            draft = new ArticleDraft(draft.metadata().withTitle(Texts.titleFrom(headline.get(), "Pasted text")), draft.text());
        }
        ArticleDraft kept = withoutTitleLine(draft);
        return new ImportedArticle(new ArticleDraft(kept.metadata(), kept.text(), org.claimbench.domain.TextOrigin.PASTE), a.origin(), a.encoding());
    }

    /**
     * The title {@link #pastedArticle} gives a pasted text when none is typed, read from its first 4,000 characters (quick
     * enough to follow typing); empty when the text holds none yet.
     */
    public Optional<String> pastedTitle(String content) {
        return pastedHead(content).map(d -> d.metadata().title());
    }

    /**
     * The headline a pasted text opens with, which {@link #pastedArticle} makes its title (and takes out of the text) when
     * none is typed: its first line where that reads as one ({@link PastedHeadline}: short, no sentence-final stop, body
     * text after it), or pasted HTML's own title; read from its first 4,000 characters. Empty when the text opens with none:
     * its title is then {@link #pastedTitle}'s, its first words.
     */
    public Optional<String> pastedHeadline(String content) {
        if (content == null || content.isBlank()) {
            return Optional.empty();
        }
        String head = content.length() <= 4000 ? content : content.substring(0, 4000);
        return looksLikeHtml(head) ? pastedTitle(head) : PastedHeadline.of(Texts.normalise(head)).flatMap(h -> pastedTitle(head));
    }

    /**
     * The day {@link #pastedArticle} dates a pasted text when none is typed (its header's: {@link HeaderDates}; pasted
     * HTML's metadata), read from its first 4,000 characters; empty when it gives none.
     */
    public Optional<java.time.LocalDate> pastedDate(String content) {
        return pastedHead(content).flatMap(d -> d.metadata().publishedDate());
    }

    /** {@link #pastedArticle} of a pasted text's first 4,000 characters; empty when it holds no text yet. */
    private Optional<ArticleDraft> pastedHead(String content) {
        try {
            String head = content == null || content.length() <= 4000 ? content : content.substring(0, 4000);
            return Optional.of(pastedArticle(head, "").draft());
        } catch (ImportException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A pasted text whose first line is its title (taken from it, or typed the same) loses that line: the title is
     * the article's heading, not the first words of its body, where it stood twice. A text of one line keeps it.
     */
    static ArticleDraft withoutTitleLine(ArticleDraft draft) {
        String text = draft.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0 || !text.substring(start, end).strip().equals(draft.metadata().title().strip())) {
            return draft;
        }
        String rest = text.substring(end + 1).stripLeading();
        return rest.isBlank() ? draft : new ArticleDraft(draft.metadata(), rest);
    }

    public static boolean isSupported(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || isMarkdownName(n) || isHtmlName(n) || n.endsWith(".pdf") || n.endsWith(".docx");
    }

    private ArticleFormat formatFor(String lowerCaseName) {
        return isMarkdownName(lowerCaseName) ? markdown : text;
    }

    private static boolean isHtmlName(String n) {
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    private static boolean isMarkdownName(String n) {
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        return looksLikeHtml(new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1));
    }

    private static boolean looksLikeHtml(String content) {
        String head = stripMark(content.substring(0, Math.min(content.length(), 512))).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static String stripMark(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
