package org.claimbench.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.claimbench.domain.ArticleDraft;
import org.claimbench.domain.ArticleMetadata;
import org.w3c.dom.Node;

/**
 * Word .docx (editors' drafts), read with Apache POI: the body's paragraphs, headings, list items
 * and tables in document order (headers, footers and comments are not the article). Tracked changes
 * are taken as the current text: insertions and moved-to text kept, deletions and moved-from text
 * left out (WordprocessingML w:ins, w:del, w:moveTo, w:moveFrom). A paragraph is followed by an empty
 * line, a list item by a line break; a table row is a line with its cells apart by tabs. Title: the
 * document's Title or first Heading 1 paragraph, else its Title property, else its first line.
 */
final class DocxFormat {

    private static final String WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** POI logs what it finds wrong in a damaged file; the import's own message says what the user needs (held: loggers are weak). */
    private static final java.util.logging.Logger POI = java.util.logging.Logger.getLogger("org.apache.poi");

    static {
        POI.setLevel(java.util.logging.Level.OFF);
    }

    /** A ZIP file holding a word/ part (the names of a ZIP's entries stand in plain bytes in its headers). */
    static boolean looksLike(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
                && new String(bytes, 0, Math.min(bytes.length, 65536), StandardCharsets.ISO_8859_1).contains("word/");
    }

    ArticleDraft parse(byte[] bytes, String fileName) throws ImportException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            String heading = null;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String t = paragraphText(p);
                    if (t.isBlank()) {
                        continue;
                    }
                    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                    if (heading == null && (style.equals("title") || style.equals("heading1"))) {
                        heading = t.strip();
                    }
                    sb.append(t).append(p.getNumID() != null ? "\n" : "\n\n");
                } else if (e instanceof XWPFTable table) {
                    sb.append("\n").append(tableText(table)).append("\n\n");
                } else if (e instanceof XWPFSDT sdt) {
                    sb.append(sdt.getContent().getText()).append("\n\n");
                }
            }
            String text = Texts.normalise(sb.toString());
            String property = doc.getProperties().getCoreProperties().getTitle();
            String title = heading != null ? heading : property != null && !property.isBlank() ? property : Texts.titleFrom(text, fileName);
            String author = doc.getProperties().getCoreProperties().getCreator();
            return new ArticleDraft(new ArticleMetadata(Texts.normalise(title), "", author, "", null, "", ""), text);
        } catch (IOException e) {
            throw new ImportException("'" + fileName + "' is not a readable Word document (" + firstLine(e.getMessage())
                    + "). Open it in Word or LibreOffice and save it again as .docx.", e);
        } catch (org.apache.poi.util.RecordFormatException e) {
            // POI's own limits (a part of over 100 MB): its message speaks to developers, not to the user.
            throw new ImportException("'" + fileName + "' holds a part too large to read (over POI's limit of 100 MB). "
                    + "Save the text as a smaller .docx or as plain text and import that.", e);
        }
    }

    private static String tableText(XWPFTable table) {
        StringBuilder sb = new StringBuilder();
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (cell != row.getTableCells().get(0)) {
                    line.append('\t');
                }
                StringBuilder c = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String t = paragraphText(p).strip();
                    if (!t.isEmpty()) {
                        c.append(c.length() > 0 ? " " : "").append(t);
                    }
                }
                line.append(c);
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /** A paragraph's current text: runs, insertions, tabs and breaks; not deletions, field codes or properties. */
    private static String paragraphText(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        collect(p.getCTP().getDomNode(), sb);
        return sb.toString();
    }

    private static void text(Node t, StringBuilder sb) {
        for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(c.getNodeValue());
            }
        }
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE || !WORDML.equals(n.getNamespaceURI())) {
                continue;
            }
            String name = n.getLocalName() != null ? n.getLocalName() : n.getNodeName().replaceFirst("^.*:", "");
            switch (name) {
                case "t" -> text(n, sb);
                case "tab", "ptab" -> sb.append('\t');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('\u2011');
                case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "footnoteReference",
                        "endnoteReference", "commentReference" -> { }
                default -> collect(n, sb);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
